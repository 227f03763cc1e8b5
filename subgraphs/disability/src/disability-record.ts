import { today, type SectionBase } from '@smart-casework/kit';
import type { AllowanceRow } from './data/allowances';
import type { CertificateRow } from './data/certificates';
import type { ServiceRow } from './data/services';
import { disabilityFindings } from './findings';
import type { Loaders } from './loaders';
import { gradeColumn } from './parameters';

/** Resident as this subgraph receives it: the key plus the @requires field. */
export interface ResidentReference {
  atenaNo: string;
  birthDate?: string | null;
}

/** The DisabilityRecord section: what the disability division holds of one person, with its findings. */
export interface DisabilityRecordModel extends SectionBase {
  certificates: CertificateRow[];
  services: ServiceRow[];
  allowances: AllowanceRow[];
}

export async function loadDisabilityRecord(resident: ResidentReference, loaders: Loaders): Promise<DisabilityRecordModel> {
  const [certificates, services, allowances, asOf, cityGrade] = await Promise.all([
    loaders.certificatesByAtenaNo.load(resident.atenaNo),
    loaders.servicesByAtenaNo.load(resident.atenaNo),
    loaders.allowancesByAtenaNo.load(resident.atenaNo),
    loaders.asOf(),
    loaders.cityGrade(),
  ]);
  const facts = { birthDate: resident.birthDate ?? null, certificates, services, allowances, gradeColumn: gradeColumn(cityGrade) };
  return {
    source: 'disability',
    hasRecord: certificates.length > 0 || services.length > 0 || allowances.length > 0,
    asOf,
    findings: disabilityFindings(facts, today()),
    certificates,
    services,
    allowances,
  };
}
