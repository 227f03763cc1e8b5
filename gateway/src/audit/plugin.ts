import type { ApolloServerPlugin } from '@apollo/server';
import { maskError, type AuditEntryInput, type Logger } from '@smart-casework/kit';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../context';
import { disclosureEntries, refusalEntry, type RequestFacts } from './entries';

/** Where audit entries go (the kit's hash-chained writer in production, an array in tests). */
export interface AuditSink {
  append(entries: readonly AuditEntryInput[]): Promise<void>;
  close?(): Promise<void>;
}

/**
 * Codes of a request refused as a whole, or of an id that names nothing (NOT_FOUND: probing for
 * ids is an attempt too); access refusals inside subgraphs come as disclosures.
 */
const REFUSAL_CODES = new Set(['FORBIDDEN', 'UNAUTHENTICATED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'RATE_LIMITED', 'OPERATION_RESOLUTION_FAILURE', 'QUERY_LIMIT_EXCEEDED', 'NOT_FOUND']);

export function requestFacts(context: GatewayContext, operationName: string | null): RequestFacts {
  return { at: new Date().toISOString(), requestId: context.caller.requestId, identity: context.caller.identity, client: context.client, operationName, purpose: context.caller.purpose };
}

function refusalsOf(facts: RequestFacts, errors: readonly GraphQLError[] | undefined): AuditEntryInput[] {
  const refusals: AuditEntryInput[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    // As the caller is shown it: a query limit keeps its own code, not Apollo's GRAPHQL_VALIDATION_FAILED.
    const shown = maskError({ message: error.message, extensions: error.extensions }, error);
    const extensions = shown.extensions ?? {};
    const code = String(extensions.code ?? '');
    // Refusals with a reason were recorded by the subgraph that refused, with whose data it was.
    if (!REFUSAL_CODES.has(code) || (extensions.reason && extensions.department)) continue;
    const reason = String(extensions.reason ?? extensions.messageEn ?? shown.message);
    if (seen.has(code + reason)) continue;
    seen.add(code + reason);
    refusals.push(refusalEntry(facts, code, reason));
  }
  return refusals;
}

/**
 * Writes what each request disclosed, and what was refused, before the answer leaves: a
 * disclosure that could not be recorded is not made (the answer becomes an error).
 */
export function useAuditTrail(sink: AuditSink, logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName, errors, response }) {
          const facts = requestFacts(contextValue, operationName ?? null);
          const refusals = refusalsOf(facts, errors);
          const entries = [...disclosureEntries(facts, contextValue.disclosures), ...refusals];
          if (entries.length === 0) return;
          // The HTTP layer's safety net (auditUnrecorded) leaves this request to us.
          if (refusals.length > 0) contextValue.audited.refusal = true;
          try {
            await sink.append(entries);
          } catch (error) {
            logger.error({ err: error, requestId: facts.requestId }, 'audit trail could not be written; answer withheld');
            if (response.body.kind !== 'single') return;
            response.http.status = 503;
            response.body.singleResult = { errors: [{ message: '監査記録を書き込めないため、照会結果を返せません。時間をおいて再度お試しください。', extensions: { code: 'AUDIT_UNAVAILABLE', messageEn: 'The audit trail could not be written; the answer is withheld' } }] };
          }
        },
      };
    },
  };
}
