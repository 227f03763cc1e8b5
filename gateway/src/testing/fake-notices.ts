import { forbidden, type Department, type Identity, type SubgraphContext } from '@smart-casework/kit';
import { parse } from 'graphql';
import { EVERYONE, FAKE_LINK, READERS, WELFARE_STAFF } from './access-sdl';

/**
 * A residents and a welfare stand-in with change notices, for the gateway's live-delivery tests:
 * welfare lists notices after a cursor as the real one does (visibility included), residents
 * resolves a notice's resident and household through federation.
 */
type Ctx = SubgraphContext<null>;


export const NOTICE_SDL = {
  // Simplified policies: the live tests are about delivery; the access rules have tests of their own.
  residents: `${FAKE_LINK}
    type Query { resident(atenaNo: ID!): Resident @access(roles: ${READERS}, scope: IDENTIFY) }
    type Resident @key(fields: "atenaNo") {
      atenaNo: ID!
      name: String! @access(roles: ${READERS}, scope: IDENTIFY)
      household: Household! @access(roles: ${READERS}, scope: IDENTIFY)
    }
    type Household @key(fields: "householdNo") { householdNo: ID! members: [Resident!]! @access(roles: ${READERS}, scope: IDENTIFY) }`,
  welfare: `${FAKE_LINK}
    type Query {
      me: Staff! @access(roles: ${EVERYONE}, scope: PUBLIC)
      reachableHouseholds: [ID!]! @access(roles: ${WELFARE_STAFF}, scope: OWN)
      notices(after: String, first: Int = 50, orderBy: NoticeOrder = ARRIVAL): NoticeConnection! @access(roles: ${EVERYONE}, scope: OWN)
      notice(id: ID!): ChangeNotice @access(roles: ${EVERYONE}, scope: OWN)
    }
    type Subscription { noticeAdded: ChangeNotice! @access(roles: ${EVERYONE}, scope: OWN)  noticeResolved: ChangeNotice! @access(roles: ${EVERYONE}, scope: OWN) }
    enum NoticeOrder { ARRIVAL PRIORITY }
    type NoticeConnection { nodes: [ChangeNotice!]!  pageInfo: PageInfo! }
    type PageInfo { endCursor: String  hasNextPage: Boolean! }
    type ChangeNotice @key(fields: "id") {
      id: ID!
      cursor: String! @access(roles: ${WELFARE_STAFF}, scope: OWN)
      kind: String! @access(roles: ${WELFARE_STAFF}, scope: OWN)
      summary: String! @access(roles: ${WELFARE_STAFF}, scope: OWN)
      resident: Resident! @access(roles: ${WELFARE_STAFF}, scope: OWN)
      assignedTo: Staff @access(roles: ${WELFARE_STAFF}, scope: OWN)
      supervisor: Staff @access(roles: ${WELFARE_STAFF}, scope: OWN)
      """Always fails: a payload with an error must not close the socket."""
      failing: String @access(roles: ${WELFARE_STAFF}, scope: OWN)
    }
    type Resident @key(fields: "atenaNo", resolvable: false) { atenaNo: ID! }
    type Staff @key(fields: "staffId") {
      staffId: ID!
      name: String! @access(roles: ${EVERYONE}, scope: PUBLIC)
      role: String! @access(roles: ${EVERYONE}, scope: PUBLIC)
      division: String! @access(roles: ${EVERYONE}, scope: PUBLIC)
    }`,
} as const;

export const NOTICE_STAFF = {
  cw001: { staffId: 'cw001', name: '試験 一郎', role: 'caseworker', division: 'welfare' },
  cw002: { staffId: 'cw002', name: '試験 二郎', role: 'caseworker', division: 'welfare' },
  sv001: { staffId: 'sv001', name: '試験 査察', role: 'supervisor', division: 'welfare' },
  tax001: { staffId: 'tax001', name: '試験 税務', role: 'tax', division: 'tax' },
} satisfies Record<string, Identity>;

export interface FakeNotice {
  id: string;
  seq: number;
  atenaNo: string;
  kind: string;
  summary: string;
  assignedTo: string;
  supervisorId: string | null;
}

