/**
 * Changes written straight into the departments' databases, as their business systems (or a
 * delta import) would, for the watcher's end-to-end tests.
 */
import { touchDepartment, type Knex } from '@smart-casework/kit';

async function nextNo(db: Knex, table: string, column: string, where: Record<string, string>): Promise<number> {
  const row = await db(table).where(where).max({ n: column }).first();
  return Number(row?.n ?? 0) + 1;
}

/** 額改定 of a recipient's allowance of one programme. */
export async function reviseAllowance(child: Knex, recipientAtenaNo: string, program: string, amount: number, revisedOn: string, reason: string): Promise<void> {
  const cert = await child('child_allowance_certifications').where({ recipient_atena_no: recipientAtenaNo, program }).whereNull('ended_on').first('certification_no', 'monthly_amount');
  if (!cert) throw new Error(`${recipientAtenaNo} receives no ${program}`);
  const revisionNo = await nextNo(child, 'child_allowance_revisions', 'revision_no', { certification_no: cert.certification_no });
  await child('child_allowance_revisions').insert({ certification_no: cert.certification_no, revision_no: revisionNo, revised_on: revisedOn, amount_before: cert.monthly_amount, amount_after: amount, reason });
  await child('child_allowance_certifications').where({ certification_no: cert.certification_no }).update({ monthly_amount: amount });
  await touchDepartment(child);
}

/** A basic pension awarded (受給権発生). */
export async function awardPension(pension: Knex, atenaNo: string, kind: string, grade: number | null, annualAmount: number, startedOn: string): Promise<void> {
  const benefitNo = await nextNo(pension, 'pension_benefits', 'benefit_no', { atena_no: atenaNo });
  await pension('pension_benefits').insert({ atena_no: atenaNo, benefit_no: benefitNo, kind, grade, annual_amount: annualAmount, started_on: startedOn, ended_on: null });
  await touchDepartment(pension);
}

/** A light vehicle registered to the person. */
export async function registerVehicle(tax: Knex, atenaNo: string, plate: string, registeredOn: string): Promise<void> {
  await tax('light_vehicles').insert({ atena_no: atenaNo, kind: '軽四輪乗用 自家用', plate, registered_on: registeredOn, deregistered_on: null, annual_tax: 10_800 });
  await touchDepartment(tax);
}

/** A parcel of land in the person's name. */
export async function registerLand(tax: Knex, atenaNo: string, lotNo: string): Promise<void> {
  await tax('fixed_asset_lands').insert({ atena_no: atenaNo, location: '試験市北町一丁目', lot_no: lotNo, land_use: '宅地', area_sqm: 120, assessed_value: 2_400_000, taxable_standard: 400_000, housing_land_relief: '小規模住宅用地' });
  await touchDepartment(tax);
}

/** 死亡 in the registry: the person stops being a member of their household. */
export async function recordDeath(residents: Knex, atenaNo: string, on: string): Promise<void> {
  const historyNo = await nextNo(residents, 'resident_changes', 'history_no', { atena_no: atenaNo });
  await residents('residents').where({ atena_no: atenaNo }).update({ status: '死亡' });
  await residents('resident_changes').insert({ atena_no: atenaNo, history_no: historyNo, reason: '死亡', reason_group: '消除', change_date: on, processed_on: on, notified_on: on, household_no_before: null });
  await touchDepartment(residents);
}

/** A 区分変更 decision: the person's care level from `validFrom`. */
export async function recertifyCare(care: Knex, atenaNo: string, level: string, validFrom: string): Promise<void> {
  const historyNo = await nextNo(care, 'care_certifications', 'history_no', { atena_no: atenaNo });
  await care('care_certifications').insert({ atena_no: atenaNo, history_no: historyNo, applied_on: validFrom, application_kind: '区分変更', certified_on: validFrom, level, valid_from: validFrom, valid_to: '2027-08-31' });
  await touchDepartment(care);
}
