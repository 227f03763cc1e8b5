import type { Resolvers } from '../generated/graphql';
import { InsuranceEnrolment } from './insurance-enrolment';
import { InsuranceRecord } from './insurance-record';
import { PremiumArrear } from './premium-arrear';
import { Resident } from './resident';

export const resolvers: Resolvers = { Resident, InsuranceRecord, InsuranceEnrolment, PremiumArrear };
