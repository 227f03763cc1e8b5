import { createHmac } from 'node:crypto';
import type { AuditEntryRow, Knex } from '@smart-casework/kit';
import type { City } from '@smart-casework/kit/city';
import { DEV_AUDIENCE, DEV_ISSUER } from '@smart-casework/gateway/auth';
import { DEV_JWT_SECRET_DEFAULT } from '@smart-casework/gateway/config';

/**
 * The probe suite's vocabulary: a probe is one unauthorised or malformed request and what must
 * come of it — the status and code, no personal data, no stack trace or SQL, an audit entry.
 */

export type StaffId = 'cw001' | 'cw002' | 'sv001' | 'tax001' | 'au001' | 'svc-watcher';

/** Each role's own purpose: a probe that does not say otherwise states its caller's. */
export const PROPER_PURPOSE: Record<StaffId, string> = {
  cw001: 'investigation',
  cw002: 'investigation',
  sv001: 'case-review',
  tax001: 'tax-assessment',
  au001: 'audit',
  'svc-watcher': 'notice-handling',
};

/** Where a probe is sent: the stack's dev gateway, a production-mode gateway over the same subgraphs, or a subgraph's own port. */
export type Target = 'gateway' | 'production' | { subgraph: string };

export interface ProbeContext {
  gatewayUrl: string;
  productionUrl: string;
  subgraphUrl(name: string): string;
  /** A dev token (dev gateway) of a seeded staff member. */
  devToken(staffId: StaffId): string;
  /** A token of the city's IdP (production gateway). */
  idpToken(staffId: string): Promise<string>;
  /** The stack's internal (gateway → subgraph) secret. */
  internalSecret: string;
}

export interface ProbeRequest {
  target?: Target;
  /** Signed-in staff member (a dev token, or the IdP's at the production gateway). */
  as?: StaffId;
  /** A crafted `Authorization` value or header set instead of `as`. */
  auth?: (context: ProbeContext) => Promise<Record<string, string>> | Record<string, string>;
  /** `x-purpose`; by default the caller's own (none without `as`); null: no header. */
  purpose?: string | null;
  query?: string;
  variables?: Record<string, unknown>;
  /** A body of its own (persisted-document hashes, raw text) instead of `{ query, variables }`. */
  body?: string | Record<string, unknown> | unknown[];
  headers?: Record<string, string>;
  method?: 'GET' | 'POST';
  /** Runs first (e.g. spends a rate limit). */
  before?: (context: ProbeContext) => Promise<void>;
}

export interface AuditExpectation {
  outcome?: 'allowed' | 'denied';
  code: string | null;
  reason?: string | RegExp;
  department?: string;
  atenaNo?: string;
  householdNo?: string;
  /** Who the entry names (null: nobody, as for a forged token). */
  staffId?: string | null;
}

export interface Expected {
  status: number;
  /** `extensions.code` of the first error; null for an answer that is no GraphQL response (413, bad JSON). */
  code: string | null;
  reason?: string;
  /** For probes the API answers with nothing rather than an error (an unknown id, a search that matches nobody). */
  data?: unknown;
  audit: AuditExpectation;
}

export interface Probe {
  name: string;
  request: ProbeRequest;
  expect: Expected;
}

export interface RawAnswer {
  status: number;
  text: string;
  json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[]; error?: string } | null;
}

