/**
 * What a GraphQL error means for the person at the screen, in Japanese. Works on urql's
 * CombinedError and on the plain `{ message, path, extensions }` errors of a response body.
 */
export interface GraphqlErrorLike {
  message: string;
  path?: readonly (string | number)[] | null;
  extensions?: Record<string, unknown> | null;
}

export interface CombinedErrorLike {
  networkError?: Error | null;
  graphQLErrors: readonly GraphqlErrorLike[];
  response?: { status?: number } | null;
}

export function errorCode(error: GraphqlErrorLike): string | undefined {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

export function isUnauthenticated(error: CombinedErrorLike | null | undefined): boolean {
  if (!error) return false;
  return error.response?.status === 401 || error.graphQLErrors.some((e) => errorCode(e) === 'UNAUTHENTICATED');
}

const BY_CODE: Record<string, string> = {
  UNAUTHENTICATED: 'サインインの有効期限が切れました。もう一度サインインしてください。',
  FORBIDDEN: 'この情報を閲覧する権限がありません（担当外の世帯、または照会目的が許可されていません）。',
};

/** One Japanese sentence for the first error: network failures, refusals, then the server's own message. */
export function describeError(error: CombinedErrorLike): string {
  if (error.networkError && error.graphQLErrors.length === 0) {
    return `ゲートウェイに接続できませんでした。時間をおいて再度お試しください。（${error.networkError.message}）`;
  }
  const first = error.graphQLErrors[0];
  if (!first) return '不明なエラーが発生しました。';
  const code = errorCode(first);
  return (code && BY_CODE[code]) ?? first.message;
}

/** Why access was refused (`extensions.reason` of a FORBIDDEN error: ROLE, OUT_OF_CASELOAD …), if it was. */
export function forbiddenReason(error: CombinedErrorLike | null | undefined): string | undefined {
  const refusal = error?.graphQLErrors.find((e) => errorCode(e) === 'FORBIDDEN');
  const reason = refusal?.extensions?.reason;
  return typeof reason === 'string' ? reason : undefined;
}
