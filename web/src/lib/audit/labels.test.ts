import { describe, expect, it } from 'vitest';
import { abbreviateUserAgent, ANOMALY_KINDS, codeLabel, reasonLabel, resultLabel, roleAndDivision } from './labels';

const CHROME_LINUX = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const HEADLESS = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.6778.204 Safari/537.36';
const EDGE = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86';
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

describe('abbreviateUserAgent', () => {
  it('names the browser, its major version and the system', () => {
    expect(abbreviateUserAgent(CHROME_LINUX)).toBe('Chrome 131（Linux）');
    expect(abbreviateUserAgent(HEADLESS)).toBe('Chrome 131 ヘッドレス（Linux）');
    expect(abbreviateUserAgent(EDGE)).toBe('Edge 131（Windows）');
    expect(abbreviateUserAgent(FIREFOX)).toBe('Firefox 133（Windows）');
    expect(abbreviateUserAgent(SAFARI)).toBe('Safari 17（iOS）');
  });

  it('keeps a tool’s first product token, shortened', () => {
    expect(abbreviateUserAgent('curl/8.5.0')).toBe('curl/8.5.0');
    expect(abbreviateUserAgent('node')).toBe('node');
    expect(abbreviateUserAgent('smart-casework-welfare-watcher-batch/1.0.0 (linux)')).toBe('smart-casework-welfare-…');
  });

  it('says — when no User-Agent was sent', () => {
    expect(abbreviateUserAgent(null)).toBe('—');
    expect(abbreviateUserAgent('  ')).toBe('—');
  });
});

describe('labels', () => {
  it('writes role and division in Japanese, unknown codes as they are', () => {
    expect(roleAndDivision('caseworker', 'welfare')).toBe('ケースワーカー・福祉事務所');
    expect(roleAndDivision('auditor', 'audit')).toBe('監査担当・監査');
    expect(roleAndDivision('robot', null)).toBe('robot');
    expect(roleAndDivision(null, null)).toBe('—');
  });

  it('says why a line was refused', () => {
    expect(resultLabel('ALLOWED', null, null)).toBe('開示');
    expect(resultLabel('DENIED', 'FORBIDDEN', 'OUT_OF_CASELOAD')).toBe('拒否（担当外）');
    expect(resultLabel('DENIED', 'FORBIDDEN', null)).toBe('拒否（権限なし）');
    expect(resultLabel('DENIED', 'UNAUTHENTICATED', null)).toBe('拒否（未認証）');
    expect(resultLabel('DENIED', null, null)).toBe('拒否');
    expect(reasonLabel('PURPOSE_REQUIRED')).toBe('利用目的の記載なし');
    expect(codeLabel('担当外')).toBe('担当外');
  });

  it('describes every anomaly kind the audit subgraph reports, once', () => {
    expect(ANOMALY_KINDS.map((k) => k.kind).sort()).toEqual(['BULK_LOOKUP', 'DENIED', 'LATE_NIGHT', 'OUT_OF_CASELOAD']);
    for (const k of ANOMALY_KINDS) expect(k.description).toMatch(/[ぁ-ん]/);
  });
});
