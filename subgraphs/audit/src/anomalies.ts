import type { Knex } from '@smart-casework/kit';
import { groupedCounts, lookupsPage, namesPerson, notExempt, sampleAtenaNos, within, type GroupRow, type LookupKey, type LookupRow, type Scope } from './data/anomalies';
import { codeLabel } from './labels';
import { ANOMALY_PARAMETERS, type AnomalyParameters } from './parameters';

export type AnomalyKind = 'LATE_NIGHT' | 'BULK_LOOKUP' | 'OUT_OF_CASELOAD' | 'DENIED';

export interface Anomaly {
  kind: AnomalyKind;
  staffId: string | null;
  firstAt: string;
  lastAt: string;
  count: number;
  sampleAtenaNos: string[];
  code: string | null;
  description: string;
}

type Parameters = AnomalyParameters;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const PAGE = 5000;

/** The nights (22:00–06:00 Japan time) overlapping [from, to), as UTC periods clipped to it. */
export function nightPeriods(from: string, to: string, night: Parameters['lateNight'] = ANOMALY_PARAMETERS.lateNight): [string, string][] {
  const offset = night.utcOffsetHours * HOUR;
  const start = Date.parse(from);
  const end = Date.parse(to);
  const periods: [string, string][] = [];
  // From the local day before `from`: its night may still be running at `from`.
  for (let day = Math.floor((start + offset) / DAY) * DAY - DAY; day - offset < end; day += DAY) {
    const nightStart = day + night.fromHour * HOUR - offset;
    const nightEnd = day + (night.toHour <= night.fromHour ? DAY : 0) + night.toHour * HOUR - offset;
    const a = Math.max(nightStart, start);
    const b = Math.min(nightEnd, end);
    if (a < b) periods.push([new Date(a).toISOString(), new Date(b).toISOString()]);
  }
  return periods;
}

const period: (from: string, to: string) => Scope = (from, to) => (query) => void query.where('at', '>=', from).andWhere('at', '<', to);
const allowed: Scope = (query) => void query.where('outcome', 'allowed');
const outOfCaseload: Scope = (query) => void query.where('outcome', 'denied').andWhere('reason', 'OUT_OF_CASELOAD');
const otherDenials: Scope = (query) => void query.where('outcome', 'denied').andWhere((r) => r.whereNull('reason').orWhereNot('reason', 'OUT_OF_CASELOAD'));

function describe(kind: AnomalyKind, group: GroupRow, p: Parameters): string {
  const night = `${p.lateNight.fromHour}時〜翌${p.lateNight.toHour}時`;
  switch (kind) {
    case 'LATE_NIGHT':
      return `深夜帯（${night}）に個人の情報を ${group.count} 件閲覧しています。`;
    case 'OUT_OF_CASELOAD':
      return `担当外の世帯の情報を ${group.count} 回照会しようとして拒否されています。`;
    default:
      return `アクセスが ${group.count} 回拒否されています（${codeLabel(group.code ?? null)}）。`;
  }
}

async function grouped(db: Knex, kind: AnomalyKind, scopes: Scope[], p: Parameters, byCode = false): Promise<Anomaly[]> {
  // Dialects sort NULL differently: unauthenticated requests (no staff id) come first everywhere.
  const groups = (await groupedCounts(db, scopes, byCode)).sort((a, b) => (a.staff_id ?? '').localeCompare(b.staff_id ?? '') || (a.code ?? '').localeCompare(b.code ?? ''));
  return Promise.all(groups.map(async (group) => ({
    kind,
    staffId: group.staff_id,
    firstAt: group.first_at,
    lastAt: group.last_at,
    count: group.count,
    sampleAtenaNos: await sampleAtenaNos(db, group.staff_id, byCode ? [...scopes, (q) => void q.where('code', group.code ?? null)] : scopes, p.samples),
    code: group.code ?? null,
    description: describe(kind, group, p),
  })));
}

interface Episode {
  staffId: string;
  firstAt: string;
  lastAt: string;
  persons: Set<string>;
}

/**
 * 大量照会: a sliding window over each staff member's disclosures, in time order; while the
 * window holds more distinct persons than the threshold, the lookups form one episode.
 */
export class BulkLookupDetector {
  readonly episodes: Episode[] = [];
  private window: LookupRow[] = [];
  private readonly counts = new Map<string, number>();
  private episode: Episode | null = null;

  constructor(private readonly bulk: Parameters['bulkLookup'] = ANOMALY_PARAMETERS.bulkLookup) {}

  add(row: LookupRow): void {
    if (this.window[0] && this.window[0].staff_id !== row.staff_id) this.reset();
    this.window.push(row);
    this.counts.set(row.atena_no, (this.counts.get(row.atena_no) ?? 0) + 1);
    const since = Date.parse(row.at) - this.bulk.windowMinutes * 60_000;
    while (this.window[0] && Date.parse(this.window[0].at) < since) this.evict();
    if (this.counts.size <= this.bulk.distinctPersons) return this.close();
    if (!this.episode) this.episode = { staffId: row.staff_id, firstAt: this.window[0]?.at ?? row.at, lastAt: row.at, persons: new Set(this.counts.keys()) };
    this.episode.lastAt = row.at;
    this.episode.persons.add(row.atena_no);
  }

  private evict(): void {
    const old = this.window.shift();
    if (!old) return;
    const left = (this.counts.get(old.atena_no) ?? 1) - 1;
    if (left === 0) this.counts.delete(old.atena_no);
    else this.counts.set(old.atena_no, left);
  }

  private close(): void {
    if (this.episode) this.episodes.push(this.episode);
    this.episode = null;
  }

  reset(): void {
    this.close();
    this.window = [];
    this.counts.clear();
  }
}

async function bulkLookups(db: Knex, from: string, to: string, p: Parameters): Promise<Anomaly[]> {
  const detector = new BulkLookupDetector(p.bulkLookup);
  const scopes = [notExempt(p.exemptRoles)];
  for (let after: LookupKey | null = null; ;) {
    const page = await lookupsPage(db, from, to, scopes, after, PAGE);
    for (const row of page.rows) detector.add(row);
    if (!page.last) break;
    after = page.last;
  }
  detector.reset();
  return detector.episodes.map((e) => ({
    kind: 'BULK_LOOKUP',
    staffId: e.staffId,
    firstAt: e.firstAt,
    lastAt: e.lastAt,
    count: e.persons.size,
    sampleAtenaNos: [...e.persons].slice(0, p.samples),
    code: null,
    description: `${p.bulkLookup.windowMinutes}分間に ${p.bulkLookup.distinctPersons} 人を超える（計 ${e.persons.size} 人）個人の情報を照会しています。`,
  }));
}

/** Every anomaly in [from, to), by kind, then staff member. */
export async function detectAnomalies(db: Knex, from: string, to: string, p: Parameters = ANOMALY_PARAMETERS): Promise<Anomaly[]> {
  const inPeriod = period(from, to);
  const nights = nightPeriods(from, to, p.lateNight);
  const late = nights.length === 0 ? [] : await grouped(db, 'LATE_NIGHT', [allowed, notExempt(p.exemptRoles), within(nights), namesPerson(db)], p);
  return [
    ...late,
    ...(await bulkLookups(db, from, to, p)),
    ...(await grouped(db, 'OUT_OF_CASELOAD', [inPeriod, outOfCaseload], p)),
    ...(await grouped(db, 'DENIED', [inPeriod, otherDenials], p, true)),
  ];
}
