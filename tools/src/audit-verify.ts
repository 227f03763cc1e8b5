/**
 * `npm run audit:verify [-- --anchor <seq>:<hash>]`: verifies the audit trail's hash chain in
 * the configured audit database (AUDIT_DB_*, AUDIT_CHAIN_KEY) and names every entry altered,
 * deleted, inserted or forged, and a cut tail when an anchor is known (the writer's anchor file,
 * AUDIT_ANCHOR_FILE, or `--anchor`, e.g. a head copied from elsewhere). Exit code 1 on any problem.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { auditMigrations, auditSettingsFromEnv, AUDIT_TABLE, createDb, migrateLatest, verifyAuditChain, type AuditHead, type AuditProblemKind, type AuditVerification, type DbSettings, type Knex } from '@smart-casework/kit';

const KIND_LABELS: Record<AuditProblemKind, string> = {
  altered: '改ざん altered',
  deleted: '削除 deleted',
  inserted: '挿入 inserted',
  forged: '偽造 forged',
  truncated: '末尾削除 truncated',
};
const MAX_LINES = 200;

/** `--anchor <seq>:<hash>`, null when absent, a message when malformed. */
function parseAnchor(argv: readonly string[]): AuditHead | null | string {
  const index = argv.findIndex((a) => a === '--anchor' || a.startsWith('--anchor='));
  if (index < 0) return null;
  const value = argv[index]?.includes('=') ? argv[index]?.slice('--anchor='.length) : argv[index + 1];
  const match = /^(\d+):([0-9a-f]{64})$/.exec(value ?? '');
  if (!match) return `--anchor must be <seq>:<64 hex digits> (got "${value ?? ''}")\nusage: npm run audit:verify [-- --anchor <seq>:<hash>]`;
  return { seq: Number(match[1]), hash: match[2] as string };
}

const describeDb = (settings: DbSettings) => `${settings.client} ${settings.url.replace(/\/\/[^@]*@/, '//')}`;

/** The audit database, or an empty one when it does not exist yet (so that an anchor can still say what is missing). */
async function openForReading(settings: DbSettings): Promise<{ db: Knex; exists: boolean }> {
  if (settings.client === 'better-sqlite3' && settings.url !== ':memory:' && !existsSync(settings.url)) return { db: await emptyChain(), exists: false };
  const db = createDb(settings);
  if (await db.schema.hasTable(AUDIT_TABLE)) return { db, exists: true };
  await db.destroy();
  return { db: await emptyChain(), exists: false };
}

async function emptyChain(): Promise<Knex> {
  const db = createDb({ client: 'better-sqlite3', url: ':memory:' });
  await migrateLatest(db, auditMigrations);
  return db;
}

function report(result: AuditVerification, source: string, exists: boolean, log: (line: string) => void): void {
  log('監査ログの検証 / Audit trail verification');
  log(`  データベース / database : ${source}${exists ? '' : '（未作成 / does not exist yet）'}`);
  const head = result.head ? `seq ${result.head.seq} (${result.head.hash.slice(0, 16)}…)` : '—';
  log(`  記録数 / entries        : ${result.count.toLocaleString()}   末尾 / head: ${head}`);
  const anchor = result.anchor ? `seq ${result.anchor.seq} (${result.anchor.hash.slice(0, 16)}…) from ${result.anchor.source === 'file' ? 'the anchor file' : '--anchor'}` : 'なし / none';
  log(`  アンカー / anchor       : ${anchor}`);
  for (const note of result.notes) log(`  ⚠ ${note}`);
  if (result.ok) {
    log('✔ 改ざんは見つかりませんでした / no tampering found');
    return;
  }
  log(`✖ ${result.problems.length} 件の問題 / ${result.problems.length} problem(s):`);
  for (const p of result.problems.slice(0, MAX_LINES)) log(`  seq ${String(p.seq).padStart(8)}  ${KIND_LABELS[p.kind].padEnd(20)} ${p.message}`);
  if (result.problems.length > MAX_LINES) log(`  … ほか ${result.problems.length - MAX_LINES} 件 / and ${result.problems.length - MAX_LINES} more`);
}

/** Verifies the configured audit trail and prints the summary; returns the exit code (0 ok, 1 problems, 2 usage). */
export async function auditVerify(argv: readonly string[], log: (line: string) => void = console.log): Promise<number> {
  const anchor = parseAnchor(argv);
  if (typeof anchor === 'string') {
    log(`✖ ${anchor}`);
    return 2;
  }
  const settings = auditSettingsFromEnv();
  const { db, exists } = await openForReading(settings.db);
  try {
    const result = await verifyAuditChain(db, settings.key, { anchor, anchorFile: settings.anchorFile });
    report(result, describeDb(settings.db), exists, log);
    return result.ok ? 0 : 1;
  } finally {
    await db.destroy();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await auditVerify(process.argv.slice(2));
