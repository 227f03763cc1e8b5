import type { Resolvers } from '../generated/graphql';
import { InsuredPeriod } from './insured-period';
import { PensionBenefit } from './pension-benefit';
import { PensionExemption } from './pension-exemption';
import { PensionRecord } from './pension-record';
import { Resident } from './resident';

export const resolvers: Resolvers = { Resident, PensionRecord, InsuredPeriod, PensionExemption, PensionBenefit };
