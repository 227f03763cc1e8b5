/**
 * What a caseworker does in the portal, as the browser tests and the benchmark do it: by the
 * labels and roles a person (or a screen reader) finds things by, not by CSS classes.
 */
import { DEPARTMENTS } from '@smart-casework/kit';
import type { Page } from 'playwright-core';

/** The departments with a section in the investigation list: those that add one to Resident. */
export const SECTION_DEPARTMENTS = DEPARTMENTS.filter((d) => d.section !== null).map((d) => d.name);

/** カタカナ → ひらがな: how a caseworker types a reading. */
export function toHiragana(katakana: string): string {
  return katakana.replace(/[\u30A1-\u30F6]/g, (ch) => String.fromCharCode((ch.codePointAt(0) ?? 0) - 0x60));
}

/** Signs in on the dev sign-in page by picking a seeded staff member; ends on the home page. */
export async function signIn(page: Page, portalUrl: string, staffId: string): Promise<void> {
  await page.goto(`${portalUrl}/signin`);
  await page.getByRole('button', { name: staffId, exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
}

export interface SearchInput {
  /** Name or reading as typed, e.g. 「すずき みのる」. */
  query: string;
  /** Birth date as typed (optional). */
  birth?: string;
}

/** Opens the search page and fills the form (without submitting). */
export async function fillSearch(page: Page, portalUrl: string, input: SearchInput): Promise<void> {
  await page.goto(`${portalUrl}/search`);
  await page.getByLabel('氏名（漢字・かな）または宛名番号').fill(input.query);
  if (input.birth) await page.getByLabel('生年月日（任意）').fill(input.birth);
}

/** Submits the search form and waits for the results to be shown. */
export async function submitSearch(page: Page): Promise<void> {
  await page.getByRole('search', { name: '住民検索' }).getByRole('button', { name: '検索' }).click();
  await page.locator('#results-title').waitFor();
}

/** The search results' links, one per person found. */
export function resultLinks(page: Page) {
  return page.getByTestId('search-results').locator('a[data-result]');
}

/** Opens the found person's household: the link that shows their 宛名番号. */
export async function openResult(page: Page, atenaNo: string): Promise<void> {
  await resultLinks(page).filter({ hasText: `宛名番号 ${atenaNo}` }).click();
}

/**
 * Waits until the investigation list shows `members` members with every department's section
 * each (the list is rendered at once, from one query).
 */
export async function waitForList(page: Page, members: number, departments = SECTION_DEPARTMENTS.length, timeout = 30_000): Promise<void> {
  const sections = page.locator('[data-testid="member"] [data-department]');
  await sections.nth(members * departments - 1).waitFor({ timeout });
  // While React streams the page, the resolved list can sit in the DOM twice (hidden, then
  // swapped in): the counts settle a moment later.
  const deadline = Date.now() + timeout;
  let shown: [number, number] = [0, 0];
  do {
    shown = await Promise.all([page.getByTestId('member').count(), sections.count()]);
    if (shown[0] === members && shown[1] === members * departments) return;
    await page.waitForTimeout(100);
  } while (Date.now() < deadline);
  throw new Error(`the list shows ${shown[0]} members and ${shown[1]} sections; expected ${members} and ${members * departments}`);
}
