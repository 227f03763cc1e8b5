import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { departmentUnavailable, INTERNAL_TOKEN_HEADER, unauthenticated, type Disclosure, type Logger } from '@smart-casework/kit';
import { internalTokenFor, type GatewayContext } from './context';

type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;
type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;
type SubgraphError = NonNullable<SubgraphResponse['errors']>[number];

export interface DepartmentDataSourceOptions {
  /** Department (subgraph) name, as `extensions.department` reports it. */
  name: string;
  url: string;
  fetcher: RemoteGraphQLDataSource['fetcher'];
  internalSecret: string;
  timeoutMs: number;
  logger: Logger;
}

/** What a failed subgraph fetch was: an answer after all (a GraphQL body with a 4xx), or why it failed. */
export type FetchFailure = { answered: SubgraphResponse } | { reason: string };

function isGraphQLBody(body: unknown): body is { data?: Record<string, unknown> | null; errors: SubgraphError[]; extensions?: Record<string, unknown> } {
  return typeof body === 'object' && body !== null && Array.isArray((body as { errors?: unknown }).errors);
}

/**
 * Sorts out what `RemoteGraphQLDataSource` threw. A subgraph that answers GraphQL with a 4xx
 * (BAD_USER_INPUT, FORBIDDEN set `http.status`) did answer: its errors go to the client. A 401
 * means it refused the gateway's own token, i.e. the department cannot be read, as are 5xx,
 * refused connections and timeouts.
 */
export function classifyFailure(error: unknown, timeoutMs: number): FetchFailure {
  // Duck-typed: the gateway's GraphQLError may come from another copy of graphql (ESM vs CJS).
  const response = (error as { extensions?: { response?: { status?: number; body?: unknown } } }).extensions?.response;
  if (response?.status !== undefined) {
    if (response.status === 401) return { reason: 'it refused the gateway token' };
    if (response.status < 500 && isGraphQLBody(response.body)) return { answered: { data: response.body.data ?? null, errors: response.body.errors, extensions: response.body.extensions } };
    return { reason: `HTTP ${response.status}` };
  }
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') return { reason: `no answer within ${timeoutMs} ms` };
  const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
  if (code) return { reason: `unreachable (${code})` };
  return { reason: 'invalid response' };
}

/**
 * Names the department on every error it returns. A masked internal error there means its data
 * could not be read, which the caseworker must see as 未取得, not as a gateway fault.
 */
export function annotateErrors(response: SubgraphResponse, department: string): SubgraphResponse {
  if (!response.errors) return response;
  const errors = response.errors.map((error): SubgraphError => {
    const code = error.extensions?.code;
    if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
      const unavailable = departmentUnavailable(department, 'internal error');
      return { ...error, message: unavailable.message, extensions: { ...unavailable.extensions } };
    }
    return { ...error, extensions: { ...error.extensions, department } };
  });
  return { ...response, errors };
}

/** Keeps what the subgraph disclosed for the audit trail; the client never sees the list. */
function collectDisclosures(response: SubgraphResponse, context: object): SubgraphResponse {
  const disclosures = response.extensions?.disclosures;
  if (!Array.isArray(disclosures)) return response;
  if (hasCaller(context)) context.disclosures.push(...(disclosures as Disclosure[]));
  const { disclosures: _kept, ...extensions } = response.extensions ?? {};
  return { ...response, extensions };
}

/** Who may see whom could not be looked up (welfare or residents unreachable): nothing is asked. */
class AccessCheckUnavailable extends Error {
  constructor(cause: unknown) {
    super('access check unavailable', { cause });
  }
}

function hasCaller(context: object): context is GatewayContext {
  return 'caller' in context && typeof context.caller === 'object' && context.caller !== null;
}

/** Fetches from one department's subgraph, signed for it, and maps its failures per CONTRACT.md. */
export class DepartmentDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly options: DepartmentDataSourceOptions;

  constructor(options: DepartmentDataSourceOptions) {
    super({ url: options.url, fetcher: options.fetcher });
    this.options = options;
  }

  override async willSendRequest({ request, context }: ProcessOptions): Promise<void> {
    // Health checks and schema loading carry no caller; this gateway does neither, so refuse.
    if (!hasCaller(context)) throw unauthenticated('No caller to sign for');
    const headers = request.http?.headers;
    let token: string;
    try {
      token = await internalTokenFor(context, request, this.options.internalSecret);
    } catch (error) {
      throw new AccessCheckUnavailable(error);
    }
    headers?.set(INTERNAL_TOKEN_HEADER, token);
    if (context.caller.purpose) headers?.set('x-purpose', context.caller.purpose);
    if (context.caller.requestId) headers?.set('x-request-id', context.caller.requestId);
  }

  override async process(options: ProcessOptions): Promise<SubgraphResponse> {
    const { name, timeoutMs, logger } = this.options;
    try {
      return annotateErrors(collectDisclosures(await super.process(options), options.context), name);
    } catch (error) {
      if (error instanceof AccessCheckUnavailable) {
        logger.warn({ department: name, err: error.cause, requestId: options.context.caller?.requestId }, 'access check unavailable');
        throw departmentUnavailable(name, 'the access check could not be made');
      }
      const failure = classifyFailure(error, timeoutMs);
      if ('answered' in failure) return annotateErrors(collectDisclosures(failure.answered, options.context), name);
      logger.warn({ department: name, reason: failure.reason, requestId: options.context.caller?.requestId }, 'department unavailable');
      throw departmentUnavailable(name, failure.reason);
    }
  }
}
