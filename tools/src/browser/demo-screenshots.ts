/**
 * `npm run screenshots:notices`: the README's change-notice screenshots, taken from the running
 * demo (`npm run demo`, then `npm run simulate` and `npm run watch -- --once`), so they show the
 * notices the watcher really raised for cw001 rather than test fixtures.
 */
import { join } from 'node:path';
import { repoRoot } from '@smart-casework/kit';
import { launchBrowser } from './chromium';
import { signIn } from './flows';
import { openInbox } from './notice-flows';

const portalUrl = process.env.PORTAL_URL ?? 'http://localhost:3000';
const dir = join(repoRoot, 'docs', 'screenshots');
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  await signIn(page, portalUrl, 'cw001');
  await openInbox(page);
  const first = page.getByTestId('notice').first();
  await first.waitFor({ timeout: 30_000 });
  await page.screenshot({ path: join(dir, 'notices.png') });
  // A notice about a member still in the household: its section is outlined on the list.
  await page.getByTestId('notice').filter({ hasText: '児童扶養手当額変更' }).first().getByRole('link').first().click();
  await page.locator('[data-testid="member"]').first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1000); // the outlined section scrolls into view
  await page.screenshot({ path: join(dir, 'notice-household.png') });
  await page.context().clearCookies();
  await signIn(page, portalUrl, 'sv001');
  await openInbox(page);
  await page.getByTestId('notice').first().waitFor({ timeout: 30_000 });
  await page.screenshot({ path: join(dir, 'notices-team.png') });
  console.log(`written notices.png, notice-household.png and notices-team.png to ${dir}`);
} finally {
  await browser.close();
}
