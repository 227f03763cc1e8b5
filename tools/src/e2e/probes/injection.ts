import { family, mother } from '../city';
import { refused } from './access';
import type { Expected, Probe, StaffId } from './kit';

/**
 * Hostile text in every string argument of the API: SQL-ish, very long, control characters,
 * Unicode oddities. Each is refused (BAD_USER_INPUT, NOT_FOUND, FORBIDDEN) or, where the
 * contract answers an unknown id with null or a search with nothing, answered empty — never an
 * internal error, and always audited.
 */

export const SQL = "' OR '1'='1' --";
const DROP = "1; DROP TABLE residents; --";
const UNION = "' UNION ALL SELECT NULL, NULL --";
const LONG = '9'.repeat(20_000);
const NUL = `${mother.atenaNo}\u0000`;
const BIDI = '\u202Eヨナゴ\u200B\u2066';
/** Full-width digits of a number whose check digit is wrong. */
const FULL_WIDTH = '０００９０００２１';

const badInput = (staffId: string, reason?: RegExp): Expected => ({ status: 200, code: 'BAD_USER_INPUT', audit: { code: 'BAD_USER_INPUT', department: 'gateway', staffId, ...(reason ? { reason } : {}) } });
const notFound = (staffId: string): Expected => ({ status: 200, code: 'NOT_FOUND', audit: { code: 'NOT_FOUND', department: 'gateway', staffId } });
/** The contract's answer for something unknown: nothing, the lookup audited as such. */
const empty = (data: unknown, department: string): Expected => ({ status: 200, code: null, data, audit: { outcome: 'allowed', code: null, department } });

interface Argument {
  label: string;
  as: StaffId;
  purpose?: string;
  query: string;
}

/** One probe per hostile value of one argument (`$v` in the query). */
function each(argument: Argument, values: readonly (readonly [string, unknown, Expected])[]): Probe[] {
  return values.map(([what, value, expect]) => ({ name: `${argument.label}: ${what}`, request: { as: argument.as, purpose: argument.purpose, query: argument.query, variables: { v: value } }, expect }));
}

const CONTROL = /control characters/;

