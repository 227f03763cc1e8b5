import { fiscalYearOf } from '@smart-casework/kit';
import type { AssessmentRow } from './data/assessments';
import type { BuildingRow } from './data/buildings';
import type { DependantLink, DependantRow } from './data/dependants';
import type { IncomeRow } from './data/incomes';
import type { LandRow } from './data/lands';
import type { LightVehicleRow } from './data/light-vehicles';

/** A Resident as this subgraph sees it: the key in the representation, nothing read. */
export interface ResidentRef {
  atenaNo: string;
}

/** Parent of the TaxRecord resolvers: whose section it is; every field loads what it needs. */
export interface TaxRecordParent {
  atenaNo: string;
}

/** The assessment year shown and the claims of that year, from one person's rows. */
export interface TaxYear {
  fiscalYear: number;
  assessment: AssessmentRow | null;
  /** Persons this one claims as dependants. */
  dependants: DependantRow[];
  /** The claim in which someone else claims this person. */
  claimedBy: DependantRow | null;
}

/** Everything the tax division holds on one person, for the rules in findings.ts. */
export interface TaxFacts extends TaxYear {
  incomes: IncomeRow[];
  lands: LandRow[];
  buildings: BuildingRow[];
  lightVehicles: LightVehicleRow[];
}

/**
 * The latest fiscal year with an assessment or a claim, else the current one: before the June
 * assessment the previous year's roll is the newest there is.
 */
export function taxYear(atenaNo: string, assessments: readonly AssessmentRow[], links: readonly DependantLink[], today: string): TaxYear {
  const years = [...assessments.map((a) => a.fiscal_year), ...links.map((l) => l.fiscal_year)];
  const fiscalYear = years.length > 0 ? Math.max(...years) : fiscalYearOf(today);
  const ofYear = links.filter((l) => l.fiscal_year === fiscalYear);
  return {
    fiscalYear,
    assessment: assessments.find((a) => a.fiscal_year === fiscalYear) ?? null,
    dependants: ofYear.filter((l) => l.taxpayer_atena_no === atenaNo && l.dependant_atena_no !== atenaNo),
    claimedBy: ofYear.find((l) => l.dependant_atena_no === atenaNo) ?? null,
  };
}

export function hasRecord(facts: TaxFacts): boolean {
  return facts.assessment !== null || facts.incomes.length > 0 || facts.dependants.length > 0 || facts.claimedBy !== null || facts.lands.length > 0 || facts.buildings.length > 0 || facts.lightVehicles.length > 0;
}
