import { createSimulationContext, formatProblems, withCheckDigit, type DeltaRecord, type Knex, type RegistryEvent } from '@smart-casework/kit';
import { generateCity, makeCity, makeHousehold, makePerson } from '@smart-casework/kit/city';
import { describeDepartment, expectRejected, expectUnchanged, importCsv, importFile, importRecords, watchedOf } from '@smart-casework/kit/testing';
import { expect } from 'vitest';
import { seed } from '../seed';
import { child } from './app';
import { delta } from './delta';
import { simulate } from './simulate';

const TODAY = '2025-10-01';
const load = (db: Knex, lines: readonly string[]) => importCsv(db, delta, lines, { today: TODAY });

const mother = makePerson({ sex: '女', birthDate: '1985-06-15' });
const elder = makePerson({ relationship: '子', birthDate: '2010-06-01' });
const younger = makePerson({ relationship: '子', birthDate: '2015-03-02' });
const father = makePerson({ birthDate: '1980-01-20' });
const toddler = makePerson({ relationship: '子', birthDate: '2022-08-10' });
const carer = makePerson({ sex: '女', birthDate: '1978-09-09' });
const disabledChild = makePerson({ relationship: '子', birthDate: '2012-11-11' });

const city = makeCity([
  {
    household: makeHousehold([mother, elder, younger], {
      kind: 'single-parent',
      allowances: [
        { program: '児童扶養手当', recipientAtenaNo: mother.atenaNo, childAtenaNos: [younger.atenaNo, elder.atenaNo], payment: '全部支給', monthlyAmount: 57_720, certifiedOn: '2019-04-10' },
        { program: '児童手当', recipientAtenaNo: mother.atenaNo, childAtenaNos: [elder.atenaNo, younger.atenaNo], payment: null, monthlyAmount: 20_000, certifiedOn: '2015-03-20' },
      ],
    }),
    members: [mother, elder, younger],
  },
  { household: makeHousehold([father, toddler], { allowances: [{ program: '児童手当', recipientAtenaNo: father.atenaNo, childAtenaNos: [toddler.atenaNo], payment: null, monthlyAmount: 15_000, certifiedOn: '2022-08-20' }] }), members: [father, toddler] },
  { household: makeHousehold([carer, disabledChild], { allowances: [{ program: '特別児童扶養手当', recipientAtenaNo: carer.atenaNo, childAtenaNos: [disabledChild.atenaNo], payment: '1級', monthlyAmount: 56_800, certifiedOn: '2016-02-01' }] }), members: [carer, disabledChild] },
]);

const SELECTION = `monthlyTotal allowances { certificationNo program payment monthlyAmount certifiedOn paymentStartMonth endedOn endReason
  countedChildren { child { atenaNo } birthOrder paid } revisions { revisionNo revisedOn amountBefore amountAfter reason } }`;

const EVERY_REASON = [
  `C1,${mother.atenaNo},認定,2025-09-20,特別児童扶養手当,TJ00000002,2級,37830,${disabledChild.atenaNo}:2012-11-11,`,
  `C2,${mother.atenaNo},額改定,2025-11-01,児童扶養手当,JF00000001,一部支給,"40,000",,現況届による額改定`,
  `C3,${father.atenaNo},支給停止,2025-11-01,児童手当,JT00000002,,,,受給者の公務員採用`,
  `C4,${carer.atenaNo},資格喪失,2025-09-30,特別児童扶養手当,TJ00000001,,,,対象児童の施設入所`,
];

