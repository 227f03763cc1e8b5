/**
 * Registering an application in real Chromium against the whole system: a caseworker searches a
 * person outside their caseload, the portal says why the household's list stays closed, the
 * caseworker registers the application (保護申請の登録) and the household's list opens.
 */
import { join } from 'node:path';
import { dataDir } from '@smart-casework/kit';
import type { City, CityHousehold, CityPerson } from '@smart-casework/kit/city';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatWareki } from '../../../web/src/lib/format';
import { buildPortal, startPortal, type Portal } from '../portal';
import { startStack, type Stack } from '../stack';
import { browserSkipReason, launchBrowser, type Browser } from './chromium';
import { fillSearch, openResult, signIn, submitSearch, toHiragana, waitForList } from './flows';
import { shownMembers } from './screen';

/** A household of two or more residents that nobody assists or investigates, and its last member. */
function pickOutsider(city: City) {
  const persons = new Map(city.persons.map((p) => [p.atenaNo, p]));
  const household = city.households.find((h) => !h.assistance && !h.application && h.memberAtenaNos.length >= 2 && h.memberAtenaNos.every((no) => persons.get(no)?.status === '住民')) as CityHousehold;
  const person = persons.get(household.memberAtenaNos.at(-1) ?? '') as CityPerson;
  return { household, person };
}

describe.skipIf(browserSkipReason())('registering an application in Chromium', { timeout: 90_000 }, () => {
  let stack: Stack;
  let portal: Portal;
  let browser: Browser;
  let page: Page;
  let target: ReturnType<typeof pickOutsider>;

  beforeAll(async () => {
    const [started, built] = await Promise.allSettled([startStack(), buildPortal()]);
    if (started.status === 'fulfilled') stack = started.value;
    if (built.status === 'rejected' || started.status === 'rejected') throw built.status === 'rejected' ? built.reason : (started as PromiseRejectedResult).reason;
    portal = await startPortal({ gatewayUrl: stack.gatewayUrl, logDir: join(dataDir(), 'logs', 'browser-application') });
    await Promise.all(['/signin', '/', '/search'].map((path) => fetch(`${portal.url}${path}`, { redirect: 'manual' })));
    browser = await launchBrowser();
    page = await browser.context.newPage();
    target = pickOutsider(stack.city);
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await stack?.stop();
  });

  it('cw001 searches a person outside their caseload and is told why the list stays closed', async () => {
    const { person } = target;
    await signIn(page, portal.url, 'cw001');
    await fillSearch(page, portal.url, { query: toHiragana(`${person.surnameKana} ${person.givenNameKana}`), birth: formatWareki(person.birthDate) });
    await submitSearch(page);
    await openResult(page, person.atenaNo);
    const refusal = page.getByTestId('outside-caseload');
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.textContent()).toContain('担当ケース・担当している保護申請に含まれていない');
    expect(new URL(page.url()).pathname).toBe(`/person/${person.atenaNo}`);
    const summary = (await page.getByTestId('person-summary').textContent()) ?? '';
    expect(summary).toContain(`${person.surname}\u3000${person.givenName}`);
    // Nothing of the household is shown before the application.
    expect(await page.getByTestId('member').count()).toBe(0);
  });

  it('registers the application and opens the household\'s investigation list', async () => {
    const form = page.getByRole('form', { name: '保護申請を登録する' });
    // 申請日 defaults to the portal's today (the demo city's reference day under the tests).
    expect(await form.getByLabel('申請日').inputValue()).toBe(process.env.SC_TODAY);
    await form.getByLabel('延長理由（任意）').fill('扶養義務者の資産調査に日時を要するため');
    await form.getByRole('button', { name: '保護申請を登録する' }).click();
    const opened = page.waitForURL((url) => url.pathname === `/household/${target.household.householdNo}`, { timeout: 30_000 }).then(() => null);
    const refused = form.getByRole('alert').waitFor({ timeout: 30_000 }).then(async () => form.getByRole('alert').textContent());
    expect(await Promise.race([opened, refused]), 'the form reported an error').toBeNull();
    await opened;
    await waitForList(page, target.household.memberAtenaNos.length);
    expect(await shownMembers(page)).toEqual(target.household.memberAtenaNos);
    expect(new URL(page.url()).searchParams.get('focus')).toBe(target.person.atenaNo);
  });

  it("lists the new application among cw001's applications on the home page", async () => {
    await page.goto(`${portal.url}/`);
    // Visible rows only: while the page streams in, React keeps a hidden copy of a finished table.
    const row = page.getByTestId('applications').locator('tbody tr:visible').filter({ hasText: `${target.person.surname}\u3000${target.person.givenName}` });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.textContent()).toMatch(/A\d{6}/);
  });

  it("opens the list from the household's other member too, now that it is in reach", async () => {
    const other = target.household.memberAtenaNos.find((no) => no !== target.person.atenaNo) ?? '';
    // The household is in reach now: its other member's page opens the list instead of the form.
    await page.goto(`${portal.url}/person/${other}?purpose=investigation`);
    await page.waitForURL((url) => url.pathname === `/household/${target.household.householdNo}`, { timeout: 30_000 });
  });
});
