import { alone, elder, family, grandfather, mother, neighbour, single } from '../city';
import { SECTION_FIELDS } from '../client';
import type { AuditExpectation, Expected, Probe } from './kit';

/**
 * Who may see whom and why: other caseloads, other divisions' fields, purposes. Each is refused
 * by the policy (FORBIDDEN with its reason) and audited with whose data was asked for.
 */

/** A field refused inside a subgraph: the answer stands (HTTP 200) with the field's error. */
export const refused = (reason: string, audit: Omit<AuditExpectation, 'code' | 'reason'>): Expected => ({ status: 200, code: 'FORBIDDEN', reason, audit: { code: 'FORBIDDEN', reason, ...audit } });

/** The whole request refused by the gateway before any department is asked (HTTP 403). */
const purposeRefused = (reason: string, staffId: string): Expected => ({ status: 403, code: 'FORBIDDEN', reason, audit: { code: 'FORBIDDEN', reason, department: 'gateway', staffId } });

const section = (field: string) => `${field} { source hasRecord findings { code message } }`;
const sectionOf = (atenaNo: string, field: string) => `{ resident(atenaNo: "${atenaNo}") { ${section(field)} } }`;
const SECTIONS = Object.entries(SECTION_FIELDS);

const caseloads: Probe[] = [
  { name: "cw001 → cw002's household (members)", request: { as: 'cw001', query: `{ household(householdNo: "${alone.householdNo}") { members { name address } } }` }, expect: refused('OUT_OF_CASELOAD', { department: 'residents', householdNo: alone.householdNo }) },
  ...SECTIONS.map(([department, field]): Probe => ({ name: `cw001 → cw002's person: ${field}`, request: { as: 'cw001', query: sectionOf(elder.atenaNo, field) }, expect: refused('OUT_OF_CASELOAD', { department, atenaNo: elder.atenaNo }) })),
  { name: "cw001 → cw002's person: 続柄 (a CASELOAD field of the registry)", request: { as: 'cw001', query: `{ resident(atenaNo: "${elder.atenaNo}") { relationship } }` }, expect: refused('OUT_OF_CASELOAD', { department: 'residents', atenaNo: elder.atenaNo }) },
  { name: "cw001 → cw002's person in a batch lookup", request: { as: 'cw001', query: `{ residents(atenaNos: ["${mother.atenaNo}", "${elder.atenaNo}"]) { name } }` }, expect: refused('OUT_OF_CASELOAD', { department: 'residents', atenaNo: elder.atenaNo }) },
  { name: "cw001 → cw002's household among its own in a batch", request: { as: 'cw001', query: `{ households(householdNos: ["${family.householdNo}", "${alone.householdNo}"]) { members { name } } }` }, expect: refused('OUT_OF_CASELOAD', { department: 'residents', householdNo: alone.householdNo }) },
  { name: "cw001 → cw002's case (保護費, household)", request: { as: 'cw001', query: '{ welfareCase(caseNo: "2025-0002") { monthlyBenefit household { members { name } } } }' }, expect: refused('OUT_OF_CASELOAD', { department: 'welfare', householdNo: alone.householdNo }) },
  { name: "cw001 → cw002's notices", request: { as: 'cw001', purpose: 'notice-handling', query: '{ notices(staffId: "cw002") { nodes { id summary } } }' }, expect: { status: 200, code: 'FORBIDDEN', audit: { code: 'FORBIDDEN', department: 'gateway', staffId: 'cw001' } } },
  ...SECTIONS.map(([department, field]): Probe => ({ name: `cw002 → cw001's person: ${field}`, request: { as: 'cw002', query: sectionOf(grandfather.atenaNo, field) }, expect: refused('OUT_OF_CASELOAD', { department, atenaNo: grandfather.atenaNo }) })),
  { name: "cw002 → cw001's household (members)", request: { as: 'cw002', query: `{ household(householdNo: "${family.householdNo}") { members { name } } }` }, expect: refused('OUT_OF_CASELOAD', { department: 'residents', householdNo: family.householdNo }) },
  { name: "cw002 → cw001's case (保護費)", request: { as: 'cw002', query: '{ welfareCase(caseNo: "2025-0001") { monthlyBenefit recognisedIncome } }' }, expect: refused('OUT_OF_CASELOAD', { department: 'welfare', householdNo: family.householdNo }) },
  { name: "cw002 → a search does not open cw001's household", request: { as: 'cw002', query: '{ searchResidents(query: "ヨナゴ") { household { members { tax { hasRecord } } } } }' }, expect: refused('OUT_OF_CASELOAD', { department: 'residents', householdNo: family.householdNo }) },
  // The e2e city has one team: beyond it is a household no case or application reaches.
  { name: "sv001 → a household outside the team's cases", request: { as: 'sv001', query: `{ household(householdNo: "${single.householdNo}") { members { name } } }` }, expect: refused('OUT_OF_CASELOAD', { department: 'residents', householdNo: single.householdNo }) },
  { name: "sv001 → the tax section of a person outside the team's cases", request: { as: 'sv001', query: sectionOf(neighbour.atenaNo, 'tax') }, expect: refused('OUT_OF_CASELOAD', { department: 'tax', atenaNo: neighbour.atenaNo }) },
];

