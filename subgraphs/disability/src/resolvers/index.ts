import type { Resolvers } from '../generated/graphql';
import { DisabilityAllowance } from './disability-allowance';
import { DisabilityCertificate } from './disability-certificate';
import { DisabilityRecord } from './disability-record';
import { DisabilityService } from './disability-service';
import { Resident } from './resident';

export const resolvers: Resolvers = { Resident, DisabilityRecord, DisabilityCertificate, DisabilityService, DisabilityAllowance };
