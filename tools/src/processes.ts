import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEPARTMENTS, departmentUrl, repoRoot } from '@smart-casework/kit';

/** Runs the services as child processes (one PID each), with logs in files. */
export class ProcessGroup {
  private readonly children: { name: string; child: ChildProcess }[] = [];
  private stopping = false;

  constructor(
    private readonly logDir: string,
    private readonly options: { verbose?: boolean; env?: NodeJS.ProcessEnv; onCrash?: (name: string) => void } = {},
  ) {
    mkdirSync(logDir, { recursive: true });
  }

  /**
   * Starts `node <args>` (e.g. `--import tsx <file>`) and keeps its output in `<logDir>/<name>.log`;
   * `env` adds to the group's environment for this process alone.
   */
  start(name: string, args: string[], cwd = repoRoot, env: NodeJS.ProcessEnv = {}): void {
    const log = createWriteStream(join(this.logDir, `${name}.log`), { flags: 'a' });
    const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1', ...this.options.env, ...env };
    const child = spawn(process.execPath, args, { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      stream.pipe(log);
      if (this.options.verbose) stream.on('data', (chunk: Buffer) => process.stdout.write(`[${name}] ${chunk}`));
    }
    child.on('exit', (code, signal) => {
      if (this.stopping) return;
      console.error(`✖ ${name} exited (${signal ?? code}); see ${join(this.logDir, `${name}.log`)}`);
      this.options.onCrash?.(name);
    });
    this.children.push({ name, child });
  }

  /** Starts every department's subgraph and waits until each answers its health check. */
  async startDepartments(): Promise<void> {
    for (const entry of DEPARTMENTS) this.start(entry.name, ['--import', 'tsx', `subgraphs/${entry.name}/src/index.ts`]);
    const env = { ...process.env, ...this.options.env };
    await Promise.all(DEPARTMENTS.map((entry) => this.waitFor(entry.name, departmentUrl(entry, env).replace(/\/graphql$/, '/healthz'))));
  }

  async waitFor(name: string, url: string, timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && !this.stopping) {
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
        if (response.status < 500) return;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 300));
    }
    if (!this.stopping) throw new Error(`${name} did not come up at ${url} within ${timeoutMs / 1000} s (logs: ${this.logDir})`);
  }

  /** Each running service's process id, by name (e.g. for the benchmark's CPU time per service). */
  pids(): Map<string, number> {
    return new Map(this.children.flatMap(({ name, child }) => (child.pid !== undefined && child.exitCode === null ? [[name, child.pid] as const] : [])));
  }

  async stop(): Promise<void> {
    this.stopping = true;
    for (const { child } of this.children) if (child.exitCode === null) child.kill('SIGTERM');
    const force = setTimeout(() => this.children.forEach(({ child }) => child.kill('SIGKILL')), 5000);
    await Promise.all(this.children.map(({ child }) => (child.exitCode !== null || child.signalCode !== null ? undefined : new Promise((r) => child.once('exit', r)))));
    clearTimeout(force);
  }
}
