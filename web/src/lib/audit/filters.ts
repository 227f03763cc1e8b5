/**
 * What the auditor typed into the screens' forms, read from the URL (the forms submit by GET,
 * so a filtered log or a report can be bookmarked and handed on), checked before any query:
 * a 宛名番号 against its check digit as the search page does, days as dates.
 */
import { classifySearchInput } from '../search-input';
import { periodVariables, type PeriodDays } from './period';

type Params = Readonly<Record<string, string | string[] | undefined>>;

export type Outcome = 'ALLOWED' | 'DENIED';

export interface AuditLogForm extends PeriodDays {
  staffId: string;
  atenaNo: string;
  /** '' for both. */
  outcome: '' | 'allowed' | 'denied';
  /** The cursor of the page shown (an endCursor), '' for the newest. */
  after: string;
}

export interface AuditLogVariables {
  staffId: string | null;
  atenaNo: string | null;
  from: string | null;
  to: string | null;
  outcome: Outcome | null;
  first: number;
  after: string | null;
}

/** Entries per page of the audit log. */
export const AUDIT_PAGE_SIZE = 50;

const STAFF_ID = /^[A-Za-z0-9_-]{1,64}$/;
const CURSOR = /^\d{1,15}$/;

export function param(params: Params, name: string): string {
  const value = params[name];
  return ((Array.isArray(value) ? value[0] : value) ?? '').trim();
}

/**
 * A 宛名番号 (or, with its label, a 世帯番号: the same digits and check digit) as typed, read by
 * the search page's helper: full-width digits, spaces and hyphens are fine; the check digit must match.
 */
export function registryNumber(text: string, label = '宛名番号'): { ok: true; value: string } | { ok: false; message: string } {
  const input = classifySearchInput(text);
  if (input.kind === 'empty') return { ok: false, message: `${label}を入力してください。` };
  if (input.kind === 'name') return { ok: false, message: `${label}は数字で入力してください（氏名では検索できません）。` };
  if (!input.valid) return { ok: false, message: input.message.replace(/^宛名番号/, label) };
  return { ok: true, value: input.value };
}

export function readAuditLogForm(params: Params): AuditLogForm {
  const outcome = param(params, 'outcome');
  return {
    staffId: param(params, 'staff'),
    atenaNo: param(params, 'atena'),
    from: param(params, 'from'),
    to: param(params, 'to'),
    outcome: outcome === 'allowed' || outcome === 'denied' ? outcome : '',
    after: param(params, 'after'),
  };
}

/** The auditLog variables of a form, or the Japanese messages that say what to correct. */
export function auditLogVariables(form: AuditLogForm): { ok: true; variables: AuditLogVariables } | { ok: false; messages: string[] } {
  const messages: string[] = [];
  if (form.staffId !== '' && !STAFF_ID.test(form.staffId)) messages.push('職員IDは英数字で入力してください（例: cw001）。');
  const atenaNo = form.atenaNo === '' ? null : registryNumber(form.atenaNo);
  if (atenaNo && !atenaNo.ok) messages.push(atenaNo.message);
  const period = periodVariables(form);
  if (!period.ok) messages.push(period.message);
  if (messages.length > 0 || !period.ok) return { ok: false, messages };
  return {
    ok: true,
    variables: {
      staffId: form.staffId || null,
      atenaNo: atenaNo?.ok ? atenaNo.value : null,
      from: period.from,
      to: period.to,
      outcome: form.outcome === '' ? null : form.outcome === 'allowed' ? 'ALLOWED' : 'DENIED',
      first: AUDIT_PAGE_SIZE,
      after: CURSOR.test(form.after) ? form.after : null,
    },
  };
}

/** The URL of the log with this form's filters (empty ones left out), e.g. for the next page. */
export function auditLogHref(form: AuditLogForm, changes: Partial<AuditLogForm> = {}): string {
  const merged = { ...form, ...changes };
  const search = new URLSearchParams();
  const names: [keyof AuditLogForm, string][] = [['staffId', 'staff'], ['atenaNo', 'atena'], ['from', 'from'], ['to', 'to'], ['outcome', 'outcome'], ['after', 'after']];
  for (const [key, name] of names) if (merged[key] !== '') search.set(name, merged[key]);
  const query = search.toString();
  return query ? `/audit?${query}` : '/audit';
}

export interface DisclosureForm extends PeriodDays {
  atenaNo: string;
  householdNo: string;
}

export interface DisclosureVariables {
  atenaNo: string;
  householdNo: string | null;
  from: string | null;
  to: string | null;
}

export function readDisclosureForm(params: Params): DisclosureForm {
  return { atenaNo: param(params, 'atena'), householdNo: param(params, 'household'), from: param(params, 'from'), to: param(params, 'to') };
}

/** The disclosureReport variables of a form (the 宛名番号 is required), or what to correct. */
export function disclosureVariables(form: DisclosureForm): { ok: true; variables: DisclosureVariables } | { ok: false; messages: string[] } {
  const messages: string[] = [];
  const atenaNo = registryNumber(form.atenaNo);
  if (!atenaNo.ok) messages.push(atenaNo.message);
  const householdNo = form.householdNo === '' ? null : registryNumber(form.householdNo, '世帯番号');
  if (householdNo && !householdNo.ok) messages.push(householdNo.message);
  const period = periodVariables(form);
  if (!period.ok) messages.push(period.message);
  if (!atenaNo.ok || (householdNo && !householdNo.ok) || !period.ok) return { ok: false, messages };
  return { ok: true, variables: { atenaNo: atenaNo.value, householdNo: householdNo?.value ?? null, from: period.from, to: period.to } };
}

/** The query string of a disclosure form (for the export link). */
export function disclosureQuery(form: DisclosureForm): string {
  const search = new URLSearchParams({ atena: form.atenaNo });
  if (form.householdNo) search.set('household', form.householdNo);
  if (form.from) search.set('from', form.from);
  if (form.to) search.set('to', form.to);
  return search.toString();
}
