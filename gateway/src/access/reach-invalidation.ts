import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context';
import type { ReachCache } from './reach';

/** Mutations after which who may see whom has changed (welfare's applications). */
const REACH_CHANGING = new Set(['registerApplication', 'closeApplication']);

/**
 * Registering an application opens a household to investigation at once, and closing it ends
 * that: the cached reach is dropped after such a mutation instead of waiting for it to expire.
 */
export function useReachInvalidation(reach: ReachCache): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation !== 'mutation') return;
          const names = operation.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : []));
          if (names.some((name) => REACH_CHANGING.has(name))) reach.clear();
        },
      };
    },
  };
}
