import type { ResidentChangeRow } from '../data/changes';
import type { HouseholdRow } from '../data/households';
import type { ResidentRow } from '../data/residents';
import { HEAD, REASON_GROUPS, type Reason, type RegistryRow } from './columns';
import type { HouseholdState, RegistryView } from './view';

/** One write to the registry, in the order the rows ask for them. */
export type Effect =
  | { kind: 'insertResident'; row: ResidentRow }
  | { kind: 'updateResident'; atenaNo: string; patch: Partial<ResidentRow> }
  | { kind: 'insertHousehold'; row: HouseholdRow }
  | { kind: 'updateHousehold'; householdNo: string; patch: Partial<HouseholdRow> }
  | { kind: 'change'; row: ResidentChangeRow };

/** Facts about the whole file that a single row's rules need. */
export interface FileFacts {
  /** Lines of 世帯主変更 rows that make a person head, by atenaNo. */
  newHeads: Map<string, number>;
  /** Persons given a new 続柄 other than 世帯主 by a 世帯主変更 row (the former head's row). */
  relabelled: Set<string>;
}

export function fileFacts(rows: readonly RegistryRow[]): FileFacts {
  const newHeads = new Map<string, number>();
  const relabelled = new Set<string>();
  for (const row of rows) {
    if (row.reason !== '世帯主変更') continue;
    if (row.relationship === null || row.relationship === HEAD) newHeads.set(row.atenaNo, row.line);
    else relabelled.add(row.atenaNo);
  }
  return { newHeads, relabelled };
}

/** The registry view, the effects so far and what every row needs to know. */
export class Plan {
  readonly effects: Effect[] = [];

  constructor(readonly view: RegistryView, readonly facts: FileFacts, readonly processedOn: string) {}

  person(atenaNo: string): ResidentRow | undefined {
    return this.view.persons.get(atenaNo);
  }

  household(householdNo: string): HouseholdState | undefined {
    return this.view.households.get(householdNo);
  }

  /** The member registered as head, if they are still a current member. */
  currentHead(household: HouseholdState): ResidentRow | undefined {
    return household.members.find((m) => m.atena_no === household.row.head_atena_no);
  }

  addPerson(row: ResidentRow): void {
    this.view.persons.set(row.atena_no, row);
    this.effects.push({ kind: 'insertResident', row: { ...row } });
  }

  updatePerson(person: ResidentRow, patch: Partial<ResidentRow>): void {
    Object.assign(person, patch);
    this.effects.push({ kind: 'updateResident', atenaNo: person.atena_no, patch });
  }

  addHousehold(row: HouseholdRow): HouseholdState {
    const state = { row, members: [] };
    this.view.households.set(row.household_no, state);
    this.effects.push({ kind: 'insertHousehold', row: { ...row } });
    return state;
  }

  updateHousehold(household: HouseholdState, patch: Partial<HouseholdRow>): void {
    Object.assign(household.row, patch);
    this.effects.push({ kind: 'updateHousehold', householdNo: household.row.household_no, patch });
  }

  /** Appends a change to the person's history (履歴番号 = last + 1). */
  record(atenaNo: string, reason: Reason, changeDate: string, notifiedOn: string | null, householdNoBefore: string | null = null): void {
    const historyNo = (this.view.history.get(atenaNo) ?? 0) + 1;
    this.view.history.set(atenaNo, historyNo);
    this.effects.push({ kind: 'change', row: { atena_no: atenaNo, history_no: historyNo, reason, reason_group: REASON_GROUPS[reason], change_date: changeDate, processed_on: this.processedOn, notified_on: notifiedOn, household_no_before: householdNoBefore } });
  }

  /** The next display order in a household: after everyone in it now. */
  nextDisplayOrder(household: HouseholdState): number {
    return household.members.reduce((max, m) => Math.max(max, m.display_order), 0) + 1;
  }

  join(person: ResidentRow, household: HouseholdState): void {
    household.members.push(person);
  }

  /**
   * Takes a person out of a household's current members. When the head leaves and others remain,
   * DOMAIN.md §1.3 has one remaining member become head 職権, while two or more need a 世帯主変更
   * first. A file may carry that 世帯主変更 (a later row makes a member head): then it decides.
   * Otherwise, so that no household is left headless, the oldest remaining member becomes head
   * 職権 and a 世帯主変更 is recorded for them (a clerk corrects it with a 世帯主変更 row).
   */
  leave(person: ResidentRow, household: HouseholdState, row: RegistryRow): void {
    household.members = household.members.filter((m) => m.atena_no !== person.atena_no);
    if (household.row.head_atena_no !== person.atena_no || household.members.length === 0) return;
    const named = household.members.some((m) => (this.facts.newHeads.get(m.atena_no) ?? 0) > row.line);
    if (named) return;
    const oldest = [...household.members].sort((a, b) => a.birth_date.localeCompare(b.birth_date) || a.display_order - b.display_order)[0];
    if (!oldest) return;
    this.updateHousehold(household, { head_atena_no: oldest.atena_no });
    this.updatePerson(oldest, { relationship: HEAD });
    this.record(oldest.atena_no, '世帯主変更', row.effectiveDate, null);
  }
}
