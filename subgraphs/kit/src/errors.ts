import { GraphQLError } from 'graphql';

/** Error codes of CONTRACT.md; `extensions.code` carries one of these. */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'DEPARTMENT_UNAVAILABLE' | 'NOT_FOUND' | 'INTERNAL_SERVER_ERROR';

/** Bad input: Japanese `message` for the caseworker, English in `extensions.messageEn`. */
export function badUserInput(messageJa: string, messageEn: string, field?: string): GraphQLError {
  return new GraphQLError(messageJa, {
    extensions: { code: 'BAD_USER_INPUT', messageEn, ...(field ? { field } : {}), http: { status: 400 } },
  });
}

export function unauthenticated(messageEn = 'Authentication required'): GraphQLError {
  return new GraphQLError('認証が必要です。サインインしてください。', {
    extensions: { code: 'UNAUTHENTICATED', messageEn, http: { status: 401 } },
  });
}

export function forbidden(messageEn = 'Not allowed'): GraphQLError {
  return new GraphQLError('この情報を閲覧する権限がありません。', {
    extensions: { code: 'FORBIDDEN', messageEn, http: { status: 403 } },
  });
}

/** An id that names nothing (e.g. a notice): Japanese `message`, English `extensions.messageEn`. */
export function notFound(messageJa: string, messageEn: string): GraphQLError {
  return new GraphQLError(messageJa, {
    extensions: { code: 'NOT_FOUND', messageEn, http: { status: 404 } },
  });
}

export function departmentUnavailable(department: string, reason: string): GraphQLError {
  return new GraphQLError(`${department} の情報を取得できませんでした（${reason}）。`, {
    extensions: { code: 'DEPARTMENT_UNAVAILABLE', department, messageEn: `Department ${department} could not be read: ${reason}` },
  });
}

/** Codes whose messages are safe to show; anything else is masked (no SQL, no stack). */
const SAFE_CODES = new Set<string>(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'DEPARTMENT_UNAVAILABLE', 'NOT_FOUND', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST']);

type FormattedError = { message: string; extensions?: Record<string, unknown>; path?: readonly (string | number)[]; locations?: readonly unknown[] };

/**
 * For `formatError`: keeps contract errors, masks everything else and drops stack traces.
 * A scalar's BAD_USER_INPUT raised while validating a literal keeps its code and messages.
 */
export function maskError(formatted: FormattedError, error?: unknown): FormattedError {
  // Duck-typed: under test runners graphql may be loaded twice (ESM and CJS copies).
  const original = (error as { originalError?: { message: string; extensions?: Record<string, unknown> } } | undefined)?.originalError;
  if (original?.extensions?.code === 'BAD_USER_INPUT') {
    const { http: _http, ...extensions } = original.extensions;
    return { message: original.message, ...(formatted.locations ? { locations: formatted.locations } : {}), extensions };
  }
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
  if (SAFE_CODES.has(code)) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code } };
  }
  return {
    message: '内部エラーが発生しました。時間をおいて再度お試しください。',
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR', messageEn: 'Internal error' },
  };
}
