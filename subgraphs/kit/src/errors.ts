import { GraphQLError } from 'graphql';

/** Error codes of CONTRACT.md; `extensions.code` carries one of these. */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'DEPARTMENT_UNAVAILABLE' | 'NOT_FOUND' | 'INTERNAL_SERVER_ERROR' | 'PERSISTED_QUERY_NOT_FOUND' | 'RATE_LIMITED' | 'QUERY_LIMIT_EXCEEDED';

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

/** Why access was refused (`extensions.reason` of a FORBIDDEN error). */
export type AccessDenialReason = 'ROLE' | 'PURPOSE_REQUIRED' | 'PURPOSE_NOT_ALLOWED' | 'OUT_OF_CASELOAD';

const DENIAL_MESSAGES: Record<AccessDenialReason, [ja: string, en: string]> = {
  ROLE: ['この情報は、あなたの職務（役割・所属）では閲覧できません。', 'Your role and division may not read this field'],
  PURPOSE_REQUIRED: ['個人情報の照会には照会目的（x-purpose）の指定が必要です。', 'Reading personal data requires a stated purpose (x-purpose header)'],
  PURPOSE_NOT_ALLOWED: ['指定された照会目的は、あなたの職務では使えません。', 'The stated purpose is not one of your role'],
  OUT_OF_CASELOAD: ['担当ケース・担当申請の世帯ではないため閲覧できません。保護申請を登録すると調査できます。', 'The person is not in a household of your cases or assigned applications'],
};

/**
 * A refusal by the access policy: FORBIDDEN with the reason, in Japanese and English. No HTTP
 * status: a refused field leaves the rest of the answer (the other sections) standing.
 */
export function accessDenied(reason: AccessDenialReason, detail?: string): GraphQLError {
  const [ja, en] = DENIAL_MESSAGES[reason];
  return new GraphQLError(ja, {
    extensions: { code: 'FORBIDDEN', reason, messageEn: detail ? `${en}: ${detail}` : en },
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

/** A document the gateway does not know (production executes registered documents only). */
export function persistedQueryNotFound(messageEn: string): GraphQLError {
  return new GraphQLError('登録されていない照会は実行できません。照会文書を登録してください（docs/hardening.md）。', {
    extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', messageEn, http: { status: 400 } },
  });
}

/** Too many requests: HTTP 429 with Retry-After in seconds. */
// A plain Map (Apollo accepts any Map as `http.headers`): this module is also bundled by the
// portal (check digits), which must not pull in @apollo/server.
export function rateLimited(retryAfterSeconds: number): GraphQLError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new GraphQLError(`照会が多すぎます。${seconds} 秒ほど待ってから再度お試しください。`, {
    extensions: { code: 'RATE_LIMITED', messageEn: `Too many requests; retry after ${seconds} s`, retryAfter: seconds, http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) } },
  });
}

/** Which of the gateway's query limits a document exceeded (`extensions.limit`). */
export type QueryLimit = 'depth' | 'cost' | 'aliases' | 'directives' | 'tokens';

const LIMIT_NAMES: Record<QueryLimit, string> = { depth: '入れ子の深さ', cost: '照会の大きさ（コスト）', aliases: '別名（alias）の数', directives: 'ディレクティブの数', tokens: '照会文の長さ（トークン数）' };

/** A document over one of the gateway's limits (GraphQL Armor): refused before it runs. */
export function queryLimitExceeded(limit: QueryLimit, messageEn: string): GraphQLError {
  return new GraphQLError(`照会が上限を超えています（${LIMIT_NAMES[limit]}）。照会を分けてください。`, {
    extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit, messageEn, http: { status: 400 } },
  });
}

/** Codes whose messages are safe to show; anything else is masked (no SQL, no stack). */
const SAFE_CODES = new Set<string>(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'DEPARTMENT_UNAVAILABLE', 'NOT_FOUND', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST', 'RATE_LIMITED', 'QUERY_LIMIT_EXCEEDED']);

/** Refusals raised inside validation keep their own code (Apollo reports them as GRAPHQL_VALIDATION_FAILED). */
const KEPT_ORIGINAL_CODES = new Set<unknown>(['BAD_USER_INPUT', 'QUERY_LIMIT_EXCEEDED']);

type FormattedError = { message: string; extensions?: Record<string, unknown>; path?: readonly (string | number)[]; locations?: readonly unknown[] };

/**
 * For `formatError`: keeps contract errors, masks everything else and drops stack traces.
 * A scalar's BAD_USER_INPUT raised while validating a literal, and a query limit's refusal, keep
 * their code and messages.
 */
/** Longest message kept: a message that quotes the input must not echo 20,000 characters back. */
const MESSAGE_LENGTH = 300;
const cut = (text: unknown) => (typeof text === 'string' && text.length > MESSAGE_LENGTH ? `${text.slice(0, MESSAGE_LENGTH)}…` : text);

function shortened(formatted: FormattedError): FormattedError {
  const extensions = formatted.extensions && 'messageEn' in formatted.extensions ? { ...formatted.extensions, messageEn: cut(formatted.extensions.messageEn) } : formatted.extensions;
  return { ...formatted, message: cut(formatted.message) as string, ...(extensions ? { extensions } : {}) };
}

export function maskError(formatted: FormattedError, error?: unknown): FormattedError {
  // Duck-typed: under test runners graphql may be loaded twice (ESM and CJS copies).
  const original = (error as { originalError?: { message: string; extensions?: Record<string, unknown> } } | undefined)?.originalError;
  if (KEPT_ORIGINAL_CODES.has(original?.extensions?.code) && original?.extensions) {
    const { http: _http, ...extensions } = original.extensions;
    return shortened({ message: original.message, ...(formatted.locations ? { locations: formatted.locations } : {}), extensions });
  }
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
  if (SAFE_CODES.has(code)) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return shortened({ ...formatted, extensions: { ...extensions, code } });
  }
  return {
    message: '内部エラーが発生しました。時間をおいて再度お試しください。',
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR', messageEn: 'Internal error' },
  };
}
