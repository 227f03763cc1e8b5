import { addDays, ageOn, minDate, withCheckDigit, type DeltaRecord, type Knex, type SimulationContext } from '@smart-casework/kit';
import { allHouseholds, type HouseholdRow } from '../data/households';
import { currentResidents, maxSerial, previousAddresses, type ResidentRow } from '../data/residents';
import { NamePool, type Name } from './names';

export interface SimHousehold {
  row: HouseholdRow;
  /** Current members in display order. */
  members: ResidentRow[];
}

/** A person a simulated row brings in. */
export interface Newcomer {
  atenaNo: string;
  surname: Name;
  given: Name;
  birthDate: string;
  sex: '男' | '女';
  relationship: string;
}

/** New plots are numbered from 46番 on: the generator's plots end at 45番, so none collides. */
const FIRST_NEW_BAN = 46;

/** The registry as the simulation sees it: current households, numbering and the rows made so far. */
export class SimCity {
  readonly records: DeltaRecord[] = [];
  /** Households already changed in this period: one change story per household keeps rows consistent. */
  readonly locked = new Set<string>();
  readonly households = new Map<string, SimHousehold>();
  private readonly usedAddresses = new Set<string>();

  private constructor(readonly ctx: SimulationContext, readonly residents: ResidentRow[], households: HouseholdRow[], readonly names: NamePool, private readonly elsewhere: string[], private atenaSerial: { serial: number; bodyLength: number }, private householdSerial: { serial: number; bodyLength: number }) {
    for (const row of households) {
      this.households.set(row.household_no, { row, members: [] });
      this.usedAddresses.add(row.address);
    }
    for (const person of residents) this.households.get(person.household_no)?.members.push(person);
  }

  static async load(ctx: SimulationContext): Promise<SimCity> {
    const db: Knex = ctx.db;
    const [residents, households, elsewhere, atena, household] = await Promise.all([currentResidents(db), allHouseholds(db), previousAddresses(db, 300), maxSerial(db, 'residents', 'atena_no'), maxSerial(db, 'households', 'household_no')]);
    return new SimCity(ctx, residents, households, new NamePool(residents), elsewhere, atena ?? { serial: 100_000_000, bodyLength: 9 }, household ?? { serial: 30_000_000, bodyLength: 8 });
  }

  /** 宛名番号 after the largest in use, so a simulated newcomer never takes a number twice. */
  nextAtenaNo(): string {
    this.atenaSerial.serial += 1;
    return withCheckDigit(this.atenaSerial.serial, this.atenaSerial.bodyLength);
  }

  nextHouseholdNo(): string {
    this.householdSerial.serial += this.ctx.rng.int(1, 3);
    return withCheckDigit(this.householdSerial.serial, this.householdSerial.bodyLength);
  }

  /** A free plot in a town of the city (town, 丁目 and 郵便番号 of an existing household). */
  newAddress(): { address: string; postalCode: string } {
    const homes = [...this.households.values()];
    for (let attempt = 0; attempt < 50 && homes.length > 0; attempt++) {
      const base = this.ctx.pick(homes).row;
      const area = /^(.*?丁目)/.exec(base.address.split('\u3000')[0] ?? '')?.[1];
      if (!area) continue;
      const address = `${area}${this.ctx.rng.int(FIRST_NEW_BAN, FIRST_NEW_BAN + 30)}番${this.ctx.rng.int(1, 30)}号`;
      if (this.usedAddresses.has(address)) continue;
      this.usedAddresses.add(address);
      return { address, postalCode: base.postal_code };
    }
    return { address: `米浜市中央町一丁目${FIRST_NEW_BAN}番${this.usedAddresses.size % 30 + 1}号`, postalCode: '689-3510' };
  }

  previousAddress(): string {
    return this.elsewhere.length > 0 ? this.ctx.pick(this.elsewhere) : '';
  }

  newcomer(surname: Name, sex: '男' | '女', birthDate: string, relationship: string): Newcomer {
    return { atenaNo: this.nextAtenaNo(), surname, given: this.names.givenName(this.ctx.pick, sex, birthDate), birthDate, sex, relationship };
  }

  /** A birth date for someone aged between `min` and `max` on `on`. */
  birthDateAged(min: number, max: number, on: string): string {
    return addDays(on, -this.ctx.rng.int(min * 365 + 1, max * 365 + 300));
  }

  age(person: ResidentRow, on: string): number {
    return ageOn(person.birth_date, on);
  }

  /** 届出日 some days after the event (14 days allowed by law), never after the period's end. */
  notifiedAfter(date: string, maxDays: number): string {
    return minDate(addDays(date, this.ctx.rng.int(0, maxDays)), this.ctx.to);
  }

  /** Adds a row; the four common columns first, blanks for the columns the reason does not use. */
  add(reason: string, atenaNo: string, effectiveDate: string, cells: Record<string, string>): void {
    this.records.push({ 異動ID: this.ctx.nextChangeId(), 宛名番号: atenaNo, 異動事由: reason, 異動日: effectiveDate, ...cells });
  }

  /** Cells of a newcomer row. */
  newcomerCells(person: Newcomer, householdNo: string): Record<string, string> {
    return { 世帯番号: householdNo, 氏名: `${person.surname.kanji}\u3000${person.given.kanji}`, 氏名カナ: `${person.surname.kana}\u3000${person.given.kana}`, 生年月日: person.birthDate, 性別: person.sex, 続柄: person.relationship };
  }
}
