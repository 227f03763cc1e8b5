/**
 * The caseworker portal in real Chromium against the whole system (every subgraph, the gateway
 * and `next start` of the built portal) over a generated city: sign in, search by kana, open the
 * household, print and export — and nothing requested from outside the machine.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataDir, repoRoot } from '@smart-casework/kit';
import type { CityHousehold, CityPerson } from '@smart-casework/kit/city';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../web/src/lib/export/parse-csv';
import { readXlsxRows } from '../../../web/src/lib/export/read-xlsx';
import { toCp932Equivalents } from '../../../web/src/lib/export/shift-jis';
import { formatWareki, formatYen } from '../../../web/src/lib/format';
import { startStack, type Stack } from '../stack';
import { browserSkipReason, launchBrowser, type Browser } from './chromium';
import { fillSearch, openResult, resultLinks, SECTION_DEPARTMENTS, signIn, submitSearch, toHiragana, waitForList } from './flows';
import { pdfPages } from './pdf-text';
import { buildPortal, startPortal, type Portal } from '../portal';
import { exportedRows, screenFindings, screenSections, shownMembers, shownSections } from './screen';

// The README's screenshots are refreshed with UPDATE_SCREENSHOTS=1; other runs keep theirs
// out of the work tree (the 照会日時 on them changes every run).
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? join(repoRoot, 'docs', 'screenshots') : mkdtempSync(join(tmpdir(), 'sc-screenshots-'));
const COLUMNS = 10; // web/src/lib/investigation-list.ts SHEET_COLUMNS
const plain = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** The largest household among cw001's cases, and its last member (not the head) to look up. */
function pickTarget(stack: Stack) {
  const persons = new Map(stack.city.persons.map((p) => [p.atenaNo, p]));
  const cases = stack.city.households.filter((h) => h.assistance?.caseworkerId === 'cw001');
  const household = cases.sort((a, b) => b.memberAtenaNos.length - a.memberAtenaNos.length)[0] as CityHousehold;
  const members = household.memberAtenaNos.map((no) => persons.get(no) as CityPerson);
  return { household, members, person: members.at(-1) as CityPerson };
}

async function download(page: Page, link: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path()) ?? '') };
}

/** Header row onwards, as exportedRows wants it. */
function table(rows: readonly (readonly (string | number | null)[])[]) {
  const header = rows.findIndex((row) => row[0] === '区分');
  expect(header, 'header row').toBeGreaterThan(0);
  return { meta: new Map(rows.slice(1, header).map((row) => [String(row[0]), String(row[1] ?? '')])), body: exportedRows(rows.slice(header + 1)) };
}

