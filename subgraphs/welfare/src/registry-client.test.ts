import { INTERNAL_TOKEN_HEADER, verifyInternalToken } from '@smart-casework/kit';
import { describe, expect, it } from 'vitest';
import { residentsRegistry } from './registry-client';

const SECRET = 's'.repeat(40);
const URL_ = 'http://registry.test/graphql';

interface Sent {
  url: string;
  headers: Headers;
  body: { query: string; variables: Record<string, unknown> };
}

/** A fetch that records the request and answers `reply` (or throws it when it is an Error). */
function fakeFetch(reply: unknown) {
  const sent: Sent[] = [];
  const fetcher = (async (input: string | URL | Request, init?: RequestInit) => {
    sent.push({ url: String(input), headers: new Headers(init?.headers), body: JSON.parse(String(init?.body)) as Sent['body'] });
    if (reply instanceof Error) throw reply;
    return Response.json(reply);
  }) as typeof fetch;
  return { fetcher, sent };
}

const client = (fetcher: typeof fetch) => residentsRegistry({ url: () => URL_, secret: () => SECRET, fetch: fetcher });

describe('the registry client', () => {
  it('asks the residents subgraph for the person, signed as svc-welfare for access-control with every resident granted', async () => {
    const { fetcher, sent } = fakeFetch({ data: { resident: { householdNo: '000000019', status: '住民', household: { members: [{ atenaNo: '000000027' }, { atenaNo: '000000035' }] } } } });
    const person = await client(fetcher).person('000000035', 'req-1');
    expect(person).toEqual({ atenaNo: '000000035', householdNo: '000000019', status: '住民', memberAtenaNos: ['000000027', '000000035'] });
    const [request] = sent;
    expect(request?.url).toBe(URL_);
    expect(request?.body.variables).toEqual({ atenaNo: '000000035' });
    expect(request?.body.query).toMatch(/resident\(atenaNo: \$atenaNo\) \{ householdNo status household \{ members \{ atenaNo \} \} \}/);
    const caller = await verifyInternalToken(request?.headers.get(INTERNAL_TOKEN_HEADER) ?? undefined, SECRET);
    expect(caller).toEqual({ identity: { staffId: 'svc-welfare', name: '生活保護システム', role: 'service', division: 'system' }, purpose: 'access-control', requestId: 'req-1', grant: 'all' });
  });

  it('answers null for a person the registry does not have', async () => {
    const { fetcher } = fakeFetch({ data: { resident: null } });
    expect(await client(fetcher).person('000000019')).toBeNull();
  });

  it('turns an unreachable registry, an error answer or an unreadable answer into DEPARTMENT_UNAVAILABLE naming residents', async () => {
    for (const reply of [new TypeError('fetch failed'), { errors: [{ message: 'この情報を閲覧する権限がありません。' }], data: null }, { data: { resident: { householdNo: 1 } } }]) {
      const { fetcher } = fakeFetch(reply);
      const failure = await client(fetcher).person('000000019').then(() => null, (error: unknown) => error as { extensions?: Record<string, unknown>; message: string });
      expect(failure?.extensions).toMatchObject({ code: 'DEPARTMENT_UNAVAILABLE', department: 'residents' });
      expect(failure?.message).toContain('residents');
    }
  });
});
