import type { Knex } from '@smart-casework/kit';
import { insertAssessments, updateAssessment, type AssessmentRow } from '../data/assessments';
import { deleteBuilding, insertBuilding } from '../data/buildings';
import { claimsOfTaxpayers, insertClaims, type DependantRow } from '../data/dependants';
import { insertIncomes, replaceIncomes, type IncomeRow } from '../data/incomes';
import { deleteLand, insertLand } from '../data/lands';
import { deregisterLightVehicle, insertLightVehicle } from '../data/light-vehicles';
import type { TaxDeltaRow } from './columns';

/** 所得の種類 and the row's 収入/所得; kinds other than salary and pensions are exported as 所得 only. */
function incomesOf(row: TaxDeltaRow): IncomeRow[] {
  const kinds: Array<[string, number | null, number | null]> = [
    ['給与', row.salaryRevenue, row.salaryIncome],
    ['公的年金等', row.pensionRevenue, row.pensionIncome],
    ['事業', row.businessIncome, row.businessIncome],
    ['不動産', row.realEstateIncome, row.realEstateIncome],
    ['雑', row.miscellaneousIncome, row.miscellaneousIncome],
  ];
  return kinds.flatMap(([kind, revenue, income]) => (revenue !== null && income !== null && revenue > 0 ? [{ atena_no: row.atenaNo, fiscal_year: row.fiscalYear ?? 0, kind, revenue, income }] : []));
}

function figuresOf(row: TaxDeltaRow, dependantCount: number): AssessmentRow {
  return {
    atena_no: row.atenaNo,
    fiscal_year: row.fiscalYear ?? 0,
    tax_status: row.taxStatus ?? '非課税',
    exempt_reason: row.exemptReason,
    total_income: row.totalIncome ?? 0,
    income_levy: row.incomeLevy ?? 0,
    per_capita_levy: row.perCapitaLevy ?? 0,
    dependant_count: dependantCount,
  };
}

/**
 * 当初賦課 of many persons at once (June's whole roll arrives as one file). The file carries no
 * 扶養 detail, so each taxpayer's claims of the year before are carried into the new year.
 */
async function assessAll(trx: Knex.Transaction, rows: readonly TaxDeltaRow[]): Promise<void> {
  const years = [...new Set(rows.map((r) => r.fiscalYear ?? 0))];
  for (const year of years) {
    const ofYear = rows.filter((r) => r.fiscalYear === year);
    const taxpayers = ofYear.map((r) => r.atenaNo);
    const previous = await claimsOfTaxpayers(trx, taxpayers, year - 1);
    const existing = new Set((await claimsOfTaxpayers(trx, taxpayers, year)).map((c) => `${c.taxpayer_atena_no}|${c.dependant_atena_no}`));
    const carried: DependantRow[] = previous.filter((c) => !existing.has(`${c.taxpayer_atena_no}|${c.dependant_atena_no}`)).map((c) => ({ ...c, fiscal_year: year }));
    const counts = new Map<string, number>();
    for (const claim of carried) counts.set(claim.taxpayer_atena_no, (counts.get(claim.taxpayer_atena_no) ?? 0) + 1);
    await insertAssessments(trx, ofYear.map((r) => figuresOf(r, counts.get(r.atenaNo) ?? 0)));
    await insertIncomes(trx, ofYear.flatMap(incomesOf));
    await insertClaims(trx, carried);
  }
}

/** 更正: new figures and income breakdown; the 扶養 claims of the year stay as they are. */
async function revise(trx: Knex.Transaction, row: TaxDeltaRow): Promise<void> {
  const current = await trx('resident_tax_assessments').where({ atena_no: row.atenaNo, fiscal_year: row.fiscalYear }).first('dependant_count');
  await updateAssessment(trx, figuresOf(row, Number(current?.dependant_count ?? 0)));
  await replaceIncomes(trx, row.atenaNo, row.fiscalYear ?? 0, incomesOf(row));
}

async function acquire(trx: Knex.Transaction, row: TaxDeltaRow): Promise<void> {
  const base = { atena_no: row.atenaNo, location: row.location ?? '', assessed_value: row.assessedValue ?? 0 };
  if (row.assetType === '土地') {
    await insertLand(trx, { ...base, lot_no: row.parcelNo ?? '', land_use: row.landUseOrKind ?? '', area_sqm: row.areaSqm ?? 0, taxable_standard: row.taxableStandard ?? row.assessedValue ?? 0, housing_land_relief: row.housingLandRelief });
  } else {
    await insertBuilding(trx, { ...base, building_no: row.parcelNo ?? '', kind: row.landUseOrKind ?? '', structure: row.structure ?? '', floor_area_sqm: row.areaSqm ?? 0, built_year: row.builtYear ?? 0 });
  }
}

async function applyOne(trx: Knex.Transaction, row: TaxDeltaRow): Promise<void> {
  switch (row.reason) {
    case '当初賦課':
      return assessAll(trx, [row]);
    case '更正':
      return revise(trx, row);
    case '軽自動車登録':
      return insertLightVehicle(trx, { atena_no: row.atenaNo, kind: row.vehicleKind ?? '', plate: row.plate ?? '', registered_on: row.effectiveDate, deregistered_on: null, annual_tax: row.vehicleTax ?? 0 });
    case '軽自動車廃車':
      return deregisterLightVehicle(trx, row.atenaNo, row.plate ?? '', row.effectiveDate);
    case '固定資産取得':
      return acquire(trx, row);
    case '固定資産喪失':
      return row.assetType === '土地' ? deleteLand(trx, row.atenaNo, row.location ?? '', row.parcelNo ?? '') : deleteBuilding(trx, row.atenaNo, row.location ?? '', row.parcelNo ?? '');
  }
}

/** Applies the rows in file order; runs of 当初賦課 are written in bulk. */
export async function applyTaxChanges(trx: Knex.Transaction, rows: readonly TaxDeltaRow[]): Promise<void> {
  let run: TaxDeltaRow[] = [];
  for (const row of rows) {
    if (row.reason === '当初賦課') {
      run.push(row);
      continue;
    }
    if (run.length > 0) await assessAll(trx, run);
    run = [];
    await applyOne(trx, row);
  }
  if (run.length > 0) await assessAll(trx, run);
}
