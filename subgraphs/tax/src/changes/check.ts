import type { DeltaProblem, Knex } from '@smart-casework/kit';
import { assessedYears } from '../data/assessments';
import { buildingsOfOwners } from '../data/buildings';
import { landsOfOwners } from '../data/lands';
import { activeVehiclesByPlates } from '../data/light-vehicles';
import type { TaxDeltaRow } from './columns';

/** What the registers hold for the file's persons and plates, updated row by row as the file would change it. */
interface Registers {
  /** `${atenaNo}|${fiscalYear}` assessed. */
  assessed: Set<string>;
  /** Plate → owners and registration days of the vehicles now under it (old registers hold duplicates). */
  plates: Map<string, Array<{ atenaNo: string; registeredOn: string }>>;
  /** `${atenaNo}|${土地|家屋}|${location}|${parcelNo}` owned. */
  assets: Set<string>;
}

const assetKey = (atenaNo: string, type: string | null, location: string | null, parcelNo: string | null) => `${atenaNo}|${type}|${location}|${parcelNo}`;

async function loadRegisters(db: Knex, rows: readonly TaxDeltaRow[]): Promise<Registers> {
  const of = (reasons: readonly string[]) => rows.filter((r) => reasons.includes(r.reason));
  const years = await assessedYears(db, of(['当初賦課', '更正']).map((r) => r.atenaNo));
  const vehicles = await activeVehiclesByPlates(db, rows.flatMap((r) => (r.plate === null ? [] : [r.plate])));
  const owners = of(['固定資産取得', '固定資産喪失']).map((r) => r.atenaNo);
  const [lands, buildings] = [await landsOfOwners(db, owners), await buildingsOfOwners(db, owners)];
  return {
    assessed: new Set(years.map((y) => `${y.atena_no}|${y.fiscal_year}`)),
    plates: vehicles.reduce((map, v) => map.set(v.plate, [...(map.get(v.plate) ?? []), { atenaNo: v.atena_no, registeredOn: v.registered_on }]), new Map<string, Array<{ atenaNo: string; registeredOn: string }>>()),
    assets: new Set([...lands.map((l) => assetKey(l.atena_no, '土地', l.location, l.lot_no)), ...buildings.map((b) => assetKey(b.atena_no, '家屋', b.location, b.building_no))]),
  };
}

type Problem = Pick<DeltaProblem, 'ja' | 'en'>;

function checkAssessment(row: TaxDeltaRow, registers: Registers): Problem | null {
  const key = `${row.atenaNo}|${row.fiscalYear}`;
  const exists = registers.assessed.has(key);
  if (row.reason === '当初賦課' && exists) return { ja: `${row.fiscalYear}年度の賦課がすでにあります（変更は更正で送ってください）。`, en: `fiscal year ${row.fiscalYear} is already assessed for this person; send a revision (更正)` };
  if (row.reason === '更正' && !exists) return { ja: `更正する${row.fiscalYear}年度の賦課がありません。`, en: `no assessment of fiscal year ${row.fiscalYear} to revise` };
  registers.assessed.add(key);
  return null;
}

function checkVehicle(row: TaxDeltaRow, registers: Registers): Problem | null {
  const plate = row.plate ?? '';
  const holders = registers.plates.get(plate) ?? [];
  if (row.reason === '軽自動車登録') {
    if (holders.length > 0) return { ja: `標識番号「${plate}」の車両はすでに登録されています。`, en: `a vehicle with plate "${plate}" is already registered` };
    registers.plates.set(plate, [{ atenaNo: row.atenaNo, registeredOn: row.effectiveDate }]);
    return null;
  }
  const current = holders.find((h) => h.atenaNo === row.atenaNo);
  if (!current) return { ja: `この宛名番号に標識番号「${plate}」の登録車両がありません。`, en: `no vehicle with plate "${plate}" is registered to this person` };
  if (current.registeredOn > row.effectiveDate) return { ja: `廃車日 ${row.effectiveDate} が登録日 ${current.registeredOn} より前です。`, en: `deregistration ${row.effectiveDate} is before the registration ${current.registeredOn}` };
  registers.plates.set(plate, holders.filter((h) => h !== current));
  return null;
}

function checkAsset(row: TaxDeltaRow, registers: Registers): Problem | null {
  const key = assetKey(row.atenaNo, row.assetType, row.location, row.parcelNo);
  const what = `${row.assetType}（${row.location} ${row.parcelNo}）`;
  if (row.reason === '固定資産取得') {
    if (registers.assets.has(key)) return { ja: `${what}はすでにこの宛名番号の所有として登録されています。`, en: `the ${row.assetType === '土地' ? 'land' : 'building'} ${row.location} ${row.parcelNo} is already registered to this person` };
    registers.assets.add(key);
    return null;
  }
  if (!registers.assets.delete(key)) return { ja: `この宛名番号の所有する${what}がありません。`, en: `this person owns no ${row.assetType === '土地' ? 'land' : 'building'} ${row.location} ${row.parcelNo}` };
  return null;
}

/**
 * Checks each row against the registers as the rows before it in the file leave them: a 更正
 * needs the assessment, a 廃車 the person's vehicle, a 喪失 the person's asset.
 */
export async function checkTaxChanges(db: Knex.Transaction, rows: readonly TaxDeltaRow[]): Promise<DeltaProblem[]> {
  const registers = await loadRegisters(db, rows);
  const problems: DeltaProblem[] = [];
  for (const row of rows) {
    const problem =
      row.reason === '当初賦課' || row.reason === '更正' ? checkAssessment(row, registers)
      : row.reason === '軽自動車登録' || row.reason === '軽自動車廃車' ? checkVehicle(row, registers)
      : checkAsset(row, registers);
    if (problem) problems.push({ line: row.line, ...problem });
  }
  return problems;
}
