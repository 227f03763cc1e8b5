import { withCheckDigit } from '@smart-casework/kit/numbers';
import { describe, expect, it } from 'vitest';
import { AUDIT_PAGE_SIZE, auditLogHref, auditLogVariables, disclosureQuery, disclosureVariables, readAuditLogForm, readDisclosureForm, registryNumber } from './filters';

const ATENA = withCheckDigit(4638, 9);
const WRONG = `${ATENA.slice(0, -1)}${(Number(ATENA.slice(-1)) + 1) % 10}`;

describe('registryNumber (the search page’s check-digit helper)', () => {
  it('accepts a valid number typed with full-width digits and spaces', () => {
    const wide = ATENA.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    expect(registryNumber(` ${wide.slice(0, 4)} ${wide.slice(4)} `)).toEqual({ ok: true, value: ATENA });
  });

  it('refuses a wrong check digit, a short number and a name, saying which field', () => {
    expect(registryNumber(WRONG)).toEqual({ ok: false, message: expect.stringContaining('チェックデジット') });
    expect(registryNumber('1234', '世帯番号')).toEqual({ ok: false, message: expect.stringMatching(/^世帯番号は8〜15桁/) });
    expect(registryNumber('やました')).toEqual({ ok: false, message: expect.stringContaining('数字で') });
    expect(registryNumber('')).toEqual({ ok: false, message: '宛名番号を入力してください。' });
  });
});

describe('the audit log’s filters', () => {
  it('reads the URL into variables: newest page, one staff member, refusals, whole days', () => {
    const form = readAuditLogForm({ staff: 'cw001', atena: ATENA, from: '2025-10-01', to: '2025-10-07', outcome: 'denied' });
    expect(auditLogVariables(form)).toEqual({
      ok: true,
      variables: { staffId: 'cw001', atenaNo: ATENA, from: '2025-09-30T15:00:00.000Z', to: '2025-10-07T15:00:00.000Z', outcome: 'DENIED', first: AUDIT_PAGE_SIZE, after: null },
    });
  });

  it('leaves empty filters out and ignores a cursor that is not one', () => {
    const result = auditLogVariables(readAuditLogForm({ staff: '', outcome: 'maybe', after: "1' or 1=1" }));
    expect(result).toEqual({ ok: true, variables: { staffId: null, atenaNo: null, from: null, to: null, outcome: null, first: AUDIT_PAGE_SIZE, after: null } });
    expect(auditLogVariables(readAuditLogForm({ after: '120' }))).toMatchObject({ ok: true, variables: { after: '120' } });
  });

  it('says every mistake at once', () => {
    const result = auditLogVariables(readAuditLogForm({ staff: 'cw 001', atena: WRONG, from: '2025-10-08', to: '2025-10-01' }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.messages).toHaveLength(3);
  });

  it('links to the next page with the same filters', () => {
    const form = readAuditLogForm({ staff: 'cw001', outcome: 'allowed' });
    expect(auditLogHref(form, { after: '42' })).toBe('/audit?staff=cw001&outcome=allowed&after=42');
    expect(auditLogHref(readAuditLogForm({}))).toBe('/audit');
  });
});

describe('the disclosure request', () => {
  it('needs a valid 宛名番号; the 世帯番号 and period are optional', () => {
    expect(disclosureVariables(readDisclosureForm({ atena: ATENA }))).toEqual({ ok: true, variables: { atenaNo: ATENA, householdNo: null, from: null, to: null } });
    expect(disclosureVariables(readDisclosureForm({ atena: WRONG }))).toMatchObject({ ok: false, messages: [expect.stringContaining('チェックデジット')] });
    expect(disclosureVariables(readDisclosureForm({ atena: ATENA, household: WRONG }))).toMatchObject({ ok: false, messages: [expect.stringMatching(/^世帯番号/)] });
  });

  it('carries the form into the export link', () => {
    expect(disclosureQuery(readDisclosureForm({ atena: ATENA, from: '2025-10-01' }))).toBe(`atena=${ATENA}&from=2025-10-01`);
  });
});
