/**
 * The caseworker's flow timed in Chromium: search by a member's reading (in hiragana) and birth
 * date, submit, open the household; from the submit to the investigation list on screen.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { dataDir } from '@smart-casework/kit';
import { chromiumPath, launchBrowser } from '../browser/chromium';
import { fillSearch, openResult, SECTION_DEPARTMENTS, signIn, submitSearch, toHiragana, waitForList } from '../browser/flows';
import { buildPortal, startPortal } from '../portal';
import type { PortalTiming } from './report';
import { summarise } from './load';

interface Target {
  householdNo: string;
  members: number;
  person: { atenaNo: string; nameKana: string; birthDate: string };
}

const CASELOAD = `query BenchCaseload { myCaseload { household { householdNo members { atenaNo nameKana birthDate } } } }`;

/** Households of the supervisor's team (readable by sv001), each with the member to look up. */
async function targets(gatewayUrl: string, token: string, count: number): Promise<Target[]> {
  const response = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': 'case-review' },
    body: JSON.stringify({ query: CASELOAD }),
  });
  const body = (await response.json()) as { data?: { myCaseload: { household: { householdNo: string; members: Target['person'][] } }[] } };
  const cases = body.data?.myCaseload ?? [];
  // The largest households first: the list the caseworker waits for longest.
  const bySize = [...cases].sort((a, b) => b.household.members.length - a.household.members.length);
  return bySize.slice(0, count).flatMap(({ household }) => {
    // The last member: often a child or a spouse, not always the head.
    const person = household.members.at(-1);
    return person ? [{ householdNo: household.householdNo, members: household.members.length, person }] : [];
  });
}

interface Marks {
  submitted: number;
  results: number;
  opened: number;
  painted: number;
}

/**
 * Timestamps taken inside the page (its own clock, no round trips to the test driver): the
 * search submitted, results shown, a result clicked, and the first frame painted after the list
 * holds every member's every section. A script string: it runs in the browser, not in Node.
 */
const MARKS_SCRIPT = (sections: number) => `(() => {
  const marks = {};
  window.__marks = marks;
  document.addEventListener('submit', () => { marks.submitted ??= performance.now(); }, { capture: true });
  document.addEventListener('click', (event) => {
    if (event.target && event.target.closest && event.target.closest('a[data-result]')) marks.opened ??= performance.now();
  }, { capture: true });
  const observer = new MutationObserver(() => {
    if (!marks.results && document.querySelector('#results-title')) marks.results = performance.now();
    if (document.querySelectorAll('[data-testid="member"] [data-department]').length >= ${sections}) {
      observer.disconnect();
      requestAnimationFrame(() => { marks.painted = performance.now(); });
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
})()`;

async function installMarks(page: Page, sections: number): Promise<void> {
  await page.evaluate(MARKS_SCRIPT(sections));
}

async function readMarks(page: Page): Promise<Marks> {
  await page.waitForFunction('window.__marks && window.__marks.painted !== undefined');
  const marks = (await page.evaluate('window.__marks')) as Partial<Marks>;
  if (marks.submitted === undefined || marks.results === undefined || marks.opened === undefined || marks.painted === undefined) throw new Error(`incomplete timing marks: ${JSON.stringify(marks)}`);
  return marks as Marks;
}

/**
 * Builds and starts the portal on `port` against the gateway, signs in as sv001 and times the
 * flow for `households` households after one warm-up. Skipped (with the reason) without Chromium.
 */
export async function benchPortal(options: { gatewayUrl: string; token: string; port: number; households: number }): Promise<PortalTiming | { skipped: string }> {
  if (!chromiumPath()) return { skipped: 'Chromium not found (apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH).' };
  const all = await targets(options.gatewayUrl, options.token, options.households + 1);
  if (all.length < 2) throw new Error('the supervisor has too few cases to measure the portal');
  await buildPortal();
  const portal = await startPortal({ gatewayUrl: options.gatewayUrl, port: options.port, logDir: join(dataDir(), 'logs', 'bench') });
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await signIn(page, portal.url, 'sv001');
    const total: number[] = [];
    const search: number[] = [];
    const open: number[] = [];
    for (const [i, target] of all.entries()) {
      await fillSearch(page, portal.url, { query: toHiragana(target.person.nameKana), birth: target.person.birthDate });
      await installMarks(page, target.members * SECTION_DEPARTMENTS.length);
      await submitSearch(page);
      await openResult(page, target.person.atenaNo);
      await waitForList(page, target.members);
      const marks = await readMarks(page);
      if (i === 0) continue; // the first warms Next's and the gateway's caches
      total.push(marks.painted - marks.submitted);
      search.push(marks.results - marks.submitted);
      open.push(marks.painted - marks.opened);
    }
    const stats = summarise(total);
    return {
      households: total.length,
      members: all.slice(1).reduce((sum, t) => sum + t.members, 0) / total.length,
      p50Ms: stats.p50Ms,
      p95Ms: stats.p95Ms,
      meanMs: stats.meanMs,
      maxMs: stats.maxMs,
      phases: { searchP50Ms: summarise(search).p50Ms, openP50Ms: summarise(open).p50Ms },
    };
  } finally {
    await browser.close();
    await portal.stop();
  }
}
