import type { DeltaRecord, Knex } from '@smart-casework/kit';
import { makeCity, makeHousehold, makePerson } from '@smart-casework/kit/city';
import { describeDepartment, expectRejected, expectUnchanged, importFile, importRecords } from '@smart-casework/kit/testing';
import { expect } from 'vitest';
import { seed } from '../seed';
import { tax } from './app';
import { delta } from './delta';

const income = { salary: 0, publicPension: 0, business: 0, realEstate: 0, miscellaneous: 0 };
const owner = makePerson({
  birthDate: '1975-05-05',
  income: { ...income, salary: 3_000_000 },
  land: [{ location: '試験市中央一丁目', lotNo: '12番3', landUse: '宅地', areaSqm: 150.5, assessedValue: 6_000_000 }],
  vehicles: [{ kind: '軽四輪乗用 自家用', plate: '試験580あ1234', registeredOn: '2019-04-01', annualTax: 10_800 }],
});
const partTimer = makePerson({ birthDate: '1985-06-01', income: { ...income, salary: 1_000_000 } });
const newcomer = makePerson({ birthDate: '1990-01-01' });
const city = makeCity([owner, partTimer, newcomer].map((p) => ({ household: makeHousehold([p]), members: [p] })));

const SECTION = `hasRecord fiscalYear taxStatus exemptReason incomeLevy perCapitaLevy totalIncome incomes { kind revenue income }
  lands { location lotNo landUse areaSqm assessedValue taxableStandard } buildings { buildingNo kind structure floorAreaSqm builtYear assessedValue }
  lightVehicles { kind plate registeredOn annualTax } findings { code }`;

const row = (id: string, atenaNo: string, reason: string, date: string, cells: Record<string, string>): DeltaRecord => ({ 異動ID: id, 宛名番号: atenaNo, 異動事由: reason, 異動日: date, ...cells });

/** One row of every reason, each against the seeded city. */
const everyReason: DeltaRecord[] = [
  row('T1', newcomer.atenaNo, '当初賦課', '2025-06-10', { 年度: '2025', 給与収入: '2,000,000', 給与所得: '1320000', 合計所得金額: '1320000', 課税区分: '課税', 所得割額: '84500', 均等割額: '5000' }),
  row('T2', partTimer.atenaNo, '更正', '2025-08-20', { 年度: '2025', 給与収入: '1600000', 給与所得: '1000000', 雑所得: '50000', 合計所得金額: '1050000', 課税区分: '課税', 所得割額: '54000', 均等割額: '5000' }),
  row('T3', newcomer.atenaNo, '軽自動車登録', '2025-09-01', { 車両種別: '軽四輪乗用 自家用', 標識番号: '試験580い5678', 種別割額: '10800' }),
  row('T4', owner.atenaNo, '軽自動車廃車', '2025-09-02', { 標識番号: '試験580あ1234' }),
  row('T5', partTimer.atenaNo, '固定資産取得', '2025-09-03', { 資産区分: '土地', 所在: '試験市大字北', '地番・家屋番号': '100番2', '地目・種類': '田', 面積: '1200.5', 評価額: '180000' }),
  row('T6', partTimer.atenaNo, '固定資産取得', '2025-09-03', { 資産区分: '家屋', 所在: '試験市大字北', '地番・家屋番号': '100番2', '地目・種類': '倉庫', 構造: '木造', 面積: '30.25', 建築年: '1990', 評価額: '400000' }),
  row('T7', owner.atenaNo, '固定資産喪失', '2025-09-04', { 資産区分: '土地', 所在: '試験市中央一丁目', '地番・家屋番号': '12番3' }),
];

const count = async (db: Knex, table: string) => Number((await db(table).count({ n: '*' }).first())?.n ?? 0);

