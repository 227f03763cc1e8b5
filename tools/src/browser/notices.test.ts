/**
 * The notice inbox in real Chromium against the whole system (every subgraph, the gateway with
 * its graphql-ws delivery, `next start` of the built portal): a notice written into the welfare
 * database reaches the open inbox live, without a reload, and the navigation's badge counts it;
 * the caseworker acknowledges it, resolves it with a note, and follows it to the household's
 * investigation list where the changed section is outlined; the supervisor sees the team's.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataDir } from '@smart-casework/kit';
import type { CityHousehold, CityPerson } from '@smart-casework/kit/city';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertNotices, noticeIdOf, type NewNotice } from '../../../subgraphs/welfare/src/data/notices';
import { formatDate, formatYen } from '../../../web/src/lib/format';
import { formatSignedYen } from '../../../web/src/lib/notices';
import { buildPortal, startPortal, type Portal } from '../portal';
import { startStack, type Stack } from '../stack';
import { browserSkipReason, launchBrowser, type Browser } from './chromium';
import { signIn } from './flows';
import { badgeCount, noticeRow, openInbox, openTab, shownNoticeIds, signOut, waitForBadge, waitForTabCount } from './notice-flows';


// The README's notice screenshots come from the demo's real notices (npm run screenshots:notices);
// these are kept for looking at a failed run.
const SCREENSHOTS = mkdtempSync(join(tmpdir(), 'sc-screenshots-'));

/** cw001's case household with the most members, and a member who is not the head. */
function pickTarget(stack: Stack) {
  const persons = new Map(stack.city.persons.map((p) => [p.atenaNo, p]));
  const cases = stack.city.households.filter((h) => h.assistance?.caseworkerId === 'cw001');
  const household = cases.sort((a, b) => b.memberAtenaNos.length - a.memberAtenaNos.length)[0] as CityHousehold;
  const member = persons.get(household.memberAtenaNos.find((no) => no !== household.headAtenaNo) ?? household.memberAtenaNos[0] ?? '') as CityPerson;
  const supervisorId = stack.city.staff.find((s) => s.staffId === 'cw001')?.supervisorId ?? null;
  return { household, member, supervisorId };
}

type Target = ReturnType<typeof pickTarget>;

function notice(target: Target, key: string, fields: Pick<NewNotice, 'source' | 'section' | 'kind' | 'summary' | 'dueDate' | 'estimatedMonthlyImpact' | 'overpaymentPerMonth'>): NewNotice {
  return {
    dedupeKey: `browser-test-${key}`,
    atenaNo: target.member.atenaNo,
    householdNo: target.household.householdNo,
    caseNo: target.household.assistance?.caseNo ?? null,
    applicationNo: null,
    before: null,
    after: null,
    effectiveDate: '2025-09-01',
    detectedAt: '2025-10-01T00:30:00Z',
    assignedTo: 'cw001',
    supervisorId: target.supervisorId,
    ...fields,
  };
}

/** Raised before the inbox opens: one overdue, two due on the same day (the larger overpayment first). */
function earlierNotices(target: Target): NewNotice[] {
  return [
    notice(target, 'later-no-overpayment', { source: 'disability', section: 'disability', kind: '障害等級変更', summary: '障害者手帳の等級が変わりました', dueDate: '2025-10-20', estimatedMonthlyImpact: null, overpaymentPerMonth: null }),
    notice(target, 'overdue', { source: 'tax', section: 'tax', kind: '所得増加', summary: '給与収入が増えました', dueDate: '2025-09-25', estimatedMonthlyImpact: -8000, overpaymentPerMonth: 8000 }),
    notice(target, 'later-large', { source: 'pension', section: 'pension', kind: '年金受給開始', summary: '老齢基礎年金の受給が始まりました', dueDate: '2025-10-20', estimatedMonthlyImpact: -30000, overpaymentPerMonth: 30000 }),
  ];
}

const LIVE = { source: 'child', section: 'childBenefits', kind: '児童扶養手当額変更', summary: '児童扶養手当の月額が改定されました', dueDate: '2025-10-15', estimatedMonthlyImpact: -12340, overpaymentPerMonth: 12340 } as const;

const rowText = async (page: Page, id: string) => (await noticeRow(page, id).textContent()) ?? '';

