import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Kind, visit, type DocumentNode } from 'graphql';
import { badUserInput } from './errors';

/**
 * C0 control characters but tab, line feed and carriage return, and DEL: no argument of this API
 * has a use for them, and PostgreSQL refuses NUL in text outright (which would surface as an
 * internal error rather than a refusal).
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Whether a value (a string, or strings inside lists and input objects) holds a control character. */
export function holdsControlCharacter(value: unknown): boolean {
  if (typeof value === 'string') return CONTROL.test(value);
  if (Array.isArray(value)) return value.some(holdsControlCharacter);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(holdsControlCharacter);
  return false;
}

function literalWithControlCharacter(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (CONTROL.test(node.value)) found = true;
    },
  });
  return found;
}

/**
 * Refuses, as BAD_USER_INPUT and before any resolver runs, a request whose arguments (variables
 * or literals) hold a control character. `representations` are left alone: the gateway builds
 * them from other departments' answers, not from what the caller typed.
 */
export function useControlCharacterRule<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const { representations: _fromGateway, ...variables } = request.variables ?? {};
          const field = Object.keys(variables).find((name) => holdsControlCharacter(variables[name]));
          if (field !== undefined || literalWithControlCharacter(document)) {
            throw badUserInput('入力に使えない文字（制御文字）が含まれています。', 'Arguments must not contain control characters', field);
          }
        },
      };
    },
  };
}