describeDepartment(child, { seed: (db) => seed(db, city), title: 'child delta import on $dialect' }, ({ test, sectionsOf, subgraph }) => {
  const sections = sectionsOf('childBenefits', SELECTION);
  const keys = { child_allowance_certifications: ['certification_no'], child_allowance_children: ['certification_no', 'child_atena_no'], child_allowance_revisions: ['certification_no', 'revision_no'] };
  const tables = (db: Knex) => Promise.all(Object.entries(keys).map(([table, order]) => db(table).select('*').orderBy(order)));

  test('rejects bad.csv whole, with line numbers in Japanese and English, and writes nothing', async () => {
    const result = await expectUnchanged(() => tables(subgraph().db), () => importFile(subgraph().db, delta, new URL('../deltas/bad.csv', import.meta.url), { today: TODAY }));
    const problems = expectRejected(result, [2, 3, 4, 5, 6, 8]);
    expect(formatProblems(problems).join('\n')).toMatch(/3行目: 額改定の異動日は改定月の1日にしてください.* \/ line 3: the effective date of 額改定 must be the 1st/);
  });

  test('rejects rows the database contradicts, naming each line, and writes none of the file', async () => {
    const result = await expectUnchanged(() => tables(subgraph().db), () => load(subgraph().db, [
      EVERY_REASON[1] ?? '',
      `D2,${mother.atenaNo},額改定,2025-11-01,児童手当,JT00000009,,20000,,`,
      `D3,${father.atenaNo},額改定,2025-11-01,児童手当,JT00000002,,"30,000",,`,
      `D4,${mother.atenaNo},認定,2025-09-20,児童扶養手当,JF00000099,全部支給,57720,${elder.atenaNo}:2010-06-01;${younger.atenaNo}:2015-03-02,`,
      `D5,${father.atenaNo},資格喪失,2025-09-30,児童手当,JT00000001,,,,転出`,
    ]));
    expect(result.status === 'rejected' && result.problems.map((p) => [p.line, p.en])).toEqual([
      [3, 'no certification JT00000009'],
      [4, expect.stringContaining('monthly amount 30000 does not match the rates (児童手当  for 1 children in 2025-11 is 10000)')],
      [5, 'the recipient already has a current 児童扶養手当'],
      [6, expect.stringContaining('certificate JT00000001 is 児童手当 of recipient')],
    ]);
  });

  test('applies every reason so that the section shows it, and a second import changes nothing', async () => {
    const result = await load(subgraph().db, EVERY_REASON);
    expect(result).toMatchObject({ status: 'applied', applied: 4, skipped: 0 });
    const [m, f, c] = await sections([mother, father, carer]);
    const byNo = (s: typeof m, no: string) => (s?.allowances as { certificationNo: string }[]).find((a) => a.certificationNo === no);
    expect(byNo(m, 'TJ00000002')).toMatchObject({ program: '特別児童扶養手当', payment: '2級', monthlyAmount: 37_830, certifiedOn: '2025-09-20', paymentStartMonth: '2025-10', countedChildren: [{ child: { atenaNo: disabledChild.atenaNo }, birthOrder: 1, paid: true }] });
    expect(byNo(m, 'JF00000001')).toMatchObject({ payment: '一部支給', monthlyAmount: 40_000, revisions: [{ revisionNo: 2, revisedOn: '2025-11-01', amountBefore: 57_720, amountAfter: 40_000, reason: '現況届による額改定' }, { revisionNo: 1 }] });
    expect(byNo(f, 'JT00000002')).toMatchObject({ monthlyAmount: 0, endedOn: null, revisions: [{ revisedOn: '2025-11-01', amountBefore: 15_000, amountAfter: 0, reason: '支給停止（受給者の公務員採用）' }] });
    expect(byNo(c, 'TJ00000001')).toMatchObject({ endedOn: '2025-09-30', endReason: '対象児童の施設入所' });
    expect(c?.monthlyTotal).toBe(0);
    const before = await tables(subgraph().db);
    expect(await load(subgraph().db, EVERY_REASON)).toMatchObject({ status: 'applied', applied: 0, skipped: 4 });
    expect(await tables(subgraph().db)).toEqual(before);
  });

  test('rejects a 異動ID applied before with other contents', async () => {
    const result = await load(subgraph().db, [EVERY_REASON[1]?.replace('"40,000"', '"41,000"') ?? '']);
    expect(result.status === 'rejected' && result.problems[0]).toMatchObject({ line: 2, column: '異動ID' });
  });
});

// A city small enough to seed fast in which cw001's households hold 児童扶養手当 and 児童手当.
const generated = generateCity({ residents: 2000, seed: 4 });
const watched = watchedOf(generated);
const cw001 = new Set(watched.filter((w) => w.caseworkerId === 'cw001').map((w) => w.atenaNo));

