import { gradeClass } from '@smart-casework/kit';
import type { NewNotice } from '../data/notices';
import type { SnapshotRow } from '../data/watch-snapshots';
import type { WatchTarget } from '../data/watch-targets';
import { toNotice, type ChangeOrigin } from './notice';
import type { MemberRaw, RegistryRaw } from './query';
import { arrivalChange, departureChange, REGISTRY_SECTION, registryFacts, WATCHED_SECTIONS, type DetectedChange, type RegistryFacts, type RuleContext } from './rules';
import { decodeSnapshot, encodeSnapshot } from './snapshot';

/** Everything known about one household in one sweep. */
export interface HouseholdInput {
  target: WatchTarget;
  /** Current members as read through the gateway. */
  members: readonly MemberRaw[];
  /**
   * The registry's answer on persons of the last snapshot (how a person who left, left): null
   * for a number it does not know, no entry when it could not be asked.
   */
  known: ReadonlyMap<string, RegistryRaw | null>;
  /** The household's snapshots from the last sweep (none: first sweep, a baseline). */
  snapshots: readonly SnapshotRow[];
  today: string;
  detectedAt: string;
}

export interface HouseholdResult {
  notices: NewNotice[];
  /** The household's snapshots after this sweep; null when nothing changed (nothing to write). */
  snapshots: SnapshotRow[] | null;
  /** (member, section) pairs that could not be read: kept as they were, never a change. */
  unknownSections: number;
}

/** Version of the registry facts' shape (see WatchedSection.version). */
const REGISTRY_VERSION = 1;

const rowKey = (atenaNo: string, section: string) => `${atenaNo}\u001f${section}`;

class HouseholdDiff {
  readonly notices: NewNotice[] = [];
  readonly rows = new Map<string, SnapshotRow>();
  unknownSections = 0;
  /** Set when a person who left could not be looked up: the household waits for the next sweep. */
  incomplete = false;
  private readonly previous: Map<string, SnapshotRow>;

  constructor(private readonly input: HouseholdInput) {
    this.previous = new Map(input.snapshots.map((row) => [rowKey(row.atena_no, row.section), row]));
  }

  get baseline(): boolean {
    return this.previous.size === 0;
  }

  private origin(atenaNo: string, section: string, source: string, beforeDigest: string, afterDigest: string): ChangeOrigin {
    const { target, today, detectedAt } = this.input;
    return { target, atenaNo, section, source, beforeDigest, afterDigest, today, detectedAt };
  }

  private context(name: string): RuleContext {
    return { name, today: this.input.today, grade: gradeClass(this.input.target.grade) };
  }

  private raise(origin: ChangeOrigin, changes: readonly DetectedChange[]): void {
    if (this.baseline) return;
    for (const change of changes) this.notices.push(toNotice(origin, change));
  }

  /** Stores facts for (member, section) and returns the row's digest. */
  private keep(atenaNo: string, section: string, version: number, facts: unknown): string {
    const { json, digest } = encodeSnapshot(version, facts);
    const previous = this.previous.get(rowKey(atenaNo, section));
    const unchanged = previous?.digest === digest;
    this.rows.set(rowKey(atenaNo, section), unchanged ? previous : { household_no: this.input.target.householdNo, atena_no: atenaNo, section, digest, snapshot_json: json, taken_at: this.input.detectedAt });
    return digest;
  }

  /** Members of the last snapshot who are not current members any more. */
  departures(current: ReadonlySet<string>): void {
    for (const row of this.previous.values()) {
      if (row.section !== REGISTRY_SECTION || current.has(row.atena_no)) continue;
      if (!this.input.known.has(row.atena_no)) {
        this.incomplete = true;
        continue;
      }
      const before = decodeSnapshot(row.snapshot_json).facts as RegistryFacts;
      const raw = this.input.known.get(row.atena_no);
      const now = raw ? registryFacts(raw) : null;
      const afterDigest = now ? encodeSnapshot(REGISTRY_VERSION, now).digest : '';
      const change = departureChange(before, now, this.input.target.householdNo, this.context(before.name));
      this.raise(this.origin(row.atena_no, REGISTRY_SECTION, 'residents', row.digest, afterDigest), [change]);
    }
  }

  /** One current member: membership first (an arrival baselines every section), then each section. */
  member(member: MemberRaw): void {
    const facts = registryFacts(member);
    const previous = this.previous.get(rowKey(member.atenaNo, REGISTRY_SECTION));
    const digest = this.keep(member.atenaNo, REGISTRY_SECTION, REGISTRY_VERSION, facts);
    if (!previous) this.raise(this.origin(member.atenaNo, REGISTRY_SECTION, 'residents', '', digest), [arrivalChange(facts, this.context(member.name))]);
    for (const watched of WATCHED_SECTIONS) {
      const raw = member[watched.section];
      const key = rowKey(member.atenaNo, watched.section);
      const before = this.previous.get(key);
      if (raw === null || raw === undefined) {
        this.unknownSections += 1;
        if (before) this.rows.set(key, before);
        continue;
      }
      const after = watched.facts(raw);
      const afterDigest = this.keep(member.atenaNo, watched.section, watched.version, after);
      if (!previous || !before || before.digest === afterDigest) continue;
      const stored = decodeSnapshot(before.snapshot_json);
      if (stored.v !== watched.version) continue;
      const changes = watched.rule(stored.facts, after, this.context(member.name));
      this.raise(this.origin(member.atenaNo, watched.section, watched.department, before.digest, afterDigest), changes);
    }
  }

  changed(): boolean {
    if (this.rows.size !== this.previous.size) return true;
    for (const [key, row] of this.rows) if (this.previous.get(key) !== row) return true;
    return false;
  }
}

/**
 * Compares one household with its last snapshot. The first sweep (no snapshot) only records a
 * baseline; later, a member who left or arrived is a registry notice (an arrival's sections are
 * its baseline), and each readable section that differs goes through its rule. A section that
 * could not be read keeps its old snapshot and raises nothing: the next sweep catches up.
 */
export function compareHousehold(input: HouseholdInput): HouseholdResult {
  const diff = new HouseholdDiff(input);
  diff.departures(new Set(input.members.map((m) => m.atenaNo)));
  if (diff.incomplete) return { notices: [], snapshots: null, unknownSections: 1 };
  for (const member of input.members) diff.member(member);
  return { notices: diff.notices, snapshots: diff.changed() ? [...diff.rows.values()] : null, unknownSections: diff.unknownSections };
}
