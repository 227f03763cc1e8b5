import { badUserInput, type Department, type SubgraphContext } from '@smart-casework/kit';
import { parse } from 'graphql';
import { EVERYONE, FAKE_LINK, READERS, WELFARE_STAFF } from './access-sdl';

/**
 * Three tiny stand-ins for residents, tax and welfare, so that the gateway's own tests do not
 * depend on the real departments (the e2e tests in tools/ run those).
 */
type Ctx = SubgraphContext<null>;

/** The household cw001's (fake) case covers: the persons the tests read. */
export const FAKE_CASE_HOUSEHOLD = { householdNo: '000000011', members: ['000900001', '000900009', '000900012'] } as const;

/** How a subgraph saw the caller: proves the identity travelled through the gateway. */
const seenBy = ({ caller }: Ctx) => `${caller.identity.staffId}/${caller.purpose ?? '-'}/${caller.requestId ?? '-'}`;

export const FAKE_SDL = {
  residents: `${FAKE_LINK}
    type Query {
      resident(atenaNo: ID!): Resident @access(roles: ${READERS}, scope: IDENTIFY)
      households(householdNos: [ID!]!): [Household]! @access(roles: ${READERS}, scope: CASELOAD)
      residentsSeenBy: String! @access(roles: ${EVERYONE}, scope: PUBLIC)
    }
    type Resident @key(fields: "atenaNo") { atenaNo: ID! name: String! @access(roles: ${READERS}, scope: IDENTIFY) }
    type Household @key(fields: "householdNo") {
      householdNo: ID!
      members: [Resident!]! @access(roles: ${READERS}, scope: CASELOAD)
      formerMembers: [Resident!]! @access(roles: ${READERS}, scope: CASELOAD)
    }`,
  tax: `${FAKE_LINK}
    type Resident @key(fields: "atenaNo") { atenaNo: ID! tax: TaxRecord @access(roles: ${READERS}, scope: CASELOAD) }
    type TaxRecord { source: String! hasRecord: Boolean! seenBy: String! }`,
  welfare: `${FAKE_LINK}
    type Query {
      me: Staff! @access(roles: ${EVERYONE}, scope: PUBLIC)
      reachableHouseholds: [ID!]! @access(roles: ${WELFARE_STAFF}, scope: OWN)
    }
    type Staff @key(fields: "staffId") {
      staffId: ID!
      name: String! @access(roles: ${EVERYONE}, scope: PUBLIC)
      role: String! @access(roles: ${EVERYONE}, scope: PUBLIC)
      division: String! @access(roles: ${EVERYONE}, scope: PUBLIC)
    }`,
} as const;

export const FAKE_STAFF = {
  cw001: { staffId: 'cw001', name: '試験 ケースワーカー', role: 'caseworker', division: 'welfare' },
  tax001: { staffId: 'tax001', name: '試験 税務', role: 'tax', division: 'tax' },
} as const;

function fake(name: keyof typeof FAKE_SDL, resolvers: object): Department<null> {
  return { name, label: name, defaultPort: 0, typeDefs: parse(FAKE_SDL[name]), resolvers, migrations: [], createLoaders: () => null };
}

export const fakeResidents = fake('residents', {
  Query: {
    resident: (_: unknown, { atenaNo }: { atenaNo: string }) => {
      if (!/^\d{8,15}$/.test(atenaNo)) throw badUserInput('宛名番号が正しくありません。', 'atenaNo must be 8 to 15 digits', 'atenaNo');
      return { atenaNo, name: `住民 ${atenaNo}` };
    },
    residentsSeenBy: (_: unknown, _args: unknown, ctx: Ctx) => seenBy(ctx),
    households: (_: unknown, { householdNos }: { householdNos: string[] }) =>
      householdNos.map((householdNo) => (householdNo === FAKE_CASE_HOUSEHOLD.householdNo ? { householdNo, members: FAKE_CASE_HOUSEHOLD.members.map((atenaNo) => ({ atenaNo })), formerMembers: [] } : null)),
  },
  Resident: { name: ({ atenaNo, name }: { atenaNo: string; name?: string }) => name ?? `住民 ${atenaNo}` },
});

export const fakeTax = fake('tax', {
  Resident: {
    __resolveReference: (ref: { atenaNo: string }) => ref,
    tax: (ref: { atenaNo: string }, _args: unknown, ctx: Ctx) => {
      // A database failing under one lookup, as a driver reports it (SQL text included).
      if (ref.atenaNo.endsWith('9')) throw new Error('select * from tax_assessments where atena_no = ? - SQLITE_BUSY: database is locked');
      return { source: 'tax', hasRecord: ref.atenaNo.endsWith('1'), seenBy: seenBy(ctx) };
    },
  },
});

export const fakeWelfare = fake('welfare', {
  Query: {
    me: (_: unknown, _args: unknown, { caller }: Ctx) => caller.identity,
    reachableHouseholds: (_: unknown, _args: unknown, { caller }: Ctx) => (caller.identity.staffId === 'cw001' ? [FAKE_CASE_HOUSEHOLD.householdNo] : []),
  },
  Staff: {
    __resolveReference: ({ staffId }: { staffId: string }) => FAKE_STAFF[staffId as keyof typeof FAKE_STAFF] ?? null,
  },
});