// Generous per test: under `npx vitest run` the browser shares two CPUs with every other suite.
describe.skipIf(browserSkipReason())('the caseworker portal in Chromium', { timeout: 90_000 }, () => {
  let stack: Stack;
  let portal: Portal;
  let browser: Browser;
  let page: Page;
  let target: ReturnType<typeof pickTarget>;
  const requests: string[] = [];

  beforeAll(async () => {
    const [started, built] = await Promise.allSettled([startStack(), buildPortal()]);
    if (started.status === 'fulfilled') stack = started.value;
    if (built.status === 'rejected' || started.status === 'rejected') throw built.status === 'rejected' ? built.reason : (started as PromiseRejectedResult).reason;
    portal = await startPortal({ gatewayUrl: stack.gatewayUrl, logDir: join(dataDir(), 'logs', 'browser') });
    // Next loads a route's code on its first request: do it here, not inside the first test.
    await Promise.all(['/signin', '/', '/search'].map((path) => fetch(`${portal.url}${path}`, { redirect: 'manual' })));
    browser = await launchBrowser();
    browser.context.on('request', (request) => requests.push(request.url()));
    page = await browser.context.newPage();
    page.on('websocket', (socket) => requests.push(socket.url()));
    target = pickTarget(stack);
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await stack?.stop();
  });

  it('signs in as cw001 and shows their caseload', async () => {
    await signIn(page, portal.url, 'cw001');
    await page.getByTestId('caseload').getByText(target.household.assistance?.caseNo ?? '', { exact: true }).waitFor();
  });

  it('finds a member of the caseload by their reading in hiragana and a 和暦 birth date', async () => {
    const { person } = target;
    await fillSearch(page, portal.url, { query: toHiragana(`${person.surnameKana} ${person.givenNameKana}`), birth: formatWareki(person.birthDate) });
    await submitSearch(page);
    const found = resultLinks(page).filter({ hasText: `宛名番号 ${person.atenaNo}` });
    expect(await found.count()).toBe(1);
    const text = plain((await found.textContent()) ?? '');
    for (const expected of [`${person.surname}${person.givenName}`, `${person.surnameKana}${person.givenNameKana}`, formatWareki(person.birthDate)]) expect(text).toContain(plain(expected));
    await page.screenshot({ path: join(SCREENSHOTS, 'search.png') });
  });

  it("opens the household's investigation list with every section of every member", async () => {
    await openResult(page, target.person.atenaNo);
    await waitForList(page, target.members.length);
    expect(await shownMembers(page)).toEqual(target.household.memberAtenaNos);
    const sections = await shownSections(page);
    for (const atenaNo of target.household.memberAtenaNos) {
      const own = sections.filter((s) => s.atenaNo === atenaNo);
      expect(own.map((s) => s.department).sort()).toEqual([...SECTION_DEPARTMENTS].sort());
      for (const s of own) expect(['record', 'none'], `${atenaNo} ${s.department}`).toContain(s.state);
    }
    expect(await page.getByTestId('unavailable-summary').count()).toBe(0);
    expect(await page.getByTestId('list-meta').textContent()).toContain('cw001');
    await page.screenshot({ path: join(SCREENSHOTS, 'investigation-list.png') });
  });

  it('prints on A4 with the caseworker, the household and every member, without the controls', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(SCREENSHOTS, 'print.png') });
    await page.emulateMedia({ media: null }); // page.pdf prints with print media unless screen is emulated
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdfPages(pdf).map(plain);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    // A4 is 595.3 × 841.9 pt; Chromium rounds to its own pixel grid.
    const sizes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(sizes).toHaveLength(pages.length);
    for (const [width, height] of sizes) expect([Math.abs((width ?? 0) - 595.3) < 1.5, Math.abs((height ?? 0) - 841.9) < 1.5]).toEqual([true, true]);
    const text = pages.join('');
    const caseworker = stack.city.staff.find((s) => s.staffId === 'cw001')?.name ?? 'cw001';
    for (const expected of ['調査リスト', target.household.householdNo, caseworker, '照会目的', ...target.members.map((m) => `${m.surname}${m.givenName}`)]) {
      expect(text, expected).toContain(plain(expected));
    }
    expect(text).not.toContain(plain('CSV（UTF-8）で出力'));
  });

  it("exports CSV (UTF-8 with BOM) whose rows are the screen's rows", async () => {
    const { name, bytes } = await download(page, 'CSV（UTF-8）で出力');
    expect(name).toMatch(new RegExp(`^調査リスト_${target.household.householdNo}_\\d{8}-\\d{4}\\.csv$`));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { meta, body } = table(parseCsv(new TextDecoder().decode(bytes)));
    expect(meta.get('世帯番号')).toBe(target.household.householdNo);
    expect(meta.get('出力者')).toContain('cw001');
    expect(body.findings).toEqual(await screenFindings(page));
    expect(body.sections).toEqual(await screenSections(page));
    expect(body.sections.length).toBeGreaterThanOrEqual(target.members.length * SECTION_DEPARTMENTS.length);
    for (const { value, amount } of body.amounts) expect(value).toContain(formatYen(amount));
  });

  it("exports CSV in Shift_JIS with the same rows (in their Windows-31J forms)", async () => {
    const { bytes } = await download(page, 'CSV（Shift_JIS）で出力');
    const { body } = table(parseCsv(new TextDecoder('shift_jis').decode(bytes)));
    const sjis = <T extends string[]>(rows: T[]) => rows.map((row) => row.map(toCp932Equivalents));
    expect(body.findings).toEqual(sjis(await screenFindings(page)));
    expect(body.sections).toEqual(sjis(await screenSections(page)));
  });

  it("exports XLSX whose rows are the screen's rows, amounts as numbers", async () => {
    const { name, bytes } = await download(page, 'Excel（XLSX）で出力');
    expect(name).toMatch(/\.xlsx$/);
    const { rows } = await readXlsxRows(bytes, COLUMNS);
    const { meta, body } = table(rows);
    expect(meta.get('世帯番号')).toBe(target.household.householdNo);
    expect(body.findings).toEqual(await screenFindings(page));
    expect(body.sections).toEqual(await screenSections(page));
    expect(body.amounts.length).toBeGreaterThan(0);
    for (const { value, amount } of body.amounts) expect(value).toContain(formatYen(amount));
  });

  it('serves the GraphQL sandbox from the portal itself', async () => {
    await page.goto(`${portal.url}/sandbox`);
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
  });

  it('a department that is down shows 未取得 with the reason for its sections only', async () => {
    await stack.departments.get('tax')?.stop();
    await page.goto(`${portal.url}/household/${target.household.householdNo}?purpose=investigation`);
    await waitForList(page, target.members.length);
    const cards = await shownSections(page);
    expect(cards).toHaveLength(target.members.length * SECTION_DEPARTMENTS.length);
    for (const card of cards) {
      if (card.department === 'tax') {
        expect(card.state).toBe('unavailable');
        expect(card.text).toContain('未取得');
        expect(card.text).toMatch(/接続できませんでした|取得できませんでした/);
      } else {
        expect(card.state, `${card.department}`).not.toBe('unavailable');
        expect(card.text).not.toContain('未取得');
      }
    }
    const taxLabel = cards.find((c) => c.department === 'tax')?.label ?? '';
    expect(taxLabel).not.toBe('');
    expect(await page.getByTestId('unavailable-summary').textContent()).toContain(taxLabel);
  });

  it('works from the keyboard alone: type, Enter, ↓ into the results, Enter opens the list', async () => {
    const { person } = target;
    await page.goto(`${portal.url}/search`);
    await page.keyboard.type(toHiragana(`${person.surnameKana} ${person.givenNameKana}`));
    await page.keyboard.press('Enter');
    await page.locator('#results-title').waitFor();
    const labels = await resultLinks(page).allTextContents();
    const index = labels.findIndex((text) => text.includes(`宛名番号 ${person.atenaNo}`));
    expect(index, 'the person is among the results').toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
    expect(await page.evaluate('document.activeElement && document.activeElement.textContent')).toContain(`宛名番号 ${person.atenaNo}`);
    await page.keyboard.press('Enter');
    await waitForList(page, target.members.length);
    expect(new URL(page.url()).pathname).toBe(`/household/${target.household.householdNo}`);
  });

  it('asked for nothing outside the machine during the whole session', () => {
    expect(requests.length).toBeGreaterThan(20);
    const outside = requests.filter((url) => !/^(data|blob):/.test(url) && !/^(https?|wss?):\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(url));
    expect(outside).toEqual([]);
  });
});
