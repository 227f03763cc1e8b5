import type { DeltaRecord } from '@smart-casework/kit';
import { makeCity, makeHousehold, makePerson } from '@smart-casework/kit/city';
import { describeDepartment, expectRejected, expectUnchanged, importFile, importRecords } from '@smart-casework/kit/testing';
import { expect } from 'vitest';
import { seed } from '../seed';
import { pension } from './app';
import { delta } from './delta';

const retired = makePerson({ birthDate: '1960-05-01' });
const pensioner = makePerson({ birthDate: '1955-06-01', pension: { kind: '老齢基礎年金', grade: null, annualAmount: 780_000, startedOn: '2020-06-01' } });
const deceased = makePerson({ birthDate: '1950-01-10', pension: { kind: '老齢基礎年金', grade: null, annualAmount: 700_000, startedOn: '2015-02-01' } });
const insured = makePerson({ birthDate: '1978-11-03', pensionCategory: '第1号' });
const exempt = makePerson({ birthDate: '1988-02-03', pensionCategory: '第1号', pensionExemption: '法定免除' });
const assistance = { caseNo: 'C0001', status: '保護中' as const, startedOn: '2024-04-15', caseworkerId: 'cw001', monthlyBenefit: 80_000, minimumCostOfLiving: 160_000, recognisedIncome: 0, lastReviewedOn: '2025-04-01' };
const city = makeCity([
  ...[retired, pensioner, deceased, insured].map((p) => ({ household: makeHousehold([p]), members: [p] })),
  { household: makeHousehold([exempt], { assistance }), members: [exempt] },
]);
const everyone = [retired, pensioner, deceased, insured, exempt];

const SECTION = `hasRecord insuredCategory monthlyTotal insuredPeriods { lostOn lossReason } exemptions { kind reason periodFrom periodTo notifiedOn }
  benefits { benefitNo kind grade annualAmount startedOn endedOn } findings { code }`;
const row = (id: string, atenaNo: string, reason: string, date: string, cells: Record<string, string>): DeltaRecord => ({ 異動ID: id, 宛名番号: atenaNo, 異動事由: reason, 異動日: date, ...cells });

const everyReason: DeltaRecord[] = [
  row('P1', retired.atenaNo, '裁定', '2025-09-01', { 年金種別: '老齢基礎年金', 年額: '640000', 受給開始日: '2025-08-01' }),
  row('P2', pensioner.atenaNo, '額改定', '2025-09-02', { 年金種別: '老齢基礎年金', 年額: '792,000' }),
  row('P3', deceased.atenaNo, '失権', '2025-09-03', { 年金種別: '老齢基礎年金', 失権事由: '死亡' }),
  row('P4', insured.atenaNo, '免除', '2025-09-04', { 免除種別: '申請全額免除', 免除事由: '失業', 免除開始日: '2025-07-01', 免除終了日: '2026-06-30' }),
  row('P5', exempt.atenaNo, '免除終了', '2025-09-05', { 免除種別: '法定免除', 免除終了日: '2025-08-31' }),
];

type Section = { monthlyTotal: number; benefits: Record<string, unknown>[]; exemptions: Record<string, unknown>[]; insuredPeriods: Record<string, unknown>[]; findings: { code: string }[] };

describeDepartment(pension, { seed: (db) => seed(db, city), title: 'pension delta on $dialect' }, ({ test, subgraph, sectionsOf }) => {
  const sections = sectionsOf<Section>('pension', SECTION);

  test('rejects the bad sample whole, with line numbers in Japanese and English, writing nothing', async () => {
    expectRejected(await importFile(subgraph().db, delta, new URL('../deltas/bad.csv', import.meta.url)), [2, 3, 4, 5, 6, 7, 8]);
    expect(Number((await subgraph().db('delta_changes').count({ n: '*' }).first())?.n)).toBe(0);
  });

  test('rejects rows the records contradict, and writes none of the good rows beside them', async () => {
    const result = await expectUnchanged(() => sections(everyone), () => importRecords(subgraph().db, delta, [
      everyReason[0] as DeltaRecord,
      row('X1', pensioner.atenaNo, '裁定', '2025-09-01', { 年金種別: '老齢基礎年金', 年額: '800000', 受給開始日: '2025-09-01' }),
      row('X2', insured.atenaNo, '額改定', '2025-09-01', { 年金種別: '障害基礎年金', 年額: '831700' }),
      row('X3', exempt.atenaNo, '免除', '2025-09-01', { 免除種別: '申請全額免除', 免除開始日: '2025-09-01' }),
      row('X4', insured.atenaNo, '免除終了', '2025-09-01', { 免除種別: '法定免除', 免除終了日: '2025-09-30' }),
      row('X5', retired.atenaNo, '失権', '2025-09-02', { 年金種別: '障害基礎年金', 失権事由: '障害等級不該当' }),
    ]));
    expect(result.status === 'rejected' && result.problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7]);
  });

  test('applies every reason so that the section shows it, and a second import changes nothing', async () => {
    expect(await importRecords(subgraph().db, delta, everyReason)).toMatchObject({ status: 'applied', applied: 5 });
    const [ofRetired, ofPensioner, ofDeceased, ofInsured, ofExempt] = await sections(everyone);
    expect(ofRetired).toMatchObject({ monthlyTotal: 53_333, benefits: [{ benefitNo: 1, kind: '老齢基礎年金', annualAmount: 640_000, startedOn: '2025-08-01', endedOn: null }] });
    expect(ofRetired?.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['PENSION_STARTED', 'PENSION_INCOME']));
    expect(ofPensioner).toMatchObject({ monthlyTotal: 66_000, benefits: [{ annualAmount: 792_000, startedOn: '2020-06-01' }] });
    expect(ofDeceased).toMatchObject({ monthlyTotal: 0, benefits: [{ endedOn: '2025-09-03' }] });
    expect(ofInsured?.exemptions).toEqual([{ kind: '申請全額免除', reason: '失業', periodFrom: '2025-07-01', periodTo: '2026-06-30', notifiedOn: '2025-09-04' }]);
    expect(ofExempt?.exemptions[0]).toMatchObject({ kind: '法定免除', periodTo: '2025-08-31' });

    expect(await importRecords(subgraph().db, delta, everyReason)).toMatchObject({ status: 'applied', applied: 0, skipped: 5 });
    expect(await sections(everyone)).toEqual([ofRetired, ofPensioner, ofDeceased, ofInsured, ofExempt]);
  });
});
