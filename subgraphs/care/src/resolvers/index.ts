import type { Resolvers } from '../generated/graphql';
import { CareCertification } from './care-certification';
import { CarePremium } from './care-premium';
import { CareRecord } from './care-record';
import { Resident } from './resident';

export const resolvers: Resolvers = { Resident, CareRecord, CareCertification, CarePremium };