const NOT_TAX = SECTIONS.filter(([department]) => department !== 'tax');

const divisions: Probe[] = [
  ...NOT_TAX.map(([department, field]): Probe => ({ name: `tax001 → ${field}`, request: { as: 'tax001', query: sectionOf(grandfather.atenaNo, field) }, expect: refused('ROLE', { department, atenaNo: grandfather.atenaNo }) })),
  { name: 'tax001 → a household\'s case', request: { as: 'tax001', query: `{ household(householdNo: "${family.householdNo}") { welfareCase { monthlyBenefit } } }` }, expect: refused('ROLE', { department: 'welfare', householdNo: family.householdNo }) },
  { name: 'tax001 → a case by number', request: { as: 'tax001', query: '{ welfareCase(caseNo: "2025-0001") { monthlyBenefit } }' }, expect: refused('ROLE', { department: 'welfare' }) },
  { name: 'tax001 → myCaseload', request: { as: 'tax001', query: '{ myCaseload { caseNo monthlyBenefit } }' }, expect: refused('ROLE', { department: 'welfare' }) },
  { name: 'tax001 → myApplications', request: { as: 'tax001', query: '{ myApplications { applicationNo } }' }, expect: refused('ROLE', { department: 'welfare' }) },
  { name: 'tax001 → notices', request: { as: 'tax001', query: '{ notices { nodes { id summary } } }' }, expect: refused('ROLE', { department: 'welfare' }) },
  { name: 'tax001 → registerApplication', request: { as: 'tax001', query: `mutation { registerApplication(atenaNo: "${neighbour.atenaNo}") { applicationNo } }` }, expect: refused('ROLE', { department: 'welfare', atenaNo: neighbour.atenaNo }) },
  { name: 'tax001 → auditLog', request: { as: 'tax001', query: '{ auditLog { nodes { staffId atenaNo } } }' }, expect: refused('ROLE', { department: 'audit' }) },
  { name: 'au001 → a resident', request: { as: 'au001', query: `{ resident(atenaNo: "${mother.atenaNo}") { name address } }` }, expect: refused('ROLE', { department: 'residents', atenaNo: mother.atenaNo }) },
  { name: 'au001 → searchResidents', request: { as: 'au001', query: '{ searchResidents(query: "米子") { name birthDate } }' }, expect: refused('ROLE', { department: 'residents' }) },
  { name: 'au001 → a household', request: { as: 'au001', query: `{ household(householdNo: "${family.householdNo}") { members { name } } }` }, expect: refused('ROLE', { department: 'residents', householdNo: family.householdNo }) },
  { name: 'au001 → persons in a batch', request: { as: 'au001', query: `{ residents(atenaNos: ["${mother.atenaNo}"]) { name } }` }, expect: refused('ROLE', { department: 'residents', atenaNo: mother.atenaNo }) },
  { name: 'au001 → myCaseload', request: { as: 'au001', query: '{ myCaseload { caseNo } }' }, expect: refused('ROLE', { department: 'welfare' }) },
  { name: 'au001 → notices', request: { as: 'au001', query: '{ notices { nodes { id } } }' }, expect: refused('ROLE', { department: 'welfare' }) },
  { name: 'svc-watcher → auditLog', request: { as: 'svc-watcher', query: '{ auditLog { nodes { staffId } } }' }, expect: refused('ROLE', { department: 'audit' }) },
  { name: 'svc-watcher → acknowledgeNotice', request: { as: 'svc-watcher', query: 'mutation { acknowledgeNotice(id: "1") { id } }' }, expect: refused('ROLE', { department: 'welfare' }) },
  { name: 'svc-watcher → myCaseload', request: { as: 'svc-watcher', query: '{ myCaseload { caseNo } }' }, expect: refused('ROLE', { department: 'welfare' }) },
  { name: 'cw001 → auditLog', request: { as: 'cw001', query: '{ auditLog { nodes { staffId atenaNo } } }' }, expect: refused('ROLE', { department: 'audit' }) },
  { name: 'cw001 → disclosureReport', request: { as: 'cw001', query: `{ disclosureReport(atenaNo: "${mother.atenaNo}") { atenaNo } }` }, expect: refused('ROLE', { department: 'audit', atenaNo: mother.atenaNo }) },
  { name: 'cw001 → auditAnomalies', request: { as: 'cw001', query: '{ auditAnomalies(from: "2025-09-01T00:00:00.000Z", to: "2025-10-01T00:00:00.000Z") { staffId } }' }, expect: refused('ROLE', { department: 'audit' }) },
];

