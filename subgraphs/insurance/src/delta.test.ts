import type { DeltaRecord } from '@smart-casework/kit';
import { makeCity, makeHousehold, makePerson } from '@smart-casework/kit/city';
import { describeDepartment, expectRejected, expectUnchanged, importFile, importRecords } from '@smart-casework/kit/testing';
import { expect } from 'vitest';
import { seed } from '../seed';
import { insurance } from './app';
import { delta } from './delta';

const member = makePerson({ birthDate: '1980-04-01', residentSince: '2000-04-01', previousAddress: '鳥取県鳥取市東町一丁目220番地', healthCover: 'kokuho', healthCoverSince: '2018-04-01' });
const elder = makePerson({ birthDate: '1945-03-10', residentSince: '1990-01-01', healthCover: 'koki', healthCoverSince: '2020-03-10' });
const recipient = makePerson({ birthDate: '1970-01-01', residentSince: '2010-01-01', healthCover: 'none', healthCoverSince: '2015-04-01' });
const newcomer = makePerson({ birthDate: '1995-01-01', residentSince: '2025-08-01', healthCover: 'employee', healthCoverSince: '2025-08-01' });
const assistance = { caseNo: 'C0001', status: '保護中' as const, startedOn: '2023-05-01', caseworkerId: 'cw001', monthlyBenefit: 80_000, minimumCostOfLiving: 130_000, recognisedIncome: 50_000, lastReviewedOn: '2025-04-01' };
const city = makeCity([
  { household: makeHousehold([member]), members: [member] },
  { household: makeHousehold([elder], { kind: 'elderly' }), members: [elder] },
  { household: makeHousehold([recipient], { assistance }), members: [recipient] },
  { household: makeHousehold([newcomer]), members: [newcomer] },
]);
const everyone = [member, elder, recipient, newcomer];

const SECTION = 'hasRecord currentScheme enrolments { scheme insuredNo acquiredOn acquisitionReason lostOn lossReason current householdHead { atenaNo } } findings { code }';
const row = (id: string, atenaNo: string, reason: string, date: string, cells: Record<string, string>): DeltaRecord => ({ 異動ID: id, 宛名番号: atenaNo, 異動事由: reason, 異動日: date, ...cells });

const everyReason: DeltaRecord[] = [
  row('I1', member.atenaNo, '資格喪失', '2025-09-01', { 制度: '国保', 喪失事由: '社保加入' }),
  row('I2', recipient.atenaNo, '資格取得', '2025-09-05', { 制度: '国保', 被保険者番号: '31-1234567-01', 取得事由: '社保離脱' }),
  row('I3', elder.atenaNo, '資格喪失', '2025-09-10', { 制度: '後期', 喪失事由: '死亡' }),
  row('I4', newcomer.atenaNo, '資格取得', '2025-09-12', { 制度: '国保', 被保険者番号: '31-7654321-02', 取得事由: '転入', 世帯主宛名番号: member.atenaNo }),
];


describeDepartment(insurance, { seed: (db) => seed(db, city), title: 'insurance delta on $dialect' }, ({ test, subgraph, sectionsOf }) => {
  const sections = sectionsOf<{ currentScheme: string | null; enrolments: Record<string, unknown>[]; findings: { code: string }[] }>('healthInsurance', SECTION);

  test('rejects the bad sample whole, with line numbers in Japanese and English, writing nothing', async () => {
    expectRejected(await importFile(subgraph().db, delta, new URL('../deltas/bad.csv', import.meta.url)), [2, 3, 4, 5, 6, 7, 8]);
    expect(Number((await subgraph().db('delta_changes').count({ n: '*' }).first())?.n)).toBe(0);
  });

  test('rejects rows the 資格履歴 contradicts, and writes none of the good rows beside them', async () => {
    const result = await expectUnchanged(() => sections(everyone), () => importRecords(subgraph().db, delta, [
      everyReason[0] as DeltaRecord,
      row('X1', member.atenaNo, '資格喪失', '2025-09-02', { 制度: '国保', 喪失事由: '転出' }),
      row('X2', elder.atenaNo, '資格取得', '2025-09-02', { 制度: '国保', 被保険者番号: '31-1111111-01', 取得事由: '転入' }),
      row('X3', newcomer.atenaNo, '資格喪失', '2025-09-02', { 制度: '国保', 喪失事由: '死亡' }),
      row('X4', elder.atenaNo, '資格喪失', '2025-09-02', { 制度: '国保', 喪失事由: '死亡' }),
    ]));
    expect(result.status === 'rejected' && result.problems.map((p) => p.line)).toEqual([3, 4, 5, 6]);
  });

  test('applies acquisitions and losses so that the section shows them, and a second import changes nothing', async () => {
    expect(await importRecords(subgraph().db, delta, everyReason)).toMatchObject({ status: 'applied', applied: 4 });
    const [ofMember, ofElder, ofRecipient, ofNewcomer] = await sections(everyone);
    expect(ofMember).toMatchObject({ currentScheme: null, enrolments: [{ scheme: '国保', lostOn: '2025-09-01', lossReason: '社保加入', current: false }] });
    expect(ofMember?.findings.map((f) => f.code)).toContain('INS_JOINED_EMPLOYEE_INSURANCE');
    expect(ofRecipient?.currentScheme).toBe('国保');
    // The new membership comes first; the one 生保開始 ended stays in the history below it.
    expect(ofRecipient?.enrolments.map((e) => [e.insuredNo, e.acquiredOn, e.acquisitionReason, e.current, e.lossReason])).toEqual([['31-1234567-01', '2025-09-05', '社保離脱', true, null], [expect.any(String), '2015-04-01', '社保離脱', false, '生保開始']]);
    expect(ofRecipient?.enrolments[0]?.householdHead).toEqual({ atenaNo: recipient.atenaNo });
    expect(ofRecipient?.findings.map((f) => f.code)).toContain('INS_KOKUHO_ENROLLED');
    expect(ofElder).toMatchObject({ currentScheme: null, enrolments: [{ scheme: '後期', lostOn: '2025-09-10', lossReason: '死亡' }] });
    expect(ofNewcomer).toMatchObject({ currentScheme: '国保', enrolments: [{ acquisitionReason: '転入', householdHead: { atenaNo: member.atenaNo } }] });

    expect(await importRecords(subgraph().db, delta, everyReason)).toMatchObject({ status: 'applied', applied: 0, skipped: 4 });
    expect(await sections(everyone)).toEqual([ofMember, ofElder, ofRecipient, ofNewcomer]);
  });
});
