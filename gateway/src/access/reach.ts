import type { Identity, Logger } from '@smart-casework/kit';
import { GATEWAY_CALLER, type InternalClient } from './internal-client';

/**
 * Whom a caller may investigate: every resident (roles whose duties are not a caseload), or
 * the members, present and former, of the households of their cases and open applications (a
 * supervisor: the team's), by atenaNo with the household that brings each one in.
 */
export type Reach = 'all' | { households: ReadonlySet<string>; members: ReadonlyMap<string, string> };

export const NO_REACH: Reach = { households: new Set(), members: new Map() };

export interface ReachOptions {
  client: InternalClient;
  welfareUrl: string;
  residentsUrl: string;
  /** How long a caller's reach is reused; registering or closing an application clears it at once. */
  ttlMs: number;
  /** How long a known reach still serves while welfare or residents cannot be asked again. */
  staleMs: number;
  /**
   * How long a household's members, as residents gave them, are reused for every caller who
   * reaches it (default: ttlMs). Which households a caller reaches is asked again every ttlMs.
   */
  membersTtlMs?: number;
  logger: Logger;
}

export interface ReachCache {
  reachOf(identity: Identity): Promise<Reach>;
  /** Forget every cached reach (an application was registered or closed). */
  clear(): void;
}

const REACH_QUERY = 'query GatewayReach { reachableHouseholds }';
const MEMBERS_QUERY = 'query GatewayReachMembers($h: [ID!]!) { households(householdNos: $h) { householdNo members { atenaNo } formerMembers { atenaNo } } }';
/** residents answers at most 500 households per call. */
const HOUSEHOLDS_PER_CALL = 500;

type MembersAnswer = { households: ({ householdNo: string; members: { atenaNo: string }[]; formerMembers: { atenaNo: string }[] } | null)[] };

/** Members, present and former, of each household residents was asked about, shared by every caller. */
type MemberCache = Map<string, { atenaNos: string[]; at: number }>;

/**
 * The households' members from the shared cache, asking residents only for households it does
 * not hold or holds for longer than membersTtlMs: a supervisor's reach (the team's two thousand
 * households) is asked of welfare every ttlMs, of residents only for what changed.
 */
async function membersOf(households: readonly string[], cache: MemberCache, options: ReachOptions): Promise<Map<string, string>> {
  const now = Date.now();
  const ttl = options.membersTtlMs ?? options.ttlMs;
  const missing = households.filter((householdNo) => {
    const known = cache.get(householdNo);
    return !known || now - known.at >= ttl;
  });
  for (let i = 0; i < missing.length; i += HOUSEHOLDS_PER_CALL) {
    const chunk = missing.slice(i, i + HOUSEHOLDS_PER_CALL);
    const answer = await options.client.query<MembersAnswer>(options.residentsUrl, GATEWAY_CALLER, MEMBERS_QUERY, { h: chunk });
    for (const householdNo of chunk) cache.set(householdNo, { atenaNos: [], at: now });
    for (const household of answer.households) {
      // Former members too: a death or a move out is exactly what the caseworker must check (返還金).
      if (household) cache.set(household.householdNo, { atenaNos: [...household.formerMembers, ...household.members].map((m) => m.atenaNo), at: now });
    }
  }
  const members = new Map<string, string>();
  for (const householdNo of households) for (const atenaNo of cache.get(householdNo)?.atenaNos ?? []) members.set(atenaNo, householdNo);
  return members;
}

async function loadReach(identity: Identity, cache: MemberCache, options: ReachOptions): Promise<Reach> {
  const caller = { identity, purpose: 'investigation', requestId: null, grant: 'all' as const };
  const { reachableHouseholds } = await options.client.query<{ reachableHouseholds: string[] }>(options.welfareUrl, caller, REACH_QUERY);
  return { households: new Set(reachableHouseholds), members: await membersOf(reachableHouseholds, cache, options) };
}

/** Drops members no caller has needed for a while, so the shared cache holds about what is reached. */
function sweep(cache: MemberCache, olderThanMs: number): void {
  const now = Date.now();
  for (const [householdNo, known] of cache) if (now - known.at >= olderThanMs) cache.delete(householdNo);
}

interface Entry {
  known?: { reach: Reach; at: number };
  loading?: Promise<Reach>;
}

/**
 * Reach per staff member, reused for `ttlMs`. When a reload fails (welfare down), the last known
 * reach serves for up to `staleMs`, so that a department outage does not stop every caseworker
 * who was working a moment ago; a caller never looked up is refused (DEPARTMENT_UNAVAILABLE).
 */
export function createReachCache(options: ReachOptions): ReachCache {
  const cache = new Map<string, Entry>();
  const members: MemberCache = new Map();
  let swept = Date.now();
  const reload = (identity: Identity, entry: Entry): Promise<Reach> => {
    const membersTtlMs = options.membersTtlMs ?? options.ttlMs;
    if (Date.now() - swept >= membersTtlMs) {
      sweep(members, membersTtlMs);
      swept = Date.now();
    }
    entry.loading ??= loadReach(identity, members, options).then(
      (reach) => {
        entry.known = { reach, at: Date.now() };
        entry.loading = undefined;
        return reach;
      },
      (error: unknown) => {
        entry.loading = undefined;
        const stale = entry.known && Date.now() - entry.known.at < options.staleMs ? entry.known.reach : null;
        options.logger.warn({ err: error, staffId: identity.staffId, servedStale: stale !== null }, 'reach lookup failed');
        if (stale) return stale;
        throw error;
      },
    );
    return entry.loading;
  };
  return {
    reachOf(identity) {
      if (identity.role === 'tax' || identity.role === 'service') return Promise.resolve('all');
      if (identity.role !== 'caseworker' && identity.role !== 'supervisor') return Promise.resolve(NO_REACH);
      let entry = cache.get(identity.staffId);
      if (!entry) cache.set(identity.staffId, (entry = {}));
      if (entry.known && Date.now() - entry.known.at < options.ttlMs) return Promise.resolve(entry.known.reach);
      return reload(identity, entry);
    },
    // Forgets the fresh answers; a stale one stays only as the fallback during an outage.
    clear: () => { for (const entry of cache.values()) if (entry.known) entry.known = { ...entry.known, at: Math.min(entry.known.at, Date.now() - options.ttlMs) }; },
  };
}
