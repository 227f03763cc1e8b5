import { DEPARTMENTS, DEV_INTERNAL_SECRET, signInternalToken } from '@smart-casework/kit';
import { elder, mother } from '../city';
import { SECTION_FIELDS } from '../client';
import { refused } from './access';
import { bearer, devClaims, devSigned, forgeJwt, type Expected, type Probe } from './kit';

/**
 * Tokens and ports: forged, expired and ill-formed tokens at the gateway, and every subgraph's
 * port called directly (no token, a token signed with the published dev secret, a user's token).
 */

const unauthenticated = (reason?: string | RegExp): Expected => ({ status: 401, code: 'UNAUTHENTICATED', audit: { code: 'UNAUTHENTICATED', department: 'gateway', staffId: null, ...(reason ? { reason } : {}) } });

const PERSONAL = `{ resident(atenaNo: "${mother.atenaNo}") { name address tax { hasRecord } } }`;
const hour = 3600;
const now = () => Math.floor(Date.now() / 1000);

const gatewayTokens: Probe[] = [
  { name: 'no token', request: { purpose: 'investigation', query: PERSONAL }, expect: unauthenticated(/bearer token is required/) },
  { name: 'not a JWT', request: { purpose: 'investigation', auth: () => bearer('not-a-jwt'), query: PERSONAL }, expect: unauthenticated(/Invalid or expired/) },
  { name: 'another scheme (Basic)', request: { purpose: 'investigation', auth: () => ({ authorization: `Basic ${Buffer.from('cw001:password').toString('base64')}` }), query: PERSONAL }, expect: unauthenticated(/bearer token is required/) },
  { name: 'forged: signed with another secret', request: { purpose: 'investigation', auth: () => bearer(forgeJwt(devClaims(), 'an-attackers-guess-at-the-secret-0123456789')), query: PERSONAL }, expect: unauthenticated(/Invalid or expired/) },
  { name: 'expired', request: { purpose: 'investigation', auth: () => bearer(devSigned({ iat: now() - 9 * hour, exp: now() - hour })), query: PERSONAL }, expect: unauthenticated(/Invalid or expired/) },
  { name: 'alg: none', request: { purpose: 'investigation', auth: () => bearer(forgeJwt(devClaims(), null)), query: PERSONAL }, expect: unauthenticated(/Invalid or expired/) },
  { name: 'another issuer', request: { purpose: 'investigation', auth: () => bearer(devSigned({ iss: 'https://idp.elsewhere.example' })), query: PERSONAL }, expect: unauthenticated(/Invalid or expired/) },
  { name: 'a role the system does not have (admin)', request: { purpose: 'investigation', auth: () => bearer(devSigned({ role: 'admin', division: 'welfare' })), query: PERSONAL }, expect: unauthenticated(/staff identity/) },
  { name: "the gateway's internal token presented as a user token", request: { purpose: 'investigation', auth: async (c) => bearer(await signInternalToken({ identity: { staffId: 'cw001', name: 'cw001', role: 'caseworker', division: 'welfare' }, purpose: 'investigation', requestId: null, grant: 'all' }, c.internalSecret)), query: PERSONAL }, expect: unauthenticated(/Invalid or expired/) },
  // Signed with the dev secret (valid in dev mode), but the division disagrees with the role: no role at all.
  { name: 'role caseworker, division tax', request: { purpose: 'investigation', auth: () => bearer(devSigned({ division: 'tax' })), query: `{ resident(atenaNo: "${mother.atenaNo}") { tax { hasRecord } } }` }, expect: refused('ROLE', { department: 'residents', atenaNo: mother.atenaNo, staffId: 'cw001' }) },
  { name: 'role tax, division welfare', request: { purpose: 'tax-assessment', auth: () => bearer(devSigned({ sub: 'tax001', role: 'tax', division: 'welfare' })), query: `{ resident(atenaNo: "${mother.atenaNo}") { tax { hasRecord } } }` }, expect: refused('ROLE', { department: 'residents', atenaNo: mother.atenaNo, staffId: 'tax001' }) },
  { name: 'a caseworker the directory does not know (cw999): no caseload', request: { purpose: 'investigation', auth: () => bearer(devSigned({ sub: 'cw999' })), query: `{ resident(atenaNo: "${elder.atenaNo}") { welfare { hasRecord } } }` }, expect: refused('OUT_OF_CASELOAD', { department: 'welfare', atenaNo: elder.atenaNo, staffId: 'cw999' }) },
];

/** What each subgraph would disclose if it answered. */
function personalQuery(name: string): string {
  if (name === 'residents') return PERSONAL;
  if (name === 'audit') return '{ auditLog { nodes { staffId atenaNo } } }';
  const field = SECTION_FIELDS[name] ?? 'tax';
  return `{ _entities(representations: [{ __typename: "Resident", atenaNo: "${mother.atenaNo}", birthDate: "1985-08-20" }]) { ... on Resident { ${field} { hasRecord findings { message } } } } }`;
}

const direct = (name: string, reason: string): Expected => ({ status: 401, code: 'UNAUTHENTICATED', audit: { code: 'UNAUTHENTICATED', department: name, staffId: null, reason } });
const IDENTITY = { staffId: 'cw001', name: 'cw001', role: 'caseworker', division: 'welfare' } as const;

const directCalls: Probe[] = DEPARTMENTS.flatMap(({ name }): Probe[] => [
  { name: `${name} port: no gateway token`, request: { target: { subgraph: name }, purpose: 'investigation', query: personalQuery(name) }, expect: direct(name, 'called directly, not through the gateway') },
  {
    name: `${name} port: a gateway token signed with the published dev secret`,
    request: { target: { subgraph: name }, purpose: 'investigation', auth: async () => ({ 'x-internal-token': await signInternalToken({ identity: IDENTITY, purpose: 'investigation', requestId: null, grant: 'all' }, DEV_INTERNAL_SECRET) }), query: personalQuery(name) },
    expect: direct(name, 'invalid or expired gateway token'),
  },
  {
    name: `${name} port: a user's bearer token instead of the gateway's`,
    request: { target: { subgraph: name }, purpose: 'investigation', auth: (c) => ({ ...bearer(c.devToken('cw001')), 'x-internal-token': c.devToken('cw001') }), query: personalQuery(name) },
    expect: direct(name, 'invalid or expired gateway token'),
  },
]);

export const tokenProbes: Probe[] = [...gatewayTokens, ...directCalls];
