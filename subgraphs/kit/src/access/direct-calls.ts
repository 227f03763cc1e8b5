import type { IncomingMessage } from 'node:http';
import { openAuditTrail, type AuditTrail } from '../audit';
import type { Logger } from '../logger';

export interface DirectCallAudit {
  /** Records a request that did not come through the gateway (no or a bad internal token). */
  record(req: IncomingMessage, reason: string): Promise<void>;
  close(): Promise<void>;
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value)?.slice(0, 300) ?? null;
}

/**
 * A subgraph's port answers only the gateway; anyone calling it directly is refused and the
 * attempt goes to the audit trail. The trail is opened on the first such call: a subgraph
 * that is never probed never touches the audit database.
 */
export function directCallAudit(department: string, logger: Logger): DirectCallAudit {
  let trail: Promise<AuditTrail> | null = null;
  return {
    async record(req, reason) {
      trail ??= openAuditTrail(logger);
      try {
        await (await trail).writer.append([{
          at: new Date().toISOString(), requestId: null, staffId: null, role: null, division: null,
          clientAddress: req.socket.remoteAddress ?? null, userAgent: header(req, 'user-agent'), operationName: null,
          purpose: header(req, 'x-purpose'), atenaNo: null, householdNo: null, department, fields: [], outcome: 'denied',
          code: 'UNAUTHENTICATED', reason,
        }]);
      } catch (error) {
        logger.error({ err: error }, 'audit trail could not record a direct call');
      }
    },
    async close() {
      if (trail) await (await trail.catch(() => null))?.close();
    },
  };
}
