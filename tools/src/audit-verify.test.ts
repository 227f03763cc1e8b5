import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The tool reads the configured audit database: point DATA_DIR at a scratch folder first.
const dir = mkdtempSync(join(tmpdir(), 'sc-audit-verify-'));
process.env.DATA_DIR = dir;
for (const name of ['AUDIT_DB_CLIENT', 'AUDIT_DB_URL', 'AUDIT_ANCHOR_FILE', 'AUDIT_CHAIN_KEY']) delete process.env[name];
const { AUDIT_TABLE, createAuditWriter, createLogger, DEV_AUDIT_CHAIN_KEY, openAuditDb } = await import('@smart-casework/kit');
const { sampleAuditEntries } = await import('@smart-casework/kit/testing');
const { auditVerify } = await import('./audit-verify');
type Knex = Awaited<ReturnType<typeof openAuditDb>>;

async function verify(...args: string[]): Promise<{ status: number; output: string }> {
  const lines: string[] = [];
  const status = await auditVerify(args, (line) => lines.push(line));
  return { status, output: lines.join('\n') };
}

describe('npm run audit:verify', () => {
  let db: Knex;
  let headHash = '';

  beforeAll(async () => {
    db = await openAuditDb({ client: 'better-sqlite3', url: join(dir, 'audit.sqlite') });
    const writer = createAuditWriter({ db, key: DEV_AUDIT_CHAIN_KEY, logger: createLogger('test'), anchorFile: join(dir, 'audit-anchor.json') });
    await writer.append(sampleAuditEntries(10));
    await writer.close();
    headHash = writer.head?.hash ?? '';
  });
  afterAll(async () => {
    await db?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes an untouched chain, checked against the writer\'s anchor file', async () => {
    const { status, output } = await verify();
    expect(output).toContain('記録数 / entries        : 10');
    expect(output).toMatch(/anchor\s+: seq 10 .* from the anchor file/);
    expect(output).toContain('no tampering found');
    expect(status).toBe(0);
  });

  it('names each tampered entry and exits with 1', async () => {
    await db(AUDIT_TABLE).where({ seq: 4 }).update({ purpose: 'audit' });
    await db(AUDIT_TABLE).where('seq', '>', 8).delete();
    const { status, output } = await verify();
    expect(output).toMatch(/seq +4 +改ざん altered/);
    expect(output).toMatch(/seq +9 +末尾削除 truncated/);
    expect(status).toBe(1);
  });

  it('takes the anchor from --anchor instead of the file', async () => {
    expect((await verify('--anchor', `8:${headHash}`)).output).toMatch(/seq +8 +末尾削除 truncated/);
    expect((await verify('--anchor', 'nonsense')).status).toBe(2);
  });
});
