import type { BenefitRow } from './data/benefits';
import type { ExemptionRow } from './data/exemptions';
import type { InsuredPeriodRow } from './data/insured';

/** A Resident as this subgraph sees it: the key, and birthDate when the gateway provides it (@requires). */
export interface ResidentReference {
  atenaNo: string;
  birthDate?: string | null;
}

/** Everything the department holds on one person: the parent of PensionRecord's fields. */
export interface PensionRecordModel {
  atenaNo: string;
  birthDate: string | null;
  /** Oldest first. */
  insuredPeriods: InsuredPeriodRow[];
  /** Newest first. */
  exemptions: ExemptionRow[];
  /** Newest first. */
  benefits: BenefitRow[];
}

/** The insured period in force on a day (資格喪失日 is the first day no longer insured). */
export function currentPeriod(record: PensionRecordModel, on: string): InsuredPeriodRow | undefined {
  return record.insuredPeriods.find((p) => p.acquired_on <= on && (p.lost_on === null || p.lost_on > on));
}

/** Benefits being paid on a day. */
export function activeBenefits(record: PensionRecordModel, on: string): BenefitRow[] {
  return record.benefits.filter((b) => b.started_on <= on && (b.ended_on === null || b.ended_on > on));
}

/** The exemption covering a day, if any. */
export function exemptionOn(record: PensionRecordModel, on: string): ExemptionRow | undefined {
  return record.exemptions.find((e) => e.period_from <= on && (e.period_to === null || e.period_to >= on));
}