export const injectionProbes: Probe[] = [
  ...each({ label: 'resident(atenaNo)', as: 'cw001', query: 'query($v: ID!) { resident(atenaNo: $v) { name address } }' }, [
    ['SQL', SQL, badInput('cw001', /8 to 15 digits/)],
    ['DROP TABLE', DROP, badInput('cw001', /8 to 15 digits/)],
    ['20,000 digits', LONG, badInput('cw001', /8 to 15 digits/)],
    ['a NUL byte', NUL, badInput('cw001', CONTROL)],
    ['full-width digits, wrong check digit', FULL_WIDTH, badInput('cw001', /check digit/)],
    ['emoji', '👨‍👩‍👧000900002', badInput('cw001', /8 to 15 digits/)],
  ]),
  ...each({ label: 'household(householdNo)', as: 'tax001', query: 'query($v: ID!) { household(householdNo: $v) { members { name } } }' }, [
    ['SQL', SQL, badInput('tax001', /8 to 15 digits/)],
    ['20,000 digits', LONG, badInput('tax001', /8 to 15 digits/)],
  ]),
  // A caseworker's grant is checked before the number: anything not in their reach is out of it.
  ...each({ label: 'household(householdNo) by a caseworker', as: 'cw001', query: 'query($v: ID!) { household(householdNo: $v) { members { name } } }' }, [
    ['UNION', UNION, refused('OUT_OF_CASELOAD', { department: 'residents', householdNo: UNION })],
  ]),
  ...each({ label: 'households(householdNos)', as: 'tax001', query: 'query($v: [ID!]!) { households(householdNos: $v) { members { name } } }' }, [
    ['SQL in the list', [family.householdNo, SQL], badInput('tax001', /8 to 15 digits/)],
    ['501 numbers', Array.from({ length: 501 }, () => family.householdNo), badInput('tax001', /at most 500/)],
  ]),
  ...each({ label: 'residents(atenaNos)', as: 'tax001', query: 'query($v: [ID!]!) { residents(atenaNos: $v) { name } }' }, [
    ['DROP TABLE in the list', [DROP], badInput('tax001', /8 to 15 digits/)],
  ]),
  ...each({ label: 'searchResidents(query)', as: 'cw001', query: 'query($v: String!) { searchResidents(query: $v) { name address } }' }, [
    ['SQL', SQL, empty({ searchResidents: [] }, 'residents')],
    ['UNION', UNION, empty({ searchResidents: [] }, 'residents')],
    ['a LIKE wildcard alone', '%', badInput('cw001', /Enter a name/)],
    ['LIKE wildcards', '_%_', badInput('cw001', /Enter a name/)],
    ['20,000 characters', 'ヨ'.repeat(20_000), badInput('cw001', /at most 100 characters/)],
    ['a NUL byte', 'ヨナゴ\u0000', badInput('cw001', CONTROL)],
    ['an escape sequence', '\u001b[2Jヨナゴ', badInput('cw001', CONTROL)],
    ['bidi override and zero-width', BIDI, empty({ searchResidents: [] }, 'residents')],
  ]),
  ...each({ label: 'searchResidents(birthDate)', as: 'cw001', query: 'query($v: Date) { searchResidents(query: "ヨナゴ", birthDate: $v) { name } }' }, [
    ['SQL', `2000-01-01${SQL}`, badInput('cw001', /YYYY-MM-DD/)],
    ['an impossible date', '1985-02-30', badInput('cw001', /YYYY-MM-DD/)],
  ]),
  ...each({ label: 'searchResidents(first)', as: 'cw001', query: 'query($v: Int) { searchResidents(query: "ヨナゴ", first: $v) { name } }' }, [
    ['100,000 results', 100_000, badInput('cw001', /first must be between/)],
  ]),
  ...each({ label: 'notice(id)', as: 'cw001', purpose: 'notice-handling', query: 'query($v: ID!) { notice(id: $v) { id summary } }' }, [
    ['SQL', SQL, empty({ notice: null }, 'welfare')],
    ['a NUL byte', 'n-1\u0000', badInput('cw001', CONTROL)],
  ]),
  ...each({ label: 'acknowledgeNotice(id)', as: 'cw001', purpose: 'notice-handling', query: 'mutation($v: ID!) { acknowledgeNotice(id: $v) { id } }' }, [
    ['SQL', SQL, notFound('cw001')],
    ['20,000 characters', LONG, notFound('cw001')],
  ]),
  ...each({ label: 'resolveNotice(id)', as: 'cw001', purpose: 'notice-handling', query: 'mutation($v: ID!) { resolveNotice(id: $v, note: "保護変更") { id } }' }, [
    ['DROP TABLE', DROP, notFound('cw001')],
  ]),
  ...each({ label: 'resolveNotice(note)', as: 'cw001', purpose: 'notice-handling', query: 'mutation($v: String!) { resolveNotice(id: "1", note: $v) { id } }' }, [
    ['5,000 characters', 'x'.repeat(5000), badInput('cw001', /at most 1000/)],
    ['only spaces', '   \u3000 ', badInput('cw001', /note is required/)],
    ['a NUL byte', `保護変更${'\u0000'}`, badInput('cw001', CONTROL)],
  ]),
  ...each({ label: 'notices(after)', as: 'cw001', purpose: 'notice-handling', query: 'query($v: String) { notices(after: $v) { nodes { id } } }' }, [
    ['SQL', SQL, badInput('cw001', /cursor/)],
    ['a cursor before the first', Buffer.from('notice:-1').toString('base64url'), badInput('cw001', /cursor/)],
  ]),
  ...each({ label: 'notices(staffId)', as: 'cw001', purpose: 'notice-handling', query: 'query($v: ID) { notices(staffId: $v) { nodes { id } } }' }, [
    ['SQL', SQL, { status: 200, code: 'FORBIDDEN', audit: { code: 'FORBIDDEN', department: 'gateway', staffId: 'cw001' } }],
  ]),
  ...each({ label: 'welfareCase(caseNo)', as: 'cw001', query: 'query($v: ID!) { welfareCase(caseNo: $v) { monthlyBenefit } }' }, [
    ['SQL', SQL, empty({ welfareCase: null }, 'welfare')],
  ]),
  ...each({ label: 'application(applicationNo)', as: 'cw001', query: 'query($v: ID!) { application(applicationNo: $v) { status } }' }, [
    ['UNION', UNION, empty({ application: null }, 'welfare')],
  ]),
  ...each({ label: 'closeApplication(applicationNo)', as: 'cw001', query: 'mutation($v: ID!) { closeApplication(applicationNo: $v, outcome: WITHDRAWN) { status } }' }, [
    ['SQL', SQL, notFound('cw001')],
  ]),
  ...each({ label: 'closeApplication(note)', as: 'cw001', query: 'mutation($v: String) { closeApplication(applicationNo: "A-0001", outcome: REFUSED, note: $v) { status } }' }, [
    ['a NUL byte', '却下\u0000', badInput('cw001', CONTROL)],
  ]),
  ...each({ label: 'registerApplication(atenaNo)', as: 'cw001', query: 'mutation($v: ID!) { registerApplication(atenaNo: $v) { applicationNo } }' }, [
    ['SQL', SQL, badInput('cw001', /8 to 15 digits/)],
  ]),
  ...each({ label: 'registerApplication(caseworkerId) by a caseworker', as: 'cw001', query: `mutation($v: ID) { registerApplication(atenaNo: "${mother.atenaNo}", caseworkerId: $v) { applicationNo } }` }, [
    ['SQL', SQL, { status: 200, code: 'FORBIDDEN', audit: { code: 'FORBIDDEN', department: 'gateway', staffId: 'cw001' } }],
  ]),
  ...each({ label: 'registerApplication(caseworkerId) by the supervisor', as: 'sv001', query: `mutation($v: ID) { registerApplication(atenaNo: "${mother.atenaNo}", caseworkerId: $v) { applicationNo } }` }, [
    ['DROP TABLE', DROP, badInput('sv001')],
  ]),
  ...each({ label: 'registerApplication(extensionReason)', as: 'cw001', query: `mutation($v: String) { registerApplication(atenaNo: "${mother.atenaNo}", extensionReason: $v) { applicationNo } }` }, [
    ['5,000 characters', 'x'.repeat(5000), badInput('cw001', /at most 200/)],
    ['a NUL byte', '調査に日数を要する\u0000', badInput('cw001', CONTROL)],
  ]),
  ...each({ label: 'registerApplication(appliedOn)', as: 'cw001', query: `mutation($v: Date) { registerApplication(atenaNo: "${mother.atenaNo}", appliedOn: $v) { applicationNo } }` }, [
    ['SQL', `2025-09-01${SQL}`, badInput('cw001', /YYYY-MM-DD/)],
  ]),
  ...each({ label: 'auditLog(staffId)', as: 'au001', query: 'query($v: ID) { auditLog(staffId: $v) { nodes { seq staffId } } }' }, [
    ['SQL', SQL, empty({ auditLog: { nodes: [] } }, 'audit')],
    ['a NUL byte', 'cw001\u0000', badInput('au001', CONTROL)],
  ]),
  ...each({ label: 'auditLog(atenaNo)', as: 'au001', query: 'query($v: ID) { auditLog(atenaNo: $v) { nodes { seq } } }' }, [
    ['20,000 digits', LONG, badInput('au001', /1 to 64 characters/)],
  ]),
  ...each({ label: 'auditLog(after)', as: 'au001', query: 'query($v: String) { auditLog(after: $v) { nodes { seq } } }' }, [
    ['SQL', `1${SQL}`, badInput('au001', /endCursor/)],
  ]),
  ...each({ label: 'auditLog(from)', as: 'au001', query: 'query($v: DateTime) { auditLog(from: $v) { nodes { seq } } }' }, [
    ['SQL', `2025-01-01T00:00:00Z${SQL}`, badInput('au001', /ISO 8601/)],
  ]),
  ...each({ label: 'auditLog(first)', as: 'au001', query: 'query($v: Int) { auditLog(first: $v) { nodes { seq } } }' }, [
    ['1,000,000 entries', 1_000_000, badInput('au001', /first must be between/)],
  ]),
  ...each({ label: 'disclosureReport(atenaNo)', as: 'au001', query: 'query($v: ID!) { disclosureReport(atenaNo: $v) { accessCount accesses { staffId } } }' }, [
    // A value no other probe sent: the report of an identifier lists the attempts made with it.
    ['SQL: an empty report, not everyone\'s', "0' OR '0'='0", empty({ disclosureReport: { accessCount: 0, accesses: [] } }, 'audit')],
    ['20,000 digits', LONG, badInput('au001', /1 to 64 characters/)],
  ]),
  ...each({ label: 'disclosureReport(householdNo)', as: 'au001', query: `query($v: ID) { disclosureReport(atenaNo: "${mother.atenaNo}", householdNo: $v) { accesses { staffId } } }` }, [
    ['a NUL byte', `${family.householdNo}\u0000`, badInput('au001', CONTROL)],
  ]),
  ...each({ label: 'auditAnomalies(to)', as: 'au001', query: 'query($v: DateTime!) { auditAnomalies(from: "2020-01-01T00:00:00.000Z", to: $v) { staffId } }' }, [
    ['a period of years', '2025-10-01T00:00:00.000Z', badInput('au001', /at most 366 days/)],
  ]),
];
