/**
 * A department's delta file reaching the open inbox in real Chromium: cw001 has the inbox open;
 * the child-allowance file is imported (importDelta, as the CLI calls it) and the watcher sweeps;
 * the notice arrives live, without a reload, the badge counts it, and its link opens the
 * household with the changed section outlined. The story is the end-to-end test's
 * (e2e/delta-story.ts); the portal and stack are started as in notices.test.ts.
 */
import { join } from 'node:path';
import { delta as childDelta } from '@smart-casework/child/delta';
import { dataDir, importDelta } from '@smart-casework/kit';
import { gatewayClient, runSweep } from '@smart-casework/welfare/watcher/sweep';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSignedYen } from '../../../web/src/lib/notices';
import { deltaCity, deltaFiles, NOVEMBER, partialAmount, pickDeltaStory, type DeltaFiles, type DeltaStory } from '../e2e/delta-story';
import { buildPortal, startPortal, type Portal } from '../portal';
import { startStack, type Stack } from '../stack';
import { browserSkipReason, launchBrowser, type Browser } from './chromium';
import { signIn } from './flows';
import { noticeRow, openInbox, shownNoticeIds, waitForBadge } from './notice-flows';

describe.skipIf(browserSkipReason())('a delta file in the open inbox, in Chromium', { timeout: 90_000 }, () => {
  let stack: Stack;
  let portal: Portal;
  let browser: Browser;
  let page: Page;
  let story: DeltaStory;
  let files: DeltaFiles;
  const db = (name: string) => stack.departments.get(name)!.db;
  const sweep = () => runSweep({ db: db('welfare'), gateway: gatewayClient(stack.gatewayUrl, undefined), holder: 'browser-delta', batchSize: 50 });

  beforeAll(async () => {
    const [started, built] = await Promise.allSettled([startStack({ city: deltaCity() }), buildPortal()]);
    if (started.status === 'fulfilled') stack = started.value;
    if (built.status === 'rejected' || started.status === 'rejected') throw built.status === 'rejected' ? built.reason : (started as PromiseRejectedResult).reason;
    portal = await startPortal({ gatewayUrl: stack.gatewayUrl, logDir: join(dataDir(), 'logs', 'browser-delta-notices') });
    await Promise.all(['/signin', '/', '/notices', '/api/notices/stream'].map((path) => fetch(`${portal.url}${path}`, { redirect: 'manual' })));
    story = pickDeltaStory(stack.city);
    files = await deltaFiles(db('child'), story);
    // The baseline: without it the sweep after the import would record, not notice.
    expect(await sweep()).toMatchObject({ notices: 0, unknownSections: 0 });
    browser = await launchBrowser();
    page = await browser.context.newPage();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await stack?.stop();
  });

  it('the imported change arrives live with the badge, and its link outlines the changed section', async () => {
    await signIn(page, portal.url, 'cw001');
    await openInbox(page);
    await page.getByTestId('notices-empty').waitFor();
    await waitForBadge(page, 0);
    await page.evaluate('window.__sameDocument = true');

    const imported = await importDelta(db('child'), childDelta, new TextEncoder().encode(files.child), 'child-delta.csv');
    expect(imported).toMatchObject({ status: 'applied', applied: 1 });
    expect(await sweep()).toMatchObject({ notices: 1 });
    const stored = await db('welfare')('change_notices').where({ kind: '児童扶養手当額変更', assigned_to: 'cw001' }).first('notice_id', 'summary');
    expect(stored).toBeDefined();

    const row = noticeRow(page, stored.notice_id);
    await row.waitFor({ timeout: 30_000 });
    expect(await row.getAttribute('data-new')).toBe('true');
    expect(await shownNoticeIds(page)).toEqual([stored.notice_id]);
    const text = (await row.textContent()) ?? '';
    for (const expected of ['新着', '児童扶養手当額変更', stored.summary, formatSignedYen(story.allowance.amount - partialAmount(NOVEMBER, 0.5))]) expect(text).toContain(expected);
    await waitForBadge(page, 1);
    expect(await page.evaluate('window.__sameDocument === true')).toBe(true);

    await row.getByRole('link', { name: stored.summary }).click();
    await page.waitForURL((url) => url.pathname === `/household/${story.allowance.household.householdNo}`);
    const changed = page.locator('[data-changed="true"]');
    await changed.waitFor({ timeout: 30_000 });
    expect(await changed.count()).toBe(1);
    expect(await changed.getAttribute('data-department')).toBe('child');
    const recipient = page.locator(`[data-testid="member"][data-atena-no="${story.allowance.recipient.atenaNo}"] [data-changed="true"]`);
    expect(await recipient.count()).toBe(1);
    expect(await page.getByTestId('notice-banner').textContent()).toContain(stored.summary);
  });
});
