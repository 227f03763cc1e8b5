/**
 * The auditor's screens in real Chromium against the whole system, with one audit database
 * shared by the gateway and the audit subgraph (as in production): cw001 opens a household of
 * their caseload and is refused one outside it; au001 signs in, lands in the audit log, finds
 * cw001's lines by staff, sees the refused attempt among the unusual accesses, and answers the
 * refused resident's disclosure request on screen, on A4 paper and as an Excel file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '@smart-casework/kit';
import type { City, CityHousehold, CityPerson } from '@smart-casework/kit/city';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsxRows } from '../../../web/src/lib/export/read-xlsx';
import { DISCLOSURE_COLUMNS, DISCLOSURE_TITLE } from '../../../web/src/lib/audit/disclosure-sheet';
import { todayJst } from '../../../web/src/lib/format';
import { buildPortal, startPortal, type Portal } from '../portal';
import { startStack, type Stack } from '../stack';
import { browserSkipReason, launchBrowser, type Browser } from './chromium';
import { signIn, waitForList } from './flows';
import { signOut } from './notice-flows';
import { pdfPages } from './pdf-text';

/** The auditor's operations (web/app/(portal)/audit, web/src/components/audit). */
const AUDIT_OPERATIONS = ['AuditLog', 'AuditAnomalies', 'DisclosureReport'];
const plain = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** cw001's largest case household, and a resident household nobody assists or investigates. */
function pickTargets(city: City) {
  const persons = new Map(city.persons.map((p) => [p.atenaNo, p]));
  const own = city.households.filter((h) => h.assistance?.caseworkerId === 'cw001').sort((a, b) => b.memberAtenaNos.length - a.memberAtenaNos.length)[0] as CityHousehold;
  const outside = city.households.find((h) => !h.assistance && !h.application && h.memberAtenaNos.every((no) => persons.get(no)?.status === '住民')) as CityHousehold;
  return { own, outsider: persons.get(outside.memberAtenaNos[0] ?? '') as CityPerson };
}

/** The log table's rows: staff, the persons a line names, outcome and text (its data attributes). */
async function logRows(page: Page): Promise<{ staffId: string; atenaNos: string[]; outcome: string; text: string }[]> {
  const rows = page.getByTestId('audit-log').locator('tbody tr');
  const count = await rows.count();
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const row = rows.nth(i);
      const [staffId, atenaNos, outcome, text] = await Promise.all([row.getAttribute('data-staff-id'), row.getAttribute('data-atena-nos'), row.getAttribute('data-outcome'), row.textContent()]);
      return { staffId: staffId ?? '', atenaNos: (atenaNos ?? '').split(' ').filter(Boolean), outcome: outcome ?? '', text: text ?? '' };
    }),
  );
}

/** Every page of the log as filtered, newest first, following 次の50件 (at most `pages`). */
async function allLogRows(page: Page, pages = 20): ReturnType<typeof logRows> {
  const rows = await logRows(page);
  for (let n = 1; n < pages; n++) {
    const older = page.getByTestId('older-page');
    if ((await older.count()) === 0) return rows;
    const after = new URL((await older.getAttribute('href')) ?? '', page.url()).searchParams.get('after');
    await older.click();
    await page.waitForURL((url) => url.searchParams.get('after') === after);
    await page.getByTestId('audit-log').waitFor();
    rows.push(...(await logRows(page)));
  }
  return rows;
}

