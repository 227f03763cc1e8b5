import { createLogger, type Identity } from '@smart-casework/kit';
import { describe, expect, it, vi } from 'vitest';
import type { InternalClient } from './internal-client';
import { createReachCache } from './reach';

const cw001: Identity = { staffId: 'cw001', name: 'x', role: 'caseworker', division: 'welfare' };

function fakeClient() {
  const state = { down: false, households: ['H1'], calls: 0 };
  const client: InternalClient = {
    async query<T>(url: string) {
      if (state.down) throw new Error('welfare unreachable');
      state.calls += 1;
      const answer = url === 'welfare'
        ? { reachableHouseholds: state.households }
        : { households: state.households.map((householdNo) => ({ householdNo, members: [{ atenaNo: `${householdNo}-1` }], formerMembers: [{ atenaNo: `${householdNo}-gone` }] })) };
      return answer as T;
    },
  };
  return { state, client };
}

const cacheWith = (client: InternalClient, ttlMs = 60_000, staleMs = 600_000) =>
  createReachCache({ client, welfareUrl: 'welfare', residentsUrl: 'residents', ttlMs, staleMs, logger: createLogger('test') });

describe('the reach cache', () => {
  it('reaches the members, present and former, of the caller\'s households, and reuses the answer', async () => {
    const { state, client } = fakeClient();
    const cache = cacheWith(client);
    const reach = await cache.reachOf(cw001);
    expect(reach).toEqual({ households: new Set(['H1']), members: new Map([['H1-gone', 'H1'], ['H1-1', 'H1']]) });
    await cache.reachOf(cw001);
    expect(state.calls).toBe(2);
  });

  it('gives roles without a caseload everyone or no one without asking', async () => {
    const { state, client } = fakeClient();
    const cache = cacheWith(client);
    expect(await cache.reachOf({ ...cw001, role: 'tax', division: 'tax' })).toBe('all');
    expect(await cache.reachOf({ ...cw001, role: 'auditor', division: 'audit' })).toEqual({ households: new Set(), members: new Map() });
    expect(state.calls).toBe(0);
  });

  it('asks again after clear() (an application was registered)', async () => {
    const { state, client } = fakeClient();
    const cache = cacheWith(client);
    await cache.reachOf(cw001);
    state.households = ['H1', 'H2'];
    cache.clear();
    const reach = await cache.reachOf(cw001);
    expect(reach === 'all' ? reach : [...reach.households]).toEqual(['H1', 'H2']);
  });

  it('serves the last known reach while welfare is down, for a while, and refuses a caller never looked up', async () => {
    vi.useFakeTimers();
    try {
      const { state, client } = fakeClient();
      const cache = cacheWith(client, 1_000, 10_000);
      await cache.reachOf(cw001);
      state.down = true;
      vi.advanceTimersByTime(5_000);
      expect(await cache.reachOf(cw001)).not.toBe('all');
      await expect(cache.reachOf({ ...cw001, staffId: 'cw002' })).rejects.toThrow('welfare unreachable');
      vi.advanceTimersByTime(6_000);
      await expect(cache.reachOf(cw001)).rejects.toThrow('welfare unreachable');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the members of reached households', () => {
  /** Counts residents' households asked, per call. */
  function countingClient() {
    const state = { reached: { cw001: ['H1', 'H2'], sv001: ['H1', 'H2', 'H3'] } as Record<string, string[]>, asked: [] as string[][], joined: new Map<string, string>() };
    const client: InternalClient = {
      async query<T>(url: string, caller: { identity: Identity }, _query: string, variables?: Record<string, unknown>) {
        if (url === 'welfare') return { reachableHouseholds: state.reached[caller.identity.staffId] ?? [] } as T;
        const asked = (variables?.h ?? []) as string[];
        state.asked.push(asked);
        return { households: asked.map((householdNo) => ({ householdNo, members: [{ atenaNo: `${householdNo}-1` }, ...(state.joined.has(householdNo) ? [{ atenaNo: state.joined.get(householdNo) as string }] : [])], formerMembers: [] })) } as T;
      },
    };
    return { state, client };
  }
  const sv001: Identity = { staffId: 'sv001', name: 'y', role: 'supervisor', division: 'welfare' };

  it('are asked of residents once for every caller, and again only for households new to a reach', async () => {
    vi.useFakeTimers();
    try {
      const { state, client } = countingClient();
      const cache = createReachCache({ client, welfareUrl: 'welfare', residentsUrl: 'residents', ttlMs: 1_000, membersTtlMs: 60_000, staleMs: 600_000, logger: createLogger('test') });
      await cache.reachOf(cw001);
      await cache.reachOf(sv001);
      expect(state.asked).toEqual([['H1', 'H2'], ['H3']]);
      // The household lists expire; the members do not yet.
      vi.advanceTimersByTime(2_000);
      state.reached.cw001 = ['H1', 'H2', 'H4'];
      const reach = await cache.reachOf(cw001);
      expect(state.asked.slice(2)).toEqual([['H4']]);
      expect(reach === 'all' ? null : Object.fromEntries(reach.members)).toEqual({ 'H1-1': 'H1', 'H2-1': 'H2', 'H4-1': 'H4' });
      // A household that left the reach takes its members with it at once.
      vi.advanceTimersByTime(2_000);
      state.reached.cw001 = ['H1'];
      const narrowed = await cache.reachOf(cw001);
      expect(narrowed === 'all' ? null : [...narrowed.members.keys()]).toEqual(['H1-1']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('are asked again once they are older than membersTtlMs (a newborn becomes readable)', async () => {
    vi.useFakeTimers();
    try {
      const { state, client } = countingClient();
      const cache = createReachCache({ client, welfareUrl: 'welfare', residentsUrl: 'residents', ttlMs: 1_000, membersTtlMs: 10_000, staleMs: 600_000, logger: createLogger('test') });
      await cache.reachOf(cw001);
      state.joined.set('H1', 'H1-newborn');
      vi.advanceTimersByTime(2_000);
      const before = await cache.reachOf(cw001);
      expect(before !== 'all' && before.members.has('H1-newborn')).toBe(false);
      vi.advanceTimersByTime(10_000);
      const after = await cache.reachOf(cw001);
      expect(after !== 'all' && after.members.get('H1-newborn')).toBe('H1');
      expect(state.asked).toEqual([['H1', 'H2'], ['H1', 'H2']]);
    } finally {
      vi.useRealTimers();
    }
  });
});
