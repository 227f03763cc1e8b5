/**
 * The portal as it runs in production: built once (`next build` through turbo, so codegen and
 * composition come first and an unchanged portal is restored from turbo's cache) and served
 * with `next start` on a free port, talking to a given gateway.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from '@smart-casework/kit';
import { ProcessGroup } from './processes';

const NEXT_BIN = join(repoRoot, 'node_modules/next/dist/bin/next');
const TURBO_BIN = join(repoRoot, 'node_modules/turbo/bin/turbo');

/** A port nobody listens on right now (the portal takes it a moment later). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

// Vitest sets NODE_ENV=test, which Next refuses to build or serve properly with.
const PRODUCTION = { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1' };

let built: Promise<void> | undefined;

/** Runs `turbo run build --filter=@smart-casework/web` once per process; rejects with the build's output. */
export function buildPortal(): Promise<void> {
  built ??= new Promise((resolve, reject) => {
    const args = [TURBO_BIN, 'run', 'build', '--filter=@smart-casework/web', '--output-logs=errors-only', '--log-prefix=none'];
    const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...process.env, ...PRODUCTION }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`portal build failed (exit ${code}):\n${output.slice(-4000)}`))));
  });
  return built;
}

export interface Portal {
  url: string;
  stop(): Promise<void>;
}

/** How to run `next start` of the built portal on `port` against a gateway (for a ProcessGroup). */
export function portalProcess(port: number, gatewayUrl: string): { args: string[]; cwd: string; env: NodeJS.ProcessEnv } {
  const url = `http://localhost:${port}`;
  return {
    args: [NEXT_BIN, 'start', '-p', String(port)],
    cwd: join(repoRoot, 'web'),
    env: { ...PRODUCTION, AUTH_MODE: process.env.AUTH_MODE ?? 'dev', GATEWAY_URL: new URL(gatewayUrl).origin, PORTAL_URL: process.env.PORTAL_URL ?? url, PORTAL_PORT: String(port) },
  };
}

/**
 * `next start` of the built portal with GATEWAY_URL set to `gatewayUrl`'s origin; resolves when
 * it answers. Logs go to `<logDir>/web.log`.
 */
export async function startPortal(options: { gatewayUrl: string; logDir: string; port?: number; env?: NodeJS.ProcessEnv }): Promise<Portal> {
  const port = options.port ?? (await freePort());
  const url = `http://localhost:${port}`;
  const { args, cwd, env: portalEnv } = portalProcess(port, options.gatewayUrl);
  const env = { ...portalEnv, ...options.env };
  let exited: (name: string) => void = () => {};
  const crash = new Promise<never>((_, reject) => {
    exited = () => reject(new Error(`the portal exited; see ${join(options.logDir, 'web.log')}`));
  });
  crash.catch(() => {}); // a crash after start-up is the test's to notice
  const group = new ProcessGroup(options.logDir, { env, onCrash: (name) => exited(name) });
  group.start('web', args, cwd);
  try {
    await Promise.race([group.waitFor('web', `${url}/`, 60_000), crash]);
  } catch (error) {
    await group.stop();
    throw error;
  }
  return { url, stop: () => group.stop() };
}
