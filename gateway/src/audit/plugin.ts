import type { ApolloServerPlugin } from '@apollo/server';
import type { AuditEntryInput, Logger } from '@smart-casework/kit';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../context';
import { disclosureEntries, refusalEntry, type RequestFacts } from './entries';

/** Where audit entries go (the kit's hash-chained writer in production, an array in tests). */
export interface AuditSink {
  append(entries: readonly AuditEntryInput[]): Promise<void>;
  close?(): Promise<void>;
}

/** Codes of a request refused as a whole; access refusals inside subgraphs come as disclosures. */
const REFUSAL_CODES = new Set(['FORBIDDEN', 'UNAUTHENTICATED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'RATE_LIMITED', 'OPERATION_RESOLUTION_FAILURE']);

export function requestFacts(context: GatewayContext, operationName: string | null): RequestFacts {
  return { at: new Date().toISOString(), requestId: context.caller.requestId, identity: context.caller.identity, client: context.client, operationName, purpose: context.caller.purpose };
}

function refusalsOf(facts: RequestFacts, errors: readonly GraphQLError[] | undefined): AuditEntryInput[] {
  const refusals: AuditEntryInput[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    const code = String(error.extensions.code ?? '');
    // Refusals with a reason were recorded by the subgraph that refused, with whose data it was.
    if (!REFUSAL_CODES.has(code) || (error.extensions.reason && error.extensions.department)) continue;
    const reason = String(error.extensions.reason ?? error.extensions.messageEn ?? error.message);
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
          const entries = [...disclosureEntries(facts, contextValue.disclosures), ...refusalsOf(facts, errors)];
          if (entries.length === 0) return;
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
