/**
 * The delta-file story of the end-to-end and browser tests: a generated city in which cw001 has
 * a single-parent case receiving 児童扶養手当, and the department files that change it — written
 * as the child-allowance and registry systems would export them — with the notices they must
 * raise. Every choice is made by a rule over the city, so the story is the same on every run.
 */
import { writeDeltaCsv, type DeltaRecord, type Knex } from '@smart-casework/kit';
import { generateCity, type City, type CityHousehold, type CityPerson } from '@smart-casework/kit/city';
import { delta as childDelta } from '@smart-casework/child/delta';
import { delta as residentsDelta } from '@smart-casework/residents/delta';
import { childRearingPartial } from '../../../subgraphs/child/src/parameters';

/**
 * Seed 1 (the stack's default) gives cw001 only elderly and sick cases; seed 11 gives cw001 a
 * 児童扶養手当 household and another case of two, at the stack's usual size.
 */
export const deltaCity = (): City => generateCity({ residents: 2000, seed: 11 });

export interface DeltaStory {
  /** cw001's case whose head receives 児童扶養手当 全部支給. */
  allowance: { household: CityHousehold; recipient: CityPerson; amount: number };
  /** Another cw001 case, and its member (not the head) who dies. */
  bereaved: { household: CityHousehold; deceased: CityPerson; survivors: CityPerson[] };
  /** A recipient of 児童扶養手当 the welfare office does not know: their change raises nothing. */
  bystander: CityPerson;
}

const byNo = <T extends { householdNo: string }>(a: T, b: T) => a.householdNo.localeCompare(b.householdNo);

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the delta city has no ${what}`);
  return value;
}

/** The story's people, chosen by rule (lowest household number first). */
export function pickDeltaStory(city: City): DeltaStory {
  const persons = new Map(city.persons.map((p) => [p.atenaNo, p]));
  const person = (no: string) => must(persons.get(no), `person ${no}`);
  const cases = city.households.filter((h) => h.assistance?.caseworkerId === 'cw001' && h.assistance.status === '保護中').sort(byNo);
  const rearing = (h: CityHousehold) => h.allowances.find((a) => a.program === '児童扶養手当' && a.payment === '全部支給' && a.recipientAtenaNo === h.headAtenaNo);
  const household = must(cases.find((h) => rearing(h) !== undefined), "cw001 case with 児童扶養手当 全部支給");
  const allowance = { household, recipient: person(household.headAtenaNo ?? ''), amount: must(rearing(household), '児童扶養手当').monthlyAmount };
  const other = must(cases.find((h) => h !== household && h.memberAtenaNos.length >= 2), 'second cw001 case of two or more');
  const deceased = person(must(other.memberAtenaNos.find((no) => no !== other.headAtenaNo), 'member who is not the head'));
  const bereaved = { household: other, deceased, survivors: other.memberAtenaNos.filter((no) => no !== deceased.atenaNo).map(person) };
  const unknown = city.households.filter((h) => !h.assistance && !h.application).sort(byNo);
  const bystanderAllowance = must(unknown.flatMap((h) => h.allowances).find((a) => a.program === '児童扶養手当' && a.monthlyAmount > 0), '児童扶養手当 outside assistance');
  return { allowance, bereaved, bystander: person(bystanderAllowance.recipientAtenaNo) };
}

/** 証書番号 of a person's current certificate of a programme, as the department's system knows it. */
export async function certificateOf(child: Knex, recipient: string, program: string): Promise<string> {
  const row = await child('child_allowance_certifications').where({ recipient_atena_no: recipient, program }).whereNull('ended_on').first('certification_no');
  if (!row) throw new Error(`${recipient} has no current ${program}`);
  return String(row.certification_no);
}

/** 一部支給 for one child from November: midway in the income range, by the department's dated rates. */
export const NOVEMBER = '2025-11-01';
export const DECEMBER = '2025-12-01';
export const partialAmount = (month: string, share: number) => childRearingPartial(1, share, month);

export interface DeltaFiles {
  /** 額改定 of cw001's 児童扶養手当 to 一部支給 from November. */
  child: string;
  /** 死亡 of the member of cw001's other case. */
  residents: string;
  /** A December 額改定 of the same certificate and a 支給停止 of the bystander's (both good) around one bad row. */
  childBad: string;
  /** The bad file as the department sends it again: the bad row left out, the same 異動ID for the others. */
  childCorrected: string;
  /** The line of `childBad` that is wrong (a 児童手当 amount that is not the rate). */
  badLine: number;
}

/** The story's delta files as CSV text (UTF-8 with BOM, the department's headers first). */
export async function deltaFiles(child: Knex, story: DeltaStory): Promise<DeltaFiles> {
  const recipient = story.allowance.recipient.atenaNo;
  const rearing = await certificateOf(child, recipient, '児童扶養手当');
  const november: DeltaRecord = {
    異動ID: 'E2E-CHI-0001', 宛名番号: recipient, 異動事由: '額改定', 異動日: NOVEMBER, 手当: '児童扶養手当', 証書番号: rearing,
    支給区分: '一部支給', 月額: String(partialAmount(NOVEMBER, 0.5)), 事由詳細: '現況届による額改定（所得の増）',
  };
  const december: DeltaRecord = { ...november, 異動ID: 'E2E-CHI-0002', 異動日: DECEMBER, 月額: String(partialAmount(DECEMBER, 0.75)), 事由詳細: '所得の増' };
  // 児童手当 for one child of 14 is 10,000円 a month; 15,000円 is the under-3 rate, so the row is wrong.
  const wrong: DeltaRecord = { 異動ID: 'E2E-CHI-0003', 宛名番号: recipient, 異動事由: '額改定', 異動日: NOVEMBER, 手当: '児童手当', 証書番号: await certificateOf(child, recipient, '児童手当'), 月額: '15000', 事由詳細: '算定誤り' };
  const stopped: DeltaRecord = {
    異動ID: 'E2E-CHI-0004', 宛名番号: story.bystander.atenaNo, 異動事由: '支給停止', 異動日: NOVEMBER, 手当: '児童扶養手当',
    証書番号: await certificateOf(child, story.bystander.atenaNo, '児童扶養手当'), 事由詳細: '所得制限超過（現況届）',
  };
  const { deceased, household } = story.bereaved;
  const death: DeltaRecord = { 異動ID: 'E2E-RES-0001', 宛名番号: deceased.atenaNo, 異動事由: '死亡', 異動日: '2025-09-28', 届出日: '2025-09-30', 世帯番号: household.householdNo };
  return {
    child: writeDeltaCsv(childDelta, [november]),
    residents: writeDeltaCsv(residentsDelta, [death]),
    childBad: writeDeltaCsv(childDelta, [december, wrong, stopped]),
    childCorrected: writeDeltaCsv(childDelta, [december, stopped]),
    // Line 1 is the header.
    badLine: 3,
  };
}
