import { effectiveOn, fiscalYearOf, fiscalYearStart, gradeClass, replaceTables, type Knex } from '@smart-casework/kit';
import type { City } from '@smart-casework/kit/city';
import type { DependantRow } from '../src/data/dependants';
import { INCOME_DEDUCTIONS, RESIDENT_TAX } from '../src/parameters';
import { assessmentOf, claimsOf, incomesOf, type AssessmentContext } from './assessment';
import { buildingsOf, landsOf, lightVehiclesOf } from './assets';

/** The division's tables, each before the tables that refer to it. */
const TABLES = ['light_vehicles', 'fixed_asset_buildings', 'fixed_asset_lands', 'resident_tax_assessments', 'resident_tax_dependants', 'resident_tax_incomes'] as const;

/** The tax division's rows for a city: the 住民税 roll of the reference date's fiscal year and the asset registers. */
export function taxRows(city: City): Record<(typeof TABLES)[number], readonly object[]> {
  const fiscalYear = fiscalYearOf(city.referenceDate);
  const ctx: AssessmentContext = {
    fiscalYear,
    grade: gradeClass(city.grade),
    tax: effectiveOn(RESIDENT_TAX, fiscalYearStart(fiscalYear)),
    deductions: effectiveOn(INCOME_DEDUCTIONS, `${fiscalYear - 1}-01-01`),
    persons: new Map(city.persons.map((p) => [p.atenaNo, p])),
    households: new Map(city.households.map((h) => [h.householdNo, h])),
  };
  const claims = claimsOf(city.persons, ctx);
  const claimsByTaxpayer = new Map<string, DependantRow[]>();
  for (const claim of claims) {
    const list = claimsByTaxpayer.get(claim.taxpayer_atena_no);
    if (list) list.push(claim);
    else claimsByTaxpayer.set(claim.taxpayer_atena_no, [claim]);
  }
  const incomes = city.persons.map((p) => incomesOf(p, ctx));
  const assessments = city.persons.flatMap((p, i) => assessmentOf(p, incomes[i] ?? [], claimsByTaxpayer.get(p.atenaNo) ?? [], ctx) ?? []);
  return {
    resident_tax_incomes: incomes.flat(),
    resident_tax_dependants: claims,
    resident_tax_assessments: assessments,
    fixed_asset_lands: city.persons.flatMap(landsOf),
    fixed_asset_buildings: city.persons.flatMap(buildingsOf),
    light_vehicles: city.persons.flatMap(lightVehiclesOf),
  };
}

/** Writes the tax division's part of the demo city. */
export async function seed(db: Knex, city: City): Promise<void> {
  const rows = taxRows(city);
  await replaceTables(db, TABLES.map((table) => [table, rows[table]] as const));
}
