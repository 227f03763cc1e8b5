import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NO_GRANT, verifyInternalToken, type Grant } from '@smart-casework/kit';
import { internalTokenFor, type GatewayContext } from './context';
import { annotateErrors, classifyFailure } from './data-source';

const httpError = (status: number, body: unknown) => new GraphQLError(`${status}`, { extensions: { response: { status, body } } });

describe('classifyFailure', () => {
  it('passes a GraphQL answer sent with a 4xx through to the client', () => {
    const body = { data: { resident: null }, errors: [{ message: '宛名番号が正しくありません。', extensions: { code: 'BAD_USER_INPUT', messageEn: 'bad' } }] };
    expect(classifyFailure(httpError(400, body), 5000)).toEqual({ answered: body });
  });

  it('treats a refused gateway token, a 5xx and a non-GraphQL 4xx as unavailable', () => {
    expect(classifyFailure(httpError(401, { errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] }), 5000)).toEqual({ reason: 'it refused the gateway token' });
    expect(classifyFailure(httpError(503, '<h1>maintenance</h1>'), 5000)).toEqual({ reason: 'HTTP 503' });
    expect(classifyFailure(httpError(500, { errors: [{ message: 'x' }] }), 5000)).toEqual({ reason: 'HTTP 500' });
    expect(classifyFailure(httpError(404, 'not found'), 5000)).toEqual({ reason: 'HTTP 404' });
  });

  it('names a timeout and a refused connection', () => {
    expect(classifyFailure(new DOMException('The operation was aborted due to timeout', 'TimeoutError'), 1234)).toEqual({ reason: 'no answer within 1234 ms' });
    expect(classifyFailure(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }), 5000)).toEqual({ reason: 'unreachable (ECONNREFUSED)' });
    expect(classifyFailure(new Error('Expected JSON response body'), 5000)).toEqual({ reason: 'invalid response' });
  });
});

describe('annotateErrors', () => {
  it('names the department on every error and turns masked internal errors into DEPARTMENT_UNAVAILABLE', () => {
    const annotated = annotateErrors({
      data: { _entities: [null] },
      errors: [
        { message: 'not allowed', path: ['_entities', 0, 'tax'], extensions: { code: 'FORBIDDEN' } },
        { message: '内部エラー', path: ['_entities', 0, 'tax'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ],
    }, 'tax');
    expect(annotated.errors?.[0]).toEqual({ message: 'not allowed', path: ['_entities', 0, 'tax'], extensions: { code: 'FORBIDDEN', department: 'tax' } });
    expect(annotated.errors?.[1]).toMatchObject({ path: ['_entities', 0, 'tax'], extensions: { code: 'DEPARTMENT_UNAVAILABLE', department: 'tax' } });
  });

  it('leaves an answer without errors alone', () => {
    const response = { data: { a: 1 } };
    expect(annotateErrors(response, 'tax')).toBe(response);
  });
});

describe('internalTokenFor', () => {
  const secret = 'x'.repeat(40);
  const contextWith = (grant: Grant): GatewayContext => ({
    caller: { identity: { staffId: 'cw001', name: 'x', role: 'caseworker', division: 'welfare' }, purpose: null, requestId: 'r1', grant: NO_GRANT },
    client: { address: null, userAgent: null },
    grantFor: async () => grant,
    disclosures: [],
    audited: { refusal: false },
  });

  it('signs once per request when every fetch may read everyone', async () => {
    const context = contextWith('all');
    const first = await internalTokenFor(context, {}, secret);
    expect(await internalTokenFor(context, {}, secret)).toBe(first);
    expect((await verifyInternalToken(first, secret)).grant).toBe('all');
  });

  it('signs each fetch with what that fetch may read', async () => {
    const context = contextWith({ atenaNos: ['1'], householdNos: ['2'] });
    const token = await internalTokenFor(context, { variables: { representations: [] } }, secret);
    expect((await verifyInternalToken(token, secret)).grant).toEqual({ atenaNos: ['1'], householdNos: ['2'] });
    expect(context.internalToken).toBeUndefined();
  });
});
