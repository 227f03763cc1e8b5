import type { IncomingMessage } from 'node:http';
import type { HttpAnswer, Identity, Logger } from '@smart-casework/kit';
import { clientInfo, type GatewayContext } from '../context';
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

/** The first error of an answer's JSON text: its code and English reason. */
function firstError(body: string | null): { code: string | null; reason: string | null } {
  try {
    const parsed = JSON.parse(body ?? '') as { errors?: { message?: string; extensions?: { code?: unknown; messageEn?: unknown } }[]; error?: unknown };
    const error = parsed.errors?.[0];
    const code = typeof error?.extensions?.code === 'string' ? error.extensions.code : null;
    const reason = typeof error?.extensions?.messageEn === 'string' ? error.extensions.messageEn : (error?.message ?? (typeof parsed.error === 'string' ? parsed.error : null));
    return { code, reason: reason?.split('\n')[0] ?? null };
  } catch {
    return { code: null, reason: null };
  }
}

/**
 * The safety net under the audit plugin: an answer refused with a 4xx that no entry records yet
 * (Apollo's CSRF and batching refusals, a body too large or not JSON, a code the plugin does not
 * know) is recorded from the answer itself, with the caller when the request got that far.
 */
export async function auditUnrecorded(sink: AuditSink, answer: HttpAnswer<GatewayContext>, logger: Logger): Promise<void> {
  if (answer.status < 400 || answer.status >= 500 || answer.context?.audited.refusal) return;
  const { code, reason } = firstError(answer.body);
  await auditRefusal(sink, answer.req, code ?? 'BAD_REQUEST', reason, logger, answer.context?.caller.identity ?? null);
}