async function navLabels(page: Page): Promise<string[]> {
  return (await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link').allTextContents()).map((t) => t.trim());
}

describe.skipIf(browserSkipReason())('the auditor’s screens in Chromium', { timeout: 90_000 }, () => {
  let stack: Stack;
  let portal: Portal;
  let browser: Browser;
  let page: Page;
  let targets: ReturnType<typeof pickTargets>;

  beforeAll(async () => {
    const [started, built] = await Promise.allSettled([startStack({ audit: 'shared' }), buildPortal()]);
    if (started.status === 'fulfilled') stack = started.value;
    if (built.status === 'rejected' || started.status === 'rejected') throw built.status === 'rejected' ? built.reason : (started as PromiseRejectedResult).reason;
    portal = await startPortal({ gatewayUrl: stack.gatewayUrl, logDir: join(dataDir(), 'logs', 'browser-audit') });
    await Promise.all(['/signin', '/', '/audit', '/audit/anomalies', '/audit/disclosure'].map((path) => fetch(`${portal.url}${path}`, { redirect: 'manual' })));
    browser = await launchBrowser();
    page = await browser.context.newPage();
    targets = pickTargets(stack.city);
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await stack?.stop();
  });

  it('cw001 opens a household of their caseload and is refused one outside it', async () => {
    await signIn(page, portal.url, 'cw001');
    expect(await navLabels(page)).not.toContain('監査ログ');
    await page.goto(`${portal.url}/household/${targets.own.householdNo}?purpose=case-review`);
    await waitForList(page, targets.own.memberAtenaNos.length);
    await page.goto(`${portal.url}/person/${targets.outsider.atenaNo}`);
    // While React streams the page the refusal can sit in the DOM twice (hidden, then swapped in).
    await page.getByTestId('outside-caseload').filter({ visible: true }).waitFor();
  });

  it('cw001 is told the audit screens are the auditor’s', async () => {
    await page.goto(`${portal.url}/audit`);
    expect(await page.getByTestId('outside-area').textContent()).toContain('監査担当（監査部門）の職員だけ');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('この画面は監査担当の画面です');
    await signOut(page);
  });

  it('au001 lands in the audit log with the audit navigation only', async () => {
    await signIn(page, portal.url, 'au001');
    await page.waitForURL((url) => url.pathname === '/audit');
    expect(await navLabels(page)).toEqual(['監査ログ', '不審なアクセス', '開示請求']);
    await page.getByTestId('audit-log').waitFor();
  });

  it('finds cw001’s lines by staff: the household’s disclosures and the refused attempt', async () => {
    await page.getByLabel('職員ID').fill('cw001');
    await page.getByRole('button', { name: '検索' }).click();
    await page.waitForURL((url) => url.searchParams.get('staff') === 'cw001');
    await page.getByTestId('audit-log').waitFor();
    const rows = await allLogRows(page);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.staffId))).toEqual(new Set(['cw001']));
    // A department's line for the household's list names every member.
    const allowed = new Set(rows.filter((r) => r.outcome === 'ALLOWED').flatMap((r) => r.atenaNos));
    for (const atenaNo of targets.own.memberAtenaNos) expect(allowed, atenaNo).toContain(atenaNo);
    const refused = rows.find((r) => r.outcome === 'DENIED' && r.atenaNos.includes(targets.outsider.atenaNo));
    expect(refused?.text).toContain('拒否（担当外');
    // The terminal: the address and the browser, shortened.
    expect(refused?.text).toMatch(/Chrome \d+/);
    // No personal data: the lines name persons by 宛名番号 only.
    for (const row of rows) expect(row.text).not.toContain(targets.outsider.surname);
  });

  it('narrows to refusals', async () => {
    await page.getByLabel('結果').selectOption('denied');
    await page.getByRole('button', { name: '検索' }).click();
    await page.waitForURL((url) => url.searchParams.get('outcome') === 'denied');
    await page.getByTestId('audit-log').waitFor();
    const rows = await logRows(page);
    expect(rows.map((r) => r.outcome)).not.toContain('ALLOWED');
    expect(rows.flatMap((r) => r.atenaNos)).toContain(targets.outsider.atenaNo);
  });

  it('shows the out-of-caseload attempt among the unusual accesses of the last 7 days', async () => {
    await page.getByRole('link', { name: '不審なアクセス' }).click();
    const group = page.getByTestId('anomalies-OUT_OF_CASELOAD');
    await group.waitFor();
    const row = group.locator('tbody tr[data-staff-id="cw001"]');
    expect(await row.textContent()).toContain(targets.outsider.atenaNo);
    expect(await group.textContent()).toContain('担当外の世帯の情報を');
  });

  it('checks the 宛名番号’s check digit as it is typed', async () => {
    await page.getByRole('link', { name: '開示請求' }).click();
    const input = page.getByLabel('宛名番号', { exact: true });
    const no = targets.outsider.atenaNo;
    await input.fill(`${no.slice(0, -1)}${(Number(no.slice(-1)) + 1) % 10}`);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('チェックデジットが一致しません').waitFor();
    await page.getByRole('button', { name: '回答を作成' }).click();
    expect(new URL(page.url()).searchParams.get('atena')).toBeNull();
  });

  it('answers the refused resident’s disclosure request: who, when, why, refused', async () => {
    await page.getByLabel('宛名番号', { exact: true }).fill(targets.outsider.atenaNo);
    await page.getByRole('button', { name: '回答を作成' }).click();
    const report = page.getByTestId('disclosure-report');
    await report.waitFor();
    expect(await report.getByRole('heading', { level: 2 }).textContent()).toBe(DISCLOSURE_TITLE);
    const meta = (await page.getByTestId('disclosure-meta').textContent()) ?? '';
    expect(meta).toContain(targets.outsider.atenaNo);
    expect(meta).toContain('全期間');
    // Opening the person's page read who they are (IDENTIFY) and was refused their household (担当外).
    const cw001 = page.getByTestId('disclosure-accesses').locator('tbody tr[data-staff-id="cw001"]');
    const refused = cw001.filter({ hasText: '拒否（担当外）' });
    expect(await refused.count()).toBeGreaterThan(0);
    expect(await refused.first().getAttribute('data-result')).toMatch(/拒否/);
    expect(await page.getByTestId('disclosure-by-staff').locator('tr[data-staff-id="cw001"]').count()).toBe(1);
  });

  it('prints the answer on A4 with the title, the 宛名番号, the period and the date of issue, without the form', async () => {
    await page.emulateMedia({ media: null });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    const sizes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    for (const [width, height] of sizes) expect([Math.abs((width ?? 0) - 595.3) < 1.5, Math.abs((height ?? 0) - 841.9) < 1.5]).toEqual([true, true]);
    const text = pdfPages(pdf).map(plain).join('');
    const issued = todayJst();
    for (const expected of [DISCLOSURE_TITLE, targets.outsider.atenaNo, '対象期間', '全期間', '発行日', issued, 'cw001']) expect(text, expected).toContain(plain(expected));
    for (const absent of ['回答を作成', '不審なアクセス', 'Excel（XLSX）で出力']) expect(text, absent).not.toContain(plain(absent));
  });

  it('exports the answer as an Excel file with the screen’s requests', async () => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Excel（XLSX）で出力' }).click()]);
    expect(file.suggestedFilename()).toBe(`個人情報の利用状況_${targets.outsider.atenaNo}_${todayJst().replace(/-/g, '')}.xlsx`);
    const { rows } = await readXlsxRows(readFileSync((await file.path()) ?? ''), DISCLOSURE_COLUMNS.length);
    expect(rows[0]?.[0]).toBe(DISCLOSURE_TITLE);
    const header = rows.findIndex((row) => row[0] === '日時');
    const body = rows.slice(header + 1);
    expect(body.some((row) => row[1] === 'cw001' && row[7] === '拒否（担当外）')).toBe(true);
    const shown = await page.getByTestId('disclosure-accesses').locator('tbody tr').count();
    expect(body.length).toBeGreaterThanOrEqual(shown);
  });

  it('tells au001 the casework screens are outside their duties, and home is the audit log', async () => {
    for (const path of ['/search', '/notices', `/household/${targets.own.householdNo}`]) {
      await page.goto(`${portal.url}${path}`);
      expect(await page.getByRole('heading', { level: 1 }).textContent(), path).toBe('この画面は監査担当の職務外です');
      expect(await page.getByTestId('outside-area').count()).toBe(1);
    }
    await page.goto(`${portal.url}/`);
    await page.waitForURL((url) => url.pathname === '/audit');
    // Each side's screens asked the graph nothing on the other's behalf (Next renders a page
    // beside its layout: a query the page would send goes out even when the layout says no).
    const db = stack.audit?.db;
    expect(await db?.('audit_entries').where({ staff_id: 'au001' }).whereNotIn('operation_name', AUDIT_OPERATIONS).select('operation_name')).toEqual([]);
    expect(await db?.('audit_entries').where({ staff_id: 'cw001' }).whereIn('operation_name', AUDIT_OPERATIONS).select('operation_name')).toEqual([]);
  });
});