describeDepartment(child, { seed: (db) => seed(db, generated), title: 'child simulation on $dialect' }, ({ test, subgraph }) => {
  const run = async (from: string, to: string, registryEvents: RegistryEvent[] = []): Promise<DeltaRecord[]> =>
    simulate(createSimulationContext({ db: subgraph().db, department: 'child', from, to, seed: 7, watched, registryEvents }));

  test('simulates a month whose rows import whole, with the story rows for cw001, and continues from there', async () => {
    const records = await run('2025-09-02', TODAY);
    const story = records.filter((r) => cw001.has(r['宛名番号'] ?? ''));
    expect(story.map((r) => r['手当']).sort()).toEqual(['児童手当', '児童扶養手当']);
    expect(story.find((r) => r['手当'] === '児童扶養手当')).toMatchObject({ 異動事由: '額改定', 支給区分: '一部支給' });
    const result = await importRecords(subgraph().db, delta, records, { today: TODAY });
    expect(result).toMatchObject({ status: 'applied', applied: records.length });
    // The next months: a birth in a watched household, the November 現況届, 3歳到達.
    const household = generated.households.find((h) => h.assistance && h.allowances.some((a) => a.program === '児童手当'));
    const birth = { atenaNo: withCheckDigit(990_001, 9), householdNo: household?.householdNo ?? '', reason: '出生', effectiveDate: '2025-10-12', members: [] };
    const next = await run('2025-10-02', '2025-11-30', [birth]);
    expect(next.some((r) => r['事由詳細'] === '児童数の変更（出生）' && r['対象児童']?.includes(birth.atenaNo))).toBe(true);
    expect(next.filter((r) => r['事由詳細'] === '現況届による額改定').length).toBeGreaterThan(0);
    const second = await importRecords(subgraph().db, delta, next, { today: '2025-11-30' });
    expect(second).toMatchObject({ status: 'applied', applied: next.length });
  });
});

// Households nobody watches: a couple without allowances, and a 児童手当 recipient with one child.
const father2 = makePerson({ birthDate: '1990-04-01' });
const mother2 = makePerson({ sex: '女', relationship: '妻', birthDate: '1992-05-01' });
const recipient = makePerson({ birthDate: '1985-01-01' });
const firstChild = makePerson({ relationship: '子', birthDate: '2021-07-01' });
const unwatched = makeCity([
  { household: makeHousehold([father2, mother2]), members: [father2, mother2] },
  { household: makeHousehold([recipient, firstChild], { allowances: [{ program: '児童手当', recipientAtenaNo: recipient.atenaNo, childAtenaNos: [firstChild.atenaNo], payment: null, monthlyAmount: 15_000, certifiedOn: '2021-07-10' }] }), members: [recipient, firstChild] },
]);

describeDepartment(child, { seed: (db) => seed(db, unwatched), title: 'child simulation of births on $dialect' }, ({ test, subgraph }) => {
  test('a birth in any household revises its recipient\'s 児童手当, or starts one for a parent (twins on one 認定)', async () => {
    const [twinA, twinB, baby] = [withCheckDigit(990_011, 9), withCheckDigit(990_012, 9), withCheckDigit(990_013, 9)];
    const couple = [father2.atenaNo, mother2.atenaNo, twinA, twinB];
    const registryEvents: RegistryEvent[] = [
      { atenaNo: twinA, householdNo: father2.householdNo, reason: '出生', effectiveDate: '2025-09-10', members: couple },
      { atenaNo: twinB, householdNo: father2.householdNo, reason: '出生', effectiveDate: '2025-09-10', members: couple },
      { atenaNo: baby, householdNo: recipient.householdNo, reason: '出生', effectiveDate: '2025-09-15', members: [recipient.atenaNo, firstChild.atenaNo, baby] },
    ];
    const records = await simulate(createSimulationContext({ db: subgraph().db, department: 'child', from: '2025-09-02', to: TODAY, seed: 7, watched: [], registryEvents }));
    expect(records).toEqual([
      expect.objectContaining({ 宛名番号: father2.atenaNo, 異動事由: '認定', 異動日: '2025-09-20', 手当: '児童手当', 対象児童: `${twinA}:2025-09-10;${twinB}:2025-09-10` }),
      expect.objectContaining({ 宛名番号: recipient.atenaNo, 異動事由: '額改定', 異動日: '2025-10-01', 手当: '児童手当', 対象児童: `${firstChild.atenaNo}:2021-07-01;${baby}:2025-09-15`, 事由詳細: '児童数の変更（出生）' }),
    ]);
    expect(await importRecords(subgraph().db, delta, records, { today: TODAY })).toMatchObject({ status: 'applied', applied: 2 });
  });
});
