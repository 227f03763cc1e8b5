import { DEV_INTERNAL_SECRET, verifyInternalToken } from '@smart-casework/kit';
import { describe, expect, it } from 'vitest';
import type { Reach } from './access/reach';
import { gatewayContext, internalTokenFor } from './context';

const caseworker = { staffId: 'cw001', name: '試験', role: 'caseworker', division: 'welfare' } as const;
const reach: Reach = { households: new Set(['H1']), members: new Map([['11', 'H1'], ['12', 'H1']]) };
const cache = { reachOf: async () => reach, clear: () => {} };
const sections = (atenaNos: string[]) => ({ query: 'query($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }', variables: { representations: atenaNos.map((atenaNo) => ({ __typename: 'Resident', atenaNo })) } });

describe('the internal token of a subgraph fetch', () => {
  it('is signed once per grant in a request: the section fetches of one list share it', async () => {
    const context = gatewayContext(caseworker, 'investigation', { address: null, userAgent: null }, cache);
    const [tax, care] = [await internalTokenFor(context, sections(['11', '12']), DEV_INTERNAL_SECRET), await internalTokenFor(context, sections(['11', '12']), DEV_INTERNAL_SECRET)];
    expect(care).toBe(tax);
    const other = await internalTokenFor(context, sections(['11', '99']), DEV_INTERNAL_SECRET);
    expect(other).not.toBe(tax);
    expect((await verifyInternalToken(tax, DEV_INTERNAL_SECRET)).grant).toEqual({ atenaNos: ['11', '12'], householdNos: ['H1'] });
    expect((await verifyInternalToken(other, DEV_INTERNAL_SECRET)).grant).toEqual({ atenaNos: ['11'], householdNos: ['H1'] });
  });

  it('is not shared between requests', async () => {
    const first = gatewayContext(caseworker, 'investigation', { address: null, userAgent: null }, cache);
    const second = gatewayContext(caseworker, 'investigation', { address: null, userAgent: null }, cache);
    const [a, b] = [await internalTokenFor(first, sections(['11']), DEV_INTERNAL_SECRET), await internalTokenFor(second, sections(['11']), DEV_INTERNAL_SECRET)];
    expect(a).not.toBe(b);
    expect((await verifyInternalToken(b, DEV_INTERNAL_SECRET)).requestId).toBe(second.caller.requestId);
  });
});
