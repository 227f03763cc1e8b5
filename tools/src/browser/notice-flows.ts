/**
 * What a caseworker does with change notices in the portal, for the browser tests: by the
 * labels and roles a person finds things by, plus the few data attributes the inbox exposes
 * for a notice's identity and state (data-notice-id, data-status, data-new).
 */
import type { Page } from 'playwright-core';

/** Opens the inbox from the navigation and waits until its live channel is connected. */
export async function openInbox(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: /異動通知/ }).click();
  await page.waitForURL((url) => url.pathname === '/notices');
  await page.locator('[data-testid="live-status"][data-state="live"]').waitFor({ timeout: 30_000 });
}

/** A tab of the inbox (未読, 確認済, 処理済), waiting for its list or its empty message. */
export async function openTab(page: Page, label: '未読' | '確認済' | '処理済'): Promise<void> {
  await page.getByRole('navigation', { name: '通知の区分' }).getByRole('link', { name: new RegExp(`^${label}`) }).click();
  await page.locator(`nav[aria-label="通知の区分"] a[aria-current="page"]`).filter({ hasText: label }).waitFor();
  await page.locator('[data-testid="notices"], [data-testid="notices-empty"]').first().waitFor();
}

/** The inbox's row of one notice. */
export function noticeRow(page: Page, noticeId: string) {
  return page.locator(`[data-testid="notice"][data-notice-id="${noticeId}"]`);
}

/** The notice ids of the current tab, top to bottom. */
export async function shownNoticeIds(page: Page): Promise<string[]> {
  return page.getByTestId('notice').evaluateAll((rows) => rows.map((row) => (row as unknown as { getAttribute(name: string): string | null }).getAttribute('data-notice-id') ?? ''));
}

/** The unread count the navigation's badge shows, once it shows one. */
export async function badgeCount(page: Page): Promise<number> {
  const badge = page.getByTestId('unread-badge');
  await badge.waitFor();
  return Number(await badge.getAttribute('data-count'));
}

/** Waits until the badge shows `count`. */
export async function waitForBadge(page: Page, count: number): Promise<void> {
  await page.locator(`[data-testid="unread-badge"][data-count="${count}"]`).waitFor();
}

/** Waits until a tab's label shows `count` (the counts follow each answer of the list). */
export async function waitForTabCount(page: Page, status: 'UNREAD' | 'ACKNOWLEDGED' | 'RESOLVED', count: number): Promise<void> {
  await page.getByTestId(`tab-${status}`).locator('.notice-tabs__count', { hasText: new RegExp(`^${count}$`) }).waitFor();
}

/** Signs out from the header; ends on the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'サインアウト' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/signin'));
}
