import type { Resolvers } from '../generated/graphql';
import { Household } from './household';
import { Query } from './query';
import { Resident } from './resident';
import { ResidentChange } from './resident-change';

export const resolvers: Resolvers = { Query, Resident, Household, ResidentChange };
