import { describe, expect, it } from 'vitest';
import { readXlsxRows } from '../export/read-xlsx';
import { toXlsx } from '../export/xlsx';
import { accessResult, DISCLOSURE_COLUMNS, DISCLOSURE_TITLE, disclosureSheet, type DisclosureData } from './disclosure-sheet';

const report: DisclosureData = {
  atenaNo: '100000465',
  householdNo: null,
  accessCount: 2,
  disclosedCount: 1,
  refusedCount: 1,
  accesses: [
    {
      at: '2025-10-02T01:00:00.000Z',
      staffId: 'cw002',
      role: 'caseworker',
      division: 'welfare',
      purpose: 'investigation',
      purposeLabel: '29条調査',
      operationName: 'PersonHousehold',
      disclosed: false,
      departments: [{ department: 'residents', departmentLabel: '住民記録', fields: ['Resident.householdNo'], outcome: 'DENIED', reason: '担当外' }],
    },
    {
      at: '2025-10-01T00:30:00.000Z',
      staffId: 'cw001',
      role: 'caseworker',
      division: 'welfare',
      purpose: 'case-review',
      purposeLabel: '保護の決定・変更',
      operationName: 'InvestigationList',
      disclosed: true,
      departments: [
        { department: 'tax', departmentLabel: '税務', fields: ['Resident.tax', 'tax.incomes'], outcome: 'ALLOWED', reason: null },
        { department: 'care', departmentLabel: '介護保険', fields: ['Resident.longTermCare'], outcome: 'ALLOWED', reason: null },
      ],
    },
  ],
};

const issue = { period: { from: '2025-10-01', to: '2025-10-07' }, issuedOn: '2025-10-08', issuedBy: '監査 一郎（au001）' };

describe('disclosureSheet', () => {
  const sheet = disclosureSheet(report, issue);

  it('heads the answer with the person, the period, the date of issue and the counts', () => {
    expect(sheet.title).toBe(DISCLOSURE_TITLE);
    expect(Object.fromEntries(sheet.meta)).toEqual({
      宛名番号: '100000465',
      対象期間: '令和7年10月1日〜令和7年10月7日',
      発行日: '令和7年10月8日（2025-10-08）',
      発行者: '監査 一郎（au001）',
      照会の件数: '2 件（開示 1 件・拒否 1 件）',
    });
  });

  it('has one row per department of each request, newest first, refusals with why', () => {
    expect(sheet.columns).toEqual(DISCLOSURE_COLUMNS);
    expect(sheet.rows).toEqual([
      ['令和7年10月2日 10:00:00', 'cw002', 'ケースワーカー・福祉事務所', '29条調査', 'PersonHousehold', '住民記録', 'Resident.householdNo', '拒否（担当外）'],
      ['令和7年10月1日 09:30:00', 'cw001', 'ケースワーカー・福祉事務所', '保護の決定・変更', 'InvestigationList', '税務', 'Resident.tax、tax.incomes', '開示'],
      ['令和7年10月1日 09:30:00', 'cw001', 'ケースワーカー・福祉事務所', '保護の決定・変更', 'InvestigationList', '介護保険', 'Resident.longTermCare', '開示'],
    ]);
  });

  it('adds the 世帯番号 when the household was asked for too, and reads a code refusal in Japanese', () => {
    const withHousehold = disclosureSheet(
      { ...report, householdNo: '100000016', accesses: [{ ...report.accesses[0]!, staffId: null, role: null, division: null, purpose: null, purposeLabel: null, departments: [{ department: 'gateway', departmentLabel: 'ゲートウェイ（受付）', fields: [], outcome: 'DENIED', reason: 'UNAUTHENTICATED' }] }] },
      issue,
    );
    expect(withHousehold.meta.find(([label]) => label === '世帯番号')?.[1]).toBe('100000016');
    expect(withHousehold.rows[0]).toEqual(['令和7年10月2日 10:00:00', '未認証', '—', '記載なし', 'PersonHousehold', 'ゲートウェイ（受付）', '—', '拒否（未認証）']);
  });

  it('becomes an Excel file with the same rows', async () => {
    const { rows } = await readXlsxRows(await toXlsx(sheet), DISCLOSURE_COLUMNS.length);
    expect(rows[0]?.[0]).toBe(DISCLOSURE_TITLE);
    const header = rows.findIndex((row) => row[0] === '日時');
    expect(rows.slice(header + 1)).toEqual(sheet.rows);
  });
});

describe('accessResult', () => {
  const [refused, disclosed] = report.accesses as [DisclosureData['accesses'][number], DisclosureData['accesses'][number]];
  it('says whether a request was disclosed, refused, or refused in part', () => {
    expect(accessResult(refused)).toBe('拒否');
    expect(accessResult(disclosed)).toBe('開示');
    const partly = { ...disclosed, departments: [...disclosed.departments, { department: 'residents', departmentLabel: '住民記録', fields: ['Resident.householdNo'], outcome: 'DENIED' as const, reason: '担当外' }] };
    expect(accessResult(partly)).toBe('一部拒否');
  });
});
