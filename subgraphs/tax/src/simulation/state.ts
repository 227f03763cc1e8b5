import type { Knex } from '@smart-casework/kit';
import { assessmentsOfYear, latestAssessedYear, type AssessmentRow } from '../data/assessments';
import { claimsOfTaxpayers, type DependantRow } from '../data/dependants';
import { incomesOfYear, type IncomeRow } from '../data/incomes';
import { allLands, type LandRow } from '../data/lands';
import { activeVehicles, type LightVehicleRow } from '../data/light-vehicles';

/** The kinds the delta file carries (the city's income kinds). */
const EXPORTED_KINDS = new Set(['給与', '公的年金等', '事業', '不動産', '雑']);

/** The tax division's registers as the simulation starts from them. */
export interface TaxState {
  /** Latest fiscal year on the roll (null for an empty roll). */
  fiscalYear: number | null;
  roll: AssessmentRow[];
  incomes: Map<string, IncomeRow[]>;
  claims: Map<string, DependantRow[]>;
  vehicles: LightVehicleRow[];
  lands: LandRow[];
}

function grouped<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

export async function loadTaxState(db: Knex): Promise<TaxState> {
  const fiscalYear = await latestAssessedYear(db);
  const roll = fiscalYear === null ? [] : await assessmentsOfYear(db, fiscalYear);
  const atenaNos = roll.map((a) => a.atena_no);
  const incomes = fiscalYear === null ? [] : await incomesOfYear(db, atenaNos, fiscalYear);
  const claims = fiscalYear === null ? [] : await claimsOfTaxpayers(db, atenaNos, fiscalYear);
  return {
    fiscalYear,
    roll,
    incomes: grouped(incomes.filter((i) => EXPORTED_KINDS.has(i.kind)), (i) => i.atena_no),
    claims: grouped(claims, (c) => c.taxpayer_atena_no),
    vehicles: await activeVehicles(db),
    lands: await allLands(db),
  };
}
