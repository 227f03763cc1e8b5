import type { Resolvers } from '../generated/graphql';
import { AllowanceRevision } from './allowance-revision';
import { ChildAllowance } from './child-allowance';
import { ChildBenefitRecord } from './child-benefit-record';
import { CountedChild } from './counted-child';
import { CountedInAllowance } from './counted-in-allowance';
import { Resident } from './resident';

export const resolvers: Resolvers = { Resident, ChildBenefitRecord, ChildAllowance, CountedChild, CountedInAllowance, AllowanceRevision };