// Generous per test: under `npx vitest run` the browser shares the CPUs with every other suite.
describe.skipIf(browserSkipReason())('the notice inbox in Chromium', { timeout: 90_000 }, () => {
  let stack: Stack;
  let portal: Portal;
  let browser: Browser;
  let page: Page;
  let target: Target;
  const requests: string[] = [];
  const ids = { overdue: noticeIdOf('browser-test-overdue'), large: noticeIdOf('browser-test-later-large'), none: noticeIdOf('browser-test-later-no-overpayment'), live: noticeIdOf('browser-test-live'), offline: noticeIdOf('browser-test-offline') };

  beforeAll(async () => {
    const [started, built] = await Promise.allSettled([startStack(), buildPortal()]);
    if (started.status === 'fulfilled') stack = started.value;
    if (built.status === 'rejected' || started.status === 'rejected') throw built.status === 'rejected' ? built.reason : (started as PromiseRejectedResult).reason;
    portal = await startPortal({ gatewayUrl: stack.gatewayUrl, logDir: join(dataDir(), 'logs', 'browser-notices') });
    await Promise.all(['/signin', '/', '/notices', '/api/notices/stream'].map((path) => fetch(`${portal.url}${path}`, { redirect: 'manual' })));
    browser = await launchBrowser();
    browser.context.on('request', (request) => requests.push(request.url()));
    page = await browser.context.newPage();
    page.on('websocket', (socket) => requests.push(socket.url()));
    target = pickTarget(stack);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await insertNotices(welfareDb(), earlierNotices(target));
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await stack?.stop();
  });

  function welfareDb() {
    const welfare = stack.departments.get('welfare');
    if (!welfare) throw new Error('the stack has no welfare department');
    return welfare.db;
  }

  it("signs in as cw001: the caseload counts the case's unread notices, the inbox lists them by due date, then overpayment", async () => {
    await signIn(page, portal.url, 'cw001');
    const caseRow = page.getByTestId('caseload').locator('tbody tr', { hasText: target.household.assistance?.caseNo ?? '' });
    expect((await caseRow.locator('td').last().textContent())?.trim()).toBe('3');
    expect(await badgeCount(page)).toBe(3);
    await openInbox(page);
    await noticeRow(page, ids.overdue).waitFor();
    expect(await shownNoticeIds(page)).toEqual([ids.overdue, ids.large, ids.none]);
    await waitForTabCount(page, 'UNREAD', 3);
    const overdue = noticeRow(page, ids.overdue);
    expect(await overdue.getAttribute('class')).toContain('notice--overdue');
    const text = await rowText(page, ids.overdue);
    for (const expected of ['期限超過', formatDate('2025-09-25'), '所得増加', '給与収入が増えました', target.member.surname, formatSignedYen(-8000), formatYen(8000), '減額']) expect(text).toContain(expected);
    expect(await rowText(page, ids.large)).not.toContain('期限超過');
  });

  it('a notice raised while the inbox is open appears at the top, marked 新着, and the badge counts it — without a reload', async () => {
    await page.evaluate('window.__sameDocument = true');
    await insertNotices(welfareDb(), [notice(target, 'live', LIVE)]);
    const row = noticeRow(page, ids.live);
    await row.waitFor({ timeout: 30_000 });
    expect(await row.getAttribute('data-new')).toBe('true');
    expect((await shownNoticeIds(page))[0]).toBe(ids.live);
    const text = await rowText(page, ids.live);
    for (const expected of ['新着', LIVE.kind, LIVE.summary, formatDate(LIVE.dueDate), '-12,340円', '12,340円']) expect(text).toContain(expected);
    await waitForBadge(page, 4);
    expect(await page.evaluate('window.__sameDocument === true')).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'notices.png') });
  });

  it('a notice raised while the portal is down arrives when it is back (caught up from the last cursor)', async () => {
    const port = Number(new URL(portal.url).port);
    await portal.stop();
    await page.locator('[data-testid="live-status"][data-state="reconnecting"]').waitFor({ timeout: 30_000 });
    await insertNotices(welfareDb(), [notice(target, 'offline', { ...LIVE, kind: '児童手当変更', summary: '児童手当の対象児童数が変わりました', dueDate: '2025-10-31' })]);
    portal = await startPortal({ gatewayUrl: stack.gatewayUrl, logDir: join(dataDir(), 'logs', 'browser-notices'), port });
    const row = noticeRow(page, ids.offline);
    await row.waitFor({ timeout: 30_000 });
    expect(await row.getAttribute('data-new')).toBe('true');
    await waitForBadge(page, 5);
    expect((await shownNoticeIds(page)).slice(0, 2)).toEqual([ids.live, ids.offline]);
    expect(await page.evaluate('window.__sameDocument === true')).toBe(true);
  });

  it('確認 moves the notice to 確認済 and the badge down', async () => {
    await noticeRow(page, ids.live).getByRole('button', { name: /^確認/ }).click();
    await noticeRow(page, ids.live).waitFor({ state: 'detached' });
    await waitForBadge(page, 4);
    await openTab(page, '確認済');
    expect(await noticeRow(page, ids.live).getAttribute('data-status')).toBe('ACKNOWLEDGED');
    expect(await rowText(page, ids.live)).toContain('確認済');
  });

  it('処理済 needs a note: a blank one is refused in Japanese, a written one resolves the notice', async () => {
    const row = noticeRow(page, ids.live);
    await row.getByRole('button', { name: /^処理済にする/ }).click();
    await row.getByLabel('処理内容（必須）').fill('　 ');
    await row.getByRole('button', { name: '記録して処理済にする' }).click();
    expect(await row.getByRole('alert').textContent()).toContain('処理内容（メモ）を入力してください');
    await row.getByLabel('処理内容（必須）').fill('児童扶養手当の改定を収入認定に反映し、10月分から保護費を変更');
    await row.getByRole('button', { name: '記録して処理済にする' }).click();
    await row.waitFor({ state: 'detached' });
    await openTab(page, '処理済');
    expect(await noticeRow(page, ids.live).getAttribute('data-status')).toBe('RESOLVED');
    expect(await rowText(page, ids.live)).toContain('10月分から保護費を変更');
    await waitForTabCount(page, 'RESOLVED', 1);
  });

  it("links to the household's investigation list with the member's changed section outlined and in view", async () => {
    await noticeRow(page, ids.live).getByRole('link', { name: LIVE.summary }).click();
    await page.waitForURL((url) => url.pathname === `/household/${target.household.householdNo}`);
    const changed = page.locator('[data-changed="true"]');
    await changed.waitFor({ timeout: 30_000 });
    expect(await changed.count()).toBe(1);
    expect(await changed.getAttribute('data-department')).toBe('child');
    expect(await changed.textContent()).toContain('異動あり');
    const member = page.locator(`[data-testid="member"][data-atena-no="${target.member.atenaNo}"] [data-changed="true"]`);
    expect(await member.count()).toBe(1);
    const inView = "(() => { const r = document.querySelector('[data-changed=\"true\"]').getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })()";
    await page.waitForFunction(inView);
    expect(await page.getByTestId('notice-banner').textContent()).toContain(LIVE.summary);
    expect(await page.getByTestId('list-meta').textContent()).toContain('異動通知の処理');
    await page.screenshot({ path: join(SCREENSHOTS, 'notice-household.png') });
  });

  it("the supervisor sees the team's notices with the caseworker in charge, and can keep only the overdue", async () => {
    await signOut(page);
    await signIn(page, portal.url, 'sv001');
    await openInbox(page);
    await noticeRow(page, ids.overdue).waitFor();
    const caseworker = stack.city.staff.find((s) => s.staffId === 'cw001')?.name ?? 'cw001';
    expect(await page.locator('table[data-testid="notices"] thead').textContent()).toContain('担当');
    expect(await rowText(page, ids.overdue)).toContain(caseworker);
    await page.getByLabel('期限超過のみ').check();
    await page.waitForURL((url) => url.searchParams.get('overdue') === '1');
    await page.locator('table[data-testid="notices"] caption', { hasText: /^1 件/ }).waitFor();
    expect(await shownNoticeIds(page)).toEqual([ids.overdue]);
    await page.screenshot({ path: join(SCREENSHOTS, 'notices-team.png') });
  });

  it('asked for nothing outside the machine during the whole session', () => {
    expect(requests.some((url) => url.endsWith('/api/notices/stream'))).toBe(true);
    const outside = requests.filter((url) => !/^(data|blob):/.test(url) && !/^(https?|wss?):\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(url));
    expect(outside).toEqual([]);
  });
});