const NAME = `{ resident(atenaNo: "${mother.atenaNo}") { name address } }`;

const purposes: Probe[] = [
  { name: 'cw001 without a purpose', request: { as: 'cw001', purpose: null, query: NAME }, expect: purposeRefused('PURPOSE_REQUIRED', 'cw001') },
  { name: 'tax001 without a purpose', request: { as: 'tax001', purpose: null, query: sectionOf(mother.atenaNo, 'tax') }, expect: purposeRefused('PURPOSE_REQUIRED', 'tax001') },
  { name: 'au001 without a purpose', request: { as: 'au001', purpose: null, query: '{ auditLog { nodes { staffId } } }' }, expect: purposeRefused('PURPOSE_REQUIRED', 'au001') },
  { name: 'cw001 stating audit', request: { as: 'cw001', purpose: 'audit', query: NAME }, expect: purposeRefused('PURPOSE_NOT_ALLOWED', 'cw001') },
  { name: 'cw001 stating access-control (the gateway\'s own purpose)', request: { as: 'cw001', purpose: 'access-control', query: NAME }, expect: purposeRefused('PURPOSE_NOT_ALLOWED', 'cw001') },
  { name: 'tax001 stating investigation', request: { as: 'tax001', purpose: 'investigation', query: sectionOf(mother.atenaNo, 'tax') }, expect: purposeRefused('PURPOSE_NOT_ALLOWED', 'tax001') },
  { name: 'au001 stating investigation', request: { as: 'au001', purpose: 'investigation', query: '{ auditLog { nodes { staffId } } }' }, expect: purposeRefused('PURPOSE_NOT_ALLOWED', 'au001') },
  { name: 'svc-watcher stating tax-assessment', request: { as: 'svc-watcher', purpose: 'tax-assessment', query: NAME }, expect: purposeRefused('PURPOSE_NOT_ALLOWED', 'svc-watcher') },
  ...['fishing', 'Investigation', `investigation' OR 1=1 --`, 'x'.repeat(4000)].map((purpose): Probe => ({
    name: `cw001 stating an unknown purpose (${purpose.slice(0, 20)}${purpose.length > 20 ? '…' : ''})`,
    request: { as: 'cw001', purpose, query: NAME },
    expect: { status: 400, code: 'BAD_USER_INPUT', audit: { code: 'BAD_USER_INPUT', department: 'gateway', staffId: 'cw001' } },
  })),
];

export const accessProbes: Probe[] = [...caseloads, ...divisions, ...purposes];