describeDepartment(tax, { seed: (db) => seed(db, city), title: 'tax delta on $dialect' }, ({ test, subgraph, sectionsOf }) => {
  const sections = sectionsOf('tax', SECTION);

  test('rejects the bad sample whole, with line numbers in Japanese and English, writing nothing', async () => {
    const problems = expectRejected(await importFile(subgraph().db, delta, new URL('../deltas/bad.csv', import.meta.url)), [2, 3, 4, 5, 6, 7, 8, 9]);
    expect(problems.find((p) => p.line === 3)?.ja).toContain('合計所得金額');
    expect(await count(subgraph().db, 'delta_changes')).toBe(0);
  });

  test('rejects rows the registers contradict, and writes none of the good rows beside them', async () => {
    const result = await expectUnchanged(() => sections([owner, partTimer, newcomer]), () => importRecords(subgraph().db, delta, [
      everyReason[0] as DeltaRecord,
      row('X1', newcomer.atenaNo, '更正', '2025-08-01', { 年度: '2024', 合計所得金額: '0', 課税区分: '非課税', 非課税事由: '非課税限度額以下', 所得割額: '0', 均等割額: '0' }),
      row('X2', partTimer.atenaNo, '軽自動車廃車', '2025-09-01', { 標識番号: '試験580あ1234' }),
      row('X3', newcomer.atenaNo, '軽自動車登録', '2025-09-01', { 車両種別: '原付 50cc以下', 標識番号: '試験580あ1234', 種別割額: '2000' }),
      row('X4', owner.atenaNo, '固定資産喪失', '2025-09-01', { 資産区分: '家屋', 所在: '試験市中央一丁目', '地番・家屋番号': '12番3' }),
      row('X5', owner.atenaNo, '当初賦課', '2025-06-10', { 年度: '2025', 合計所得金額: '0', 課税区分: '非課税', 非課税事由: '非課税限度額以下', 所得割額: '0', 均等割額: '0' }),
    ]));
    expect(result.status === 'rejected' && result.problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7]);
  });

  test('applies every reason so that the section shows it, and a second import changes nothing', async () => {
    const first = await importRecords(subgraph().db, delta, everyReason);
    expect(first).toMatchObject({ status: 'applied', applied: 7, skipped: 0 });
    const [ofOwner, ofPartTimer, ofNewcomer] = await sections([owner, partTimer, newcomer]);
    expect(ofNewcomer).toMatchObject({ hasRecord: true, fiscalYear: 2025, taxStatus: '課税', totalIncome: 1_320_000, incomeLevy: 84_500, incomes: [{ kind: '給与', revenue: 2_000_000, income: 1_320_000 }] });
    expect(ofNewcomer?.lightVehicles).toEqual([{ kind: '軽四輪乗用 自家用', plate: '試験580い5678', registeredOn: '2025-09-01', annualTax: 10_800 }]);
    expect(ofPartTimer).toMatchObject({ taxStatus: '課税', totalIncome: 1_050_000, incomeLevy: 54_000, incomes: [{ kind: '給与', revenue: 1_600_000, income: 1_000_000 }, { kind: '雑', revenue: 50_000, income: 50_000 }] });
    expect(ofPartTimer?.lands).toEqual([{ location: '試験市大字北', lotNo: '100番2', landUse: '田', areaSqm: 1200.5, assessedValue: 180_000, taxableStandard: 180_000 }]);
    expect(ofPartTimer?.buildings).toEqual([{ buildingNo: '100番2', kind: '倉庫', structure: '木造', floorAreaSqm: 30.25, builtYear: 1990, assessedValue: 400_000 }]);
    expect(ofOwner).toMatchObject({ lightVehicles: [], lands: [] });
    expect(ofOwner?.findings.map((f) => f.code)).not.toContain('TAX_LIGHT_VEHICLE');

    const again = await importRecords(subgraph().db, delta, everyReason);
    expect(again).toMatchObject({ status: 'applied', applied: 0, skipped: 7 });
    expect(await sections([owner, partTimer, newcomer])).toEqual([ofOwner, ofPartTimer, ofNewcomer]);
  });
});
