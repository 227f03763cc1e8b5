import type { QueryResolvers } from '../generated/graphql';
import { detectAnomalies } from '../anomalies';
import { entriesAbout, entriesPage } from '../data/entries';
import { disclosureReport } from '../disclosure-report';
import { boundedPeriod, cursorSeq, identifier, pageSize, period } from './arguments';

/** Lines one disclosure report reads at most (years of a person's lookups fit many times over). */
const MAX_REPORT_LINES = 50_000;

export const Query: QueryResolvers = {
  auditLog: async (_parent, args, { db }) => {
    const limit = pageSize(args.first);
    const filter = {
      ...period(args.from, args.to),
      staffId: args.staffId ? identifier(args.staffId, 'staffId') : null,
      atenaNo: args.atenaNo ? identifier(args.atenaNo, 'atenaNo') : null,
      outcome: args.outcome ? (args.outcome === 'ALLOWED' ? 'allowed' : 'denied') : null,
    } as const;
    const rows = await entriesPage(db, filter, limit + 1, cursorSeq(args.after));
    const nodes = rows.slice(0, limit);
    const last = nodes[nodes.length - 1];
    return { nodes, pageInfo: { endCursor: last ? String(last.seq) : null, hasNextPage: rows.length > limit } };
  },
  auditAnomalies: (_parent, args, { db }) => {
    const { from, to } = boundedPeriod(args.from, args.to);
    return detectAnomalies(db, from, to);
  },
  disclosureReport: async (_parent, args, { db }) => {
    const subject = { atenaNo: identifier(args.atenaNo, 'atenaNo'), householdNo: args.householdNo ? identifier(args.householdNo, 'householdNo') : null };
    const when = period(args.from, args.to);
    const rows = await entriesAbout(db, subject, when.from, when.to, MAX_REPORT_LINES);
    return disclosureReport(subject, when, rows);
  },
};
