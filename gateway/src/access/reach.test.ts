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
