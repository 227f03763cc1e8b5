/**
 * The system Chromium driven by playwright-core (which downloads no browser): headless, no
 * sandbox (CI runs as root), nothing that phones home, and a fresh profile per launch so no
 * cookie or cache of an earlier run changes what a test sees.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Chromium's path: CHROMIUM_PATH, else the first of the usual places that exists. */
export function chromiumPath(): string | undefined {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return existsSync(configured) ? configured : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * Why the browser tests cannot run here, or undefined when they can. Under CI=true a missing
 * Chromium is an error (.ci/run installs it); elsewhere the tests are skipped with this message.
 */
export function browserSkipReason(): string | undefined {
  if (chromiumPath()) return undefined;
  const missing = `Chromium not found (${process.env.CHROMIUM_PATH ?? CANDIDATES.join(', ')})`;
  const install = 'Install it with `apt-get install -y chromium fonts-noto-cjk` or set CHROMIUM_PATH.';
  if (process.env.CI === 'true') throw new Error(`${missing}: the browser tests are required under CI=true (.ci/run installs it). ${install}`);
  const message = `${missing}: browser tests SKIPPED. ${install}`;
  console.warn(`\n⚠ ${message}\n`);
  return message;
}

// --headless is added by playwright from `headless: true`; --user-data-dir from the profile argument.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
  '--lang=ja-JP',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A headless Chromium with a fresh profile, a 1280×800 window, Japanese locale and Tokyo time. */
export async function launchBrowser(options: { downloadsPath?: string } = {}): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found');
  const profile = await mkdtemp(join(tmpdir(), 'sc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 800 },
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    acceptDownloads: true,
    ...(options.downloadsPath ? { downloadsPath: options.downloadsPath } : {}),
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
