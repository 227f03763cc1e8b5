import { today, type SectionBase } from '@smart-casework/kit';
import type { CertificationRow } from './data/certifications';
import type { InsuredRow } from './data/insured';
import type { PremiumRow } from './data/premiums';
import { careFindings } from './findings';
import type { Loaders } from './loaders';

/** Resident as this subgraph receives it: the key plus the @requires field. */
export interface ResidentReference {
  atenaNo: string;
  birthDate?: string | null;
}

/** The CareRecord section: what the care division holds of one person, with its findings. */
export interface CareRecordModel extends SectionBase {
  insured: InsuredRow | null;
  /** Newest decision first. */
  certifications: CertificationRow[];
  /** Newest 年度 first. */
  premiums: PremiumRow[];
}

const SOURCE = 'care';

export async function loadCareRecord(resident: ResidentReference, loaders: Loaders): Promise<CareRecordModel> {
  const [insured, certifications, premiums, asOf] = await Promise.all([
    loaders.insuredByAtenaNo.load(resident.atenaNo),
    loaders.certificationsByAtenaNo.load(resident.atenaNo),
    loaders.premiumsByAtenaNo.load(resident.atenaNo),
    loaders.asOf(),
  ]);
  return {
    source: SOURCE,
    hasRecord: insured !== null || certifications.length > 0 || premiums.length > 0,
    asOf,
    findings: careFindings({ birthDate: resident.birthDate ?? null, insured, certifications, premiums }, today()),
    insured,
    certifications,
    premiums,
  };
}
