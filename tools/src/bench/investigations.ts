/**
 * The benchmark reads households through the gateway with access control on, so the reader must
 * reach them. It opens them to investigation as the welfare office does (issue 5): a caseworker
 * registers an application (`registerApplication`), which brings the household into their reach
 * and their supervisor's. It writes to the benchmark's copy of welfare's database.
 */
import type { Member } from './breakdown';

const REGISTER = 'mutation BenchRegisterApplication($atenaNo: ID!) { registerApplication(atenaNo: $atenaNo) { applicationNo } }';

type Answer = { data?: { registerApplication?: { applicationNo: string } } | null; errors?: { message: string; extensions?: { code?: string; messageEn?: string } }[] };

/** A dev token for a seeded staff member from a gateway's `/auth/dev-token`. */
export async function devToken(gatewayUrl: string, userId: string): Promise<string> {
  const response = await fetch(`${gatewayUrl}/auth/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId }) });
  const body = (await response.json()) as { token?: string };
  if (!body.token) throw new Error(`no dev token for ${userId} (HTTP ${response.status})`);
  return body.token;
}

async function register(gatewayUrl: string, token: string, atenaNo: string): Promise<'registered' | 'open' | 'not-resident'> {
  const response = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': 'investigation' },
    body: JSON.stringify({ query: REGISTER, variables: { atenaNo } }),
  });
  const body = (await response.json()) as Answer;
  if (body.data?.registerApplication) return 'registered';
  const en = body.errors?.[0]?.extensions?.messageEn ?? '';
  // A household with an open case or application is in reach already.
  if (/already has open/.test(en)) return 'open';
  // 転出 or 死亡: another member applies.
  if (/is not a resident/.test(en)) return 'not-resident';
  throw new Error(`registerApplication(${atenaNo}) failed: ${JSON.stringify(body.errors ?? body).slice(0, 400)}`);
}

/**
 * Registers an application by `caseworkerId` for each household that has no open case or
 * application; returns how many were registered and how many were open already.
 */
export async function openForInvestigation(options: { gatewayUrl: string; caseworkerId: string; households: readonly { householdNo: string; members: readonly Member[] }[] }): Promise<{ registered: number; alreadyOpen: number }> {
  const token = await devToken(options.gatewayUrl, options.caseworkerId);
  const counts = { registered: 0, alreadyOpen: 0 };
  for (const household of options.households) {
    let outcome: Awaited<ReturnType<typeof register>> = 'not-resident';
    for (const member of household.members) {
      outcome = await register(options.gatewayUrl, token, member.atenaNo);
      if (outcome !== 'not-resident') break;
    }
    if (outcome === 'not-resident') throw new Error(`household ${household.householdNo}: no member can apply`);
    if (outcome === 'registered') counts.registered += 1;
    else counts.alreadyOpen += 1;
  }
  return counts;
}
