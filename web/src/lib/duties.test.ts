import { describe, expect, it } from 'vitest';
import { areaOf, isCurrent, landingPath, navLinks, outsideAreaMessage } from './duties';

const labels = (role: string, notices = true) => navLinks(role, { notices, sandbox: true }).map((l) => l.label);

describe('duties', () => {
  it('lands the auditor in the audit log and everyone else at home', () => {
    expect(landingPath('auditor')).toBe('/audit');
    for (const role of ['caseworker', 'supervisor', 'tax', '']) expect(landingPath(role)).toBe('/');
  });

  it('offers the auditor only the audit screens, and nobody else any of them', () => {
    expect(labels('auditor')).toEqual(['監査ログ', '不審なアクセス', '開示請求']);
    expect(labels('caseworker')).toEqual(['ホーム', '異動通知', '検索', 'GraphQL サンドボックス']);
    expect(labels('tax', false)).toEqual(['ホーム', '検索', 'GraphQL サンドボックス']);
    for (const role of ['caseworker', 'supervisor', 'tax']) expect(navLinks(role, { notices: true, sandbox: true }).some((l) => l.href.startsWith('/audit'))).toBe(false);
  });

  it('marks 監査ログ current on /audit only, the others below their path', () => {
    const [log, anomalies] = navLinks('auditor', { notices: false, sandbox: false });
    expect(log && isCurrent('/audit', log)).toBe(true);
    expect(log && isCurrent('/audit/anomalies', log)).toBe(false);
    expect(anomalies && isCurrent('/audit/anomalies', anomalies)).toBe(true);
    expect(anomalies && isCurrent('/audit/anomaliesx', anomalies)).toBe(false);
  });

  it('tells each side the screen is outside their duties', () => {
    expect(areaOf('auditor')).toBe('audit');
    expect(outsideAreaMessage('casework').title).toBe('この画面は監査担当の職務外です');
    expect(outsideAreaMessage('audit').title).toBe('この画面は監査担当の画面です');
  });
});