const base64url = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** A JWT as an attacker would make one: HS256 with the given secret, or `alg: none` when the secret is null. */
export function forgeJwt(payload: Record<string, unknown>, secret: string | null): string {
  const head = `${base64url({ alg: secret === null ? 'none' : 'HS256', typ: 'JWT' })}.${base64url(payload)}`;
  return secret === null ? `${head}.` : `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

/** Claims of a dev token (what `/auth/dev-token` signs), valid for an hour unless overridden. */
export function devClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return { sub: 'cw001', name: 'cw001', role: 'caseworker', division: 'welfare', iss: DEV_ISSUER, aud: DEV_AUDIENCE, iat: now, exp: now + 3600, ...overrides };
}

/** Signed with the published dev secret: what anyone who read the README can mint. */
export const devSigned = (overrides: Record<string, unknown> = {}) => forgeJwt(devClaims(overrides), DEV_JWT_SECRET_DEFAULT);

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const URL_OF = (target: Target, context: ProbeContext) =>
  target === 'gateway' ? context.gatewayUrl : target === 'production' ? context.productionUrl : context.subgraphUrl(target.subgraph);

async function authHeaders(request: ProbeRequest, context: ProbeContext): Promise<Record<string, string>> {
  if (request.auth) return request.auth(context);
  if (!request.as) return {};
  return bearer(request.target === 'production' ? await context.idpToken(request.as) : context.devToken(request.as));
}

/** Sends a probe with its own user agent, by which its audit entries are found. */
export async function send(request: ProbeRequest, context: ProbeContext, userAgent: string): Promise<RawAnswer> {
  await request.before?.(context);
  const purpose = request.purpose === undefined ? (request.as ? PROPER_PURPOSE[request.as] : null) : request.purpose;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': userAgent,
    ...(purpose ? { 'x-purpose': purpose } : {}),
    ...(await authHeaders(request, context)),
    ...request.headers,
  };
  const body = request.body ?? { query: request.query, variables: request.variables ?? {} };
  const url = URL_OF(request.target ?? 'gateway', context);
  const response = request.method === 'GET'
    ? await fetch(`${url}?query=${encodeURIComponent(request.query ?? '')}`, { headers })
    : await fetch(url, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await response.text();
  let json: RawAnswer['json'] = null;
  try {
    json = JSON.parse(text) as RawAnswer['json'];
  } catch {
    json = null;
  }
  return { status: response.status, text, json };
}

/**
 * What must never appear in a refused request's answer: every resident's name and reading,
 * birth date, address and plates, and the amounts on record (as whole numbers).
 */
export function personalData(city: City): { strings: string[]; amounts: number[] } {
  const strings = new Set<string>();
  const amounts = new Set<number>();
  for (const p of city.persons) {
    for (const text of [`${p.surname}\u3000${p.givenName}`, `${p.surname}${p.givenName}`, `${p.surnameKana}\u3000${p.givenNameKana}`, p.birthDate, p.previousAddress]) if (text) strings.add(text);
    for (const v of p.vehicles) strings.add(v.plate);
    for (const amount of [...Object.values(p.income), p.pension?.annualAmount ?? 0]) if (amount >= 10_000) amounts.add(amount);
  }
  for (const h of city.households) {
    strings.add(h.address);
    for (const amount of [h.assistance?.monthlyBenefit, h.assistance?.minimumCostOfLiving, h.assistance?.recognisedIncome, ...h.allowances.map((a) => a.monthlyAmount)]) if (amount && amount >= 10_000) amounts.add(amount);
  }
  return { strings: [...strings], amounts: [...amounts] };
}

/** What a stack trace, a source location or a database error looks like. */
export const INTERNALS = /\n\s+at |\bat [\w.$<>]+ \(|\.[cm]?[jt]s:\d+:\d+|node_modules|stacktrace|SQLITE_|\bER_[A-Z_]{3,}|syntax error at|no such (table|column)|relation "[^"]*" does not exist|invalid byte sequence|\bknex\b|better-sqlite3|select\s[^"]{0,80}\sfrom\s|insert into|INTERNAL_SERVER_ERROR|DEPARTMENT_UNAVAILABLE/i;

/** The personal data an answer shows, if any. */
export function leaks(text: string, data: ReturnType<typeof personalData>): string[] {
  const found = data.strings.filter((s) => text.includes(s));
  for (const amount of data.amounts) if (new RegExp(`(?<![\\d.])${amount}(?![\\d.])`).test(text)) found.push(String(amount));
  return found;
}

/** The audit entries of one probe (its user agent), oldest first. */
export async function auditEntriesOf(db: Knex, userAgent: string): Promise<AuditEntryRow[]> {
  return (await db('audit_entries').where('user_agent', userAgent).orderBy('seq')) as AuditEntryRow[];
}

/** Whether a stored entry is what the probe expects. */
export function matchesAudit(row: AuditEntryRow, expected: AuditExpectation): boolean {
  const reason = expected.reason;
  return (row.outcome === (expected.outcome ?? 'denied'))
    && row.code === expected.code
    && (reason === undefined || (typeof reason === 'string' ? row.reason === reason : reason.test(row.reason ?? '')))
    && (expected.department === undefined || row.department === expected.department)
    && (expected.atenaNo === undefined || row.atena_no === expected.atenaNo)
    && (expected.householdNo === undefined || row.household_no === expected.householdNo)
    && (expected.staffId === undefined || row.staff_id === expected.staffId);
}
