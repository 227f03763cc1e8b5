import { replaceTables, type Knex } from '@smart-casework/kit';
import type { City, CityHousehold, CityPerson } from '@smart-casework/kit/city';
import { benefitBreakdown } from './breakdown';

type Row = Record<string, unknown>;

/** Each table before the tables that refer to it. */
const TABLES = ['staff', 'cases', 'case_members', 'benefit_lines', 'applications', 'application_members'] as const;

function staffRows(city: City): Row[] {
  return city.staff.map((s) => ({ staff_id: s.staffId, name: s.name, name_kana: s.nameKana, role: s.role, division: s.division, supervisor_id: s.supervisorId }));
}

function membersOf(household: CityHousehold, persons: ReadonlyMap<string, CityPerson>): CityPerson[] {
  return household.memberAtenaNos.map((atenaNo) => persons.get(atenaNo)).filter((p): p is CityPerson => p !== undefined);
}

/** A case covers every member of the household at seed time, the head as 世帯主. */
function caseRows(city: City, household: CityHousehold, members: readonly CityPerson[], out: Record<'cases' | 'case_members' | 'benefit_lines', Row[]>): void {
  const a = household.assistance;
  if (!a) return;
  const headAtenaNo = household.headAtenaNo ?? members[0]?.atenaNo;
  out.cases.push({
    case_no: a.caseNo, household_no: household.householdNo, status: a.status, started_on: a.startedOn, ended_on: null, end_reason: null, grade: city.grade,
    minimum_cost_of_living: a.minimumCostOfLiving, recognised_income: a.recognisedIncome, monthly_benefit: a.monthlyBenefit, last_reviewed_on: a.lastReviewedOn, caseworker_id: a.caseworkerId,
  });
  members.forEach((m, i) => {
    // A child born (or a member who moved in) after the start is covered from that day.
    const coveredFrom = m.residentSince > a.startedOn ? m.residentSince : a.startedOn;
    out.case_members.push({ case_no: a.caseNo, atena_no: m.atenaNo, display_order: i + 1, case_role: m.atenaNo === headAtenaNo ? '世帯主' : '世帯員', covered_from: coveredFrom, excluded_on: null, exclusion_reason: null });
  });
  const lines = benefitBreakdown({ grade: city.grade, on: city.referenceDate, kind: household.kind, members, minimumCostOfLiving: a.minimumCostOfLiving });
  lines.forEach((line, i) => out.benefit_lines.push({ case_no: a.caseNo, line_no: i + 1, kind: line.kind, amount: line.amount, note: line.note }));
}

/** An application lists the household as it stands at seed time. */
function applicationRows(household: CityHousehold, members: readonly CityPerson[], out: Record<'applications' | 'application_members', Row[]>): void {
  const a = household.application;
  if (!a) return;
  out.applications.push({ application_no: a.applicationNo, household_no: household.householdNo, applicant_atena_no: a.applicantAtenaNo, applied_on: a.appliedOn, caseworker_id: a.caseworkerId, status: a.status, extension_reason: null, decided_on: null, case_no: null });
  members.forEach((m, i) => out.application_members.push({ application_no: a.applicationNo, atena_no: m.atenaNo, display_order: i + 1 }));
}

/** Writes the welfare office's part of the demo city: staff, cases with members and lines, applications. */
export async function seed(db: Knex, city: City): Promise<void> {
  const persons = new Map(city.persons.map((p) => [p.atenaNo, p]));
  const rows: Record<(typeof TABLES)[number], Row[]> = { staff: staffRows(city), cases: [], case_members: [], benefit_lines: [], applications: [], application_members: [] };
  for (const household of city.households) {
    if (!household.assistance && !household.application) continue;
    const members = membersOf(household, persons);
    caseRows(city, household, members, rows);
    applicationRows(household, members, rows);
  }
  await replaceTables(db, TABLES.map((table) => [table, rows[table]] as const));
}
