import type { Resolvers } from '../generated/graphql';
import { Application } from './application';
import { CaseMember } from './case-member';
import { Household } from './household';
import { Query } from './query';
import { Resident } from './resident';
import { Staff } from './staff';
import { WelfareCase } from './welfare-case';
import { WelfareRecord } from './welfare-record';

export const resolvers: Resolvers = { Query, Staff, WelfareCase, CaseMember, Application, Household, Resident, WelfareRecord };
