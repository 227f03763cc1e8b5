import { openAuditTrail, type AuditEntryInput, type Logger } from '@smart-casework/kit';
import type { AuditSink } from './plugin';

/**
 * The audit database of the environment (its own database, AUDIT_DB_*), migrated, behind the
 * kit's group-commit writer.
 */
export async function openAuditSink(logger: Logger): Promise<AuditSink> {
  const trail = await openAuditTrail(logger);
  return { append: (entries) => trail.writer.append(entries), close: () => trail.close() };
}

/** An in-memory sink for tests that look at what was recorded. */
export function memoryAuditSink(): AuditSink & { entries: AuditEntryInput[] } {
  const entries: AuditEntryInput[] = [];
  return { entries, append: async (more) => void entries.push(...more) };
}
