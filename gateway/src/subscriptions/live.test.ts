import type { Client } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SignJWT } from 'jose';
import { DEV_AUDIENCE, DEV_ISSUER, signDevToken } from '../auth';
import { DEV_JWT_SECRET_DEFAULT } from '../config';
import { collect, relayPolled, startNoticeStack, staffToken, wsClient, type NoticeStack } from '../testing/live';

/** noticeAdded over graphql-ws on one gateway (memory bus), against fake residents and welfare. */
describe('live notices on one gateway', () => {
  let stack: NoticeStack;
  let url: string;
  const clients: Client[] = [];
  const client = (token?: string) => {
    const c = wsClient(url, token);
    clients.push(c);
    return c;
  };
  /** Waits until the gateway holds `n` subscriptions, then until its relay has polled. */
  const subscribed = async (n: number) => {
    await vi.waitFor(() => expect(stack.gateways[0]!.gateway.live.hub.size()).toBe(n), { timeout: 10_000, interval: 10 });
    await relayPolled(stack.gateways);
  };

  beforeAll(async () => {
    stack = await startNoticeStack(1);
    url = stack.gateways[0]!.url;
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.dispose()));
    await vi.waitFor(() => expect(stack.gateways[0]!.gateway.live.hub.size()).toBe(0));
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('refuses a connection without a token (4401)', async () => {
    const failure = await collect(client(), 'subscription { noticeAdded { id } }').failure();
    expect(failure).toMatchObject({ code: 4401, reason: expect.stringMatching(/^Unauthorized: A bearer token is required/) });
  });

  it('refuses a forged token (4401) and a role that receives no notices (4403)', async () => {
    const forged = await signDevToken({ staffId: 'sv001', name: 'x', role: 'supervisor', division: 'welfare' }, 'forged-secret-that-is-long-enough-0123456789');
    expect(await collect(client(forged), 'subscription { noticeAdded { id } }').failure()).toMatchObject({ code: 4401, reason: expect.stringContaining('Invalid or expired token') });
    expect(await collect(client(await staffToken('tax001')), 'subscription { noticeAdded { id } }').failure()).toMatchObject({ code: 4403, reason: 'Forbidden: role tax receives no change notices' });
  });

  it('closes the socket (4401) when the token it was opened with expires', async () => {
    const { staffId, name, role, division } = { staffId: 'cw001', name: '試験 一郎', role: 'caseworker', division: 'welfare' };
    const shortLived = await new SignJWT({ name, role, division }).setProtectedHeader({ alg: 'HS256' }).setSubject(staffId).setIssuer(DEV_ISSUER).setAudience(DEV_AUDIENCE)
      .setIssuedAt().setExpirationTime(Math.floor(Date.now() / 1000) + 2).sign(new TextEncoder().encode(DEV_JWT_SECRET_DEFAULT));
    const live = collect(client(shortLived), 'subscription { noticeAdded { id } }');
    await subscribed(1);
    expect(await live.failure()).toMatchObject({ code: 4401, reason: 'Unauthorized: token expired' });
  });

  it('refuses queries, other subscription fields and syntax errors with an error message, keeping the socket', async () => {
    const c = client(await staffToken('cw001'));
    const refused = async (query: string) => (await collect(c, query).failure()) as { message: string; extensions?: Record<string, unknown> }[];
    expect((await refused('{ me { staffId } }'))[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST', messageEn: expect.stringMatching(/^Only subscriptions/) } });
    expect((await refused('subscription { noticeResolved { id } }'))[0]).toMatchObject({ extensions: { messageEn: 'Only noticeAdded may be subscribed to, not noticeResolved' } });
    expect((await refused('subscription { noticeAdded { id '))[0]?.message).toMatch(/^Syntax Error/);
    expect((await refused('subscription { noticeAdded { nope } }'))[0]?.message).toMatch(/Cannot query field "nope"/);
    // Still connected: a valid subscription on the same client works.
    const live = collect(c, 'subscription { noticeAdded { id } }');
    await subscribed(1);
    const notice = stack.store.add({ assignedTo: 'cw001' });
    expect(await live.take(1)).toEqual([{ data: { noticeAdded: { id: notice.id } } }]);
  });

  it('gives each subscriber only the notices it may see', async () => {
    const query = 'subscription { noticeAdded { id } }';
    const [cw001, cw002, sv001] = [collect(client(await staffToken('cw001')), query), collect(client(await staffToken('cw002')), query), collect(client(await staffToken('sv001')), query)];
    await subscribed(3);
    const n1 = stack.store.add({ assignedTo: 'cw001', supervisorId: 'sv001' });
    const n2 = stack.store.add({ assignedTo: 'cw002', supervisorId: 'sv009' });
    const n3 = stack.store.add({ assignedTo: 'cw002', supervisorId: 'sv001' });
    // The last notice each one may see closes its list: anything else would have come before it.
    const ids = async (c: ReturnType<typeof collect>, n: number) => (await c.take(n)).map((r) => (r as { data: { noticeAdded: { id: string } } }).data.noticeAdded.id);
    expect(await ids(cw001, 1)).toEqual([n1.id]);
    expect(await ids(cw002, 2)).toEqual([n2.id, n3.id]);
    expect(await ids(sv001, 2)).toEqual([n1.id, n3.id]);
    const n4 = stack.store.add({ assignedTo: 'cw001', supervisorId: 'sv001' });
    expect(await ids(cw001, 2)).toEqual([n1.id, n4.id]);
    expect(await ids(sv001, 3)).toEqual([n1.id, n3.id, n4.id]);
    const n5 = stack.store.add({ assignedTo: 'cw002', supervisorId: 'sv009' });
    expect(await ids(cw002, 3)).toEqual([n2.id, n3.id, n5.id]);
  });

  it('resolves the selection across subgraphs with aliases, fragments and variables', async () => {
    const query = `subscription Live($withHousehold: Boolean!) {
      added: noticeAdded { ...Fields who: assignedTo { staffId name } resident { name household @include(if: $withHousehold) { members { name } } } }
    }
    fragment Fields on ChangeNotice { id kind }`;
    const onRoot = 'subscription { ...Root } fragment Root on Subscription { noticeAdded { summary } }';
    const c = client(await staffToken('cw001'));
    const [live, rooted] = [collect(c, query, { withHousehold: true }), collect(c, onRoot)];
    await subscribed(2);
    const notice = stack.store.add({ assignedTo: 'cw001', atenaNo: '000900012' });
    expect(await live.take(1)).toEqual([{
      data: {
        added: {
          id: notice.id,
          kind: '世帯員転出',
          who: { staffId: 'cw001', name: '試験 一郎' },
          resident: { name: '住民 000900012', household: { members: [{ name: '住民 000900012' }, { name: '住民 0009000122' }] } },
        },
      },
    }]);
    expect(await rooted.take(1)).toEqual([{ data: { noticeAdded: { summary: notice.summary } } }]);
  });

  it('sends a failing field as a GraphQL error in that event and goes on', async () => {
    const live = collect(client(await staffToken('cw001')), 'subscription { noticeAdded { id failing } }');
    await subscribed(1);
    const first = stack.store.add({ assignedTo: 'cw001' });
    const second = stack.store.add({ assignedTo: 'cw001' });
    const [withError, next] = (await live.take(2)) as { data: { noticeAdded: { id: string; failing: null } }; errors?: { message: string; path: unknown[]; extensions: Record<string, unknown> }[] }[];
    expect(withError?.data).toEqual({ noticeAdded: { id: first.id, failing: null } });
    expect(withError?.errors?.[0]).toMatchObject({ path: ['noticeAdded', 'failing'], extensions: { code: 'DEPARTMENT_UNAVAILABLE', department: 'welfare' } });
    expect(JSON.stringify(withError)).not.toMatch(/SQLITE|select/);
    expect(next?.data.noticeAdded.id).toBe(second.id);
  });
});

/** Connection attempts count against the same rate limits as HTTP requests (issue 5's hardening). */
describe('connection attempts over graphql-ws', () => {
  let stack: NoticeStack;
  beforeAll(async () => {
    stack = await startNoticeStack(1, { RATE_LIMIT_ANONYMOUS_PER_MINUTE: 2, RATE_LIMIT_PER_MINUTE: 2 });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  async function closeCodes(token: string, attempts: number): Promise<unknown[]> {
    const codes: unknown[] = [];
    for (let i = 0; i < attempts; i++) {
      const c = wsClient(stack.gateways[0]!.url, token);
      codes.push(((await collect(c, 'subscription { noticeAdded { id } }').failure()) as { code?: number }).code);
      await c.dispose();
    }
    return codes;
  }

  it('closes a token guesser\'s sockets with 4429 past the per-address limit of failed sign-ins', async () => {
    const forged = await signDevToken({ staffId: 'sv001', name: 'x', role: 'supervisor', division: 'welfare' }, 'forged-secret-that-is-long-enough-0123456789');
    expect(await closeCodes(forged, 3)).toEqual([4401, 4401, 4429]);
  });

  it('counts each connection as a request of its caller: a reconnect loop gets 4429 too', async () => {
    expect(await closeCodes(await staffToken('tax001'), 3)).toEqual([4403, 4403, 4429]);
  });
});
