import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@smart-casework/kit';
import type { GatewayContext } from './context';

/**
 * One JSON line per operation: who (staffId), what (operation name), how long, how it went.
 * Never variables or results: they carry personal data.
 */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors, response }) {
          const codes = [...new Set((errors ?? []).map((e) => String(e.extensions.code ?? 'INTERNAL_SERVER_ERROR')))];
          logger.info({
            requestId: contextValue.caller.requestId,
            staffId: contextValue.caller.identity.staffId,
            purpose: contextValue.caller.purpose,
            operationName: operationName ?? null,
            durationMs: Math.round(performance.now() - started),
            status: response.http.status ?? 200,
            errors: errors?.length ?? 0,
            ...(codes.length > 0 ? { codes } : {}),
          }, 'graphql request');
        },
      };
    },
  };
}