export interface NoticeStore {
  notices: FakeNotice[];
  add(notice: { assignedTo: string; supervisorId?: string | null; atenaNo?: string; kind?: string }): FakeNotice;
}

export function createNoticeStore(): NoticeStore {
  const notices: FakeNotice[] = [];
  return {
    notices,
    add({ assignedTo, supervisorId = null, atenaNo = '000900001', kind = '世帯員転出' }) {
      const seq = notices.length + 1;
      const notice = { id: `N${String(seq).padStart(5, '0')}`, seq, atenaNo, kind, summary: `${kind}（${atenaNo}）`, assignedTo, supervisorId };
      notices.push(notice);
      return notice;
    },
  };
}

function visible(identity: Identity, notice: FakeNotice): boolean {
  if (identity.role === 'service') return true;
  if (identity.role === 'supervisor') return notice.supervisorId === identity.staffId;
  return identity.role === 'caseworker' && notice.assignedTo === identity.staffId;
}

const cursorOf = (seq: number) => Buffer.from(`seq:${seq}`).toString('base64url');
const seqOf = (cursor: string | null | undefined) => (cursor ? Number(Buffer.from(cursor, 'base64url').toString().slice(4)) : 0);
const staff = (staffId: string | null) => (staffId ? NOTICE_STAFF[staffId as keyof typeof NOTICE_STAFF] ?? { staffId, name: staffId, role: 'caseworker', division: 'welfare' } : null);

function department(name: keyof typeof NOTICE_SDL, resolvers: object): Department<null> {
  return { name, label: name, defaultPort: 0, typeDefs: parse(NOTICE_SDL[name]), resolvers, migrations: [], createLoaders: () => null };
}

export function fakeNoticeWelfare(store: NoticeStore): Department<null> {
  const readable = ({ caller }: Ctx) => {
    if (!['caseworker', 'supervisor', 'service'].includes(caller.identity.role)) throw forbidden('Notices are for welfare staff');
    return store.notices.filter((n) => visible(caller.identity, n));
  };
  return department('welfare', {
    Query: {
      me: (_: unknown, _args: unknown, { caller }: Ctx) => caller.identity,
      reachableHouseholds: () => [],
      notices: (_: unknown, args: { after?: string | null; first: number }, ctx: Ctx) => {
        const after = readable(ctx).filter((n) => n.seq > seqOf(args.after));
        const nodes = after.slice(0, args.first);
        return { nodes, pageInfo: { endCursor: nodes.length > 0 ? cursorOf(nodes[nodes.length - 1]!.seq) : null, hasNextPage: after.length > nodes.length } };
      },
      notice: (_: unknown, { id }: { id: string }, ctx: Ctx) => readable(ctx).find((n) => n.id === id) ?? null,
    },
    ChangeNotice: {
      cursor: (n: FakeNotice) => cursorOf(n.seq),
      resident: (n: FakeNotice) => ({ __typename: 'Resident', atenaNo: n.atenaNo }),
      assignedTo: (n: FakeNotice) => staff(n.assignedTo),
      supervisor: (n: FakeNotice) => staff(n.supervisorId),
      failing: () => {
        throw new Error('select * from change_notices - SQLITE_BUSY');
      },
    },
    Staff: { __resolveReference: ({ staffId }: { staffId: string }) => staff(staffId) },
  });
}

/** Every resident lives with one other, `<atenaNo>2`. */
export const fakeNoticeResidents = department('residents', {
  Query: { resident: (_: unknown, { atenaNo }: { atenaNo: string }) => ({ atenaNo }) },
  Resident: {
    __resolveReference: (ref: { atenaNo: string }) => ref,
    name: ({ atenaNo }: { atenaNo: string }) => `住民 ${atenaNo}`,
    household: ({ atenaNo }: { atenaNo: string }) => ({ householdNo: `H${atenaNo}`, head: atenaNo }),
  },
  Household: {
    __resolveReference: ({ householdNo }: { householdNo: string }) => ({ householdNo, head: householdNo.slice(1) }),
    members: ({ head }: { head: string }) => [{ atenaNo: head }, { atenaNo: `${head}2` }],
  },
});
