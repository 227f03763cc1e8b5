import type { IncomingMessage } from 'node:http';
import type { Identity, Logger } from '@smart-casework/kit';
import { clientInfo } from '../context';
import { refusalEntry } from './entries';
import type { AuditSink } from './plugin';

/**
 * Audits a request refused before GraphQL runs (no token, a forged or expired one, too many
 * requests, an unknown document). A failure to record is logged, never shown to the caller.
 */
export async function auditRefusal(sink: AuditSink, req: IncomingMessage, code: string, reason: string | null, logger: Logger, identity: Identity | null = null, operationName: string | null = null): Promise<void> {
  const purpose = req.headers['x-purpose'];
  const entry = refusalEntry(
    { at: new Date().toISOString(), requestId: null, identity, client: clientInfo(req), operationName, purpose: typeof purpose === 'string' ? purpose.slice(0, 40) : null },
    code,
    reason,
  );
  try {
    await sink.append([entry]);
  } catch (error) {
    logger.error({ err: error, code }, 'audit trail could not record a refusal');
  }
}
