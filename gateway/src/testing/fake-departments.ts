import { badUserInput, type Department, type SubgraphContext } from '@smart-casework/kit';
import { parse } from 'graphql';

/**
 * Three tiny stand-ins for residents, tax and welfare, so that the gateway's own tests do not
 * depend on the real departments (the e2e tests in tools/ run those).
 */
type Ctx = SubgraphContext<null>;

const link = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

/** How a subgraph saw the caller: proves the identity travelled through the gateway. */
const seenBy = ({ caller }: Ctx) => `${caller.identity.staffId}/${caller.purpose ?? '-'}/${caller.requestId ?? '-'}`;

export const FAKE_SDL = {
  residents: `${link}
    type Query { resident(atenaNo: ID!): Resident  residentsSeenBy: String! }
    type Resident @key(fields: "atenaNo") { atenaNo: ID! name: String! }`,
  tax: `${link}
    type Resident @key(fields: "atenaNo") { atenaNo: ID! tax: TaxRecord }
    type TaxRecord { source: String! hasRecord: Boolean! seenBy: String! }`,
  welfare: `${link}
    type Query { me: Staff! }
    type Staff @key(fields: "staffId") { staffId: ID! name: String! role: String! division: String! }`,
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
  },
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
  Query: { me: (_: unknown, _args: unknown, { caller }: Ctx) => caller.identity },
  Staff: {
    __resolveReference: ({ staffId }: { staffId: string }) => FAKE_STAFF[staffId as keyof typeof FAKE_STAFF] ?? null,
  },
});
