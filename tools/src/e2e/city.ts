import { makeCity, makeHousehold, makePerson, type City, type CityStaff } from '@smart-casework/kit/city';

/**
 * A handmade city for the end-to-end tests: a household of four on assistance (a mother with
 * two children and her father, who has a record in every department), an elderly person alone
 * on assistance, and a salaried neighbour the welfare office has never met.
 */
const staff: CityStaff[] = [
  { staffId: 'sv001', name: '試験　指導員', nameKana: 'シケン　シドウイン', role: 'supervisor', division: 'welfare', supervisorId: null },
  { staffId: 'cw001', name: '試験　一郎', nameKana: 'シケン　イチロウ', role: 'caseworker', division: 'welfare', supervisorId: 'sv001' },
  { staffId: 'cw002', name: '試験　二郎', nameKana: 'シケン　ジロウ', role: 'caseworker', division: 'welfare', supervisorId: 'sv001' },
  { staffId: 'tax001', name: '税務　花子', nameKana: 'ゼイム　ハナコ', role: 'tax', division: 'tax', supervisorId: null },
  { staffId: 'au001', name: '監査　太郎', nameKana: 'カンサ　タロウ', role: 'auditor', division: 'audit', supervisorId: null },
  { staffId: 'svc-watcher', name: '異動検知バッチ', nameKana: 'イドウケンチバッチ', role: 'service', division: 'system', supervisorId: null },
];

const noIncome = { salary: 0, publicPension: 0, business: 0, realEstate: 0, miscellaneous: 0 };

/** Has something in every department: pension, care, disability, a light vehicle, land, 国保. */
export const grandfather = makePerson({
  surname: '米子', givenName: '茂', surnameKana: 'ヨナゴ', givenNameKana: 'シゲル', birthDate: '1953-05-10', relationship: '父',
  income: { ...noIncome, publicPension: 780_000 }, healthCover: 'kokuho', healthCoverSince: '2018-05-10', planted: ['kokuho-not-ended', 'light-vehicle', 'land'],
  pension: { kind: '老齢基礎年金', grade: null, annualAmount: 780_000, startedOn: '2018-06-01' },
  care: { level: '要介護1', certifiedOn: '2025-03-20', validFrom: '2025-04-01', validTo: '2026-03-31' },
  disability: { kind: '身体', grade: '4級', category: '肢体不自由', issuedOn: '2019-07-01' },
  vehicles: [{ kind: '軽四輪乗用 自家用', plate: '鳥取 580 あ 12-34', registeredOn: '2016-04-01', annualTax: 10_800 }],
  land: [{ location: '試験市中央二丁目', lotNo: '12番3', landUse: '畑', areaSqm: 420, assessedValue: 1_200_000 }],
});
export const mother = makePerson({
  surname: '米子', givenName: '陽子', surnameKana: 'ヨナゴ', givenNameKana: 'ヨウコ', sex: '女', birthDate: '1985-08-20', residentSince: '1985-08-20',
  income: { ...noIncome, salary: 1_100_000 }, pensionCategory: '第1号', pensionExemption: '法定免除',
});
export const child = makePerson({ surname: '米子', givenName: '大地', surnameKana: 'ヨナゴ', givenNameKana: 'ダイチ', birthDate: '2015-06-01', relationship: '子', residentSince: '2015-06-01' });
export const baby = makePerson({ surname: '米子', givenName: '光', surnameKana: 'ヨナゴ', givenNameKana: 'ヒカル', sex: '女', birthDate: '2025-03-01', relationship: '子', residentSince: '2025-03-01', addressSince: '2025-03-01' });

/** Alone and on assistance, with records like the grandfather's (the statement-count twin of the four). */
export const elder = makePerson({
  surname: '皆生', givenName: 'トメ', surnameKana: 'カイケ', givenNameKana: 'トメ', sex: '女', birthDate: '1945-01-15',
  income: { ...noIncome, publicPension: 650_000 }, healthCover: 'koki', healthCoverSince: '2020-01-15',
  pension: { kind: '老齢基礎年金', grade: null, annualAmount: 650_000, startedOn: '2010-02-01' },
  care: { level: '要介護2', certifiedOn: '2025-01-10', validFrom: '2025-02-01', validTo: '2027-01-31' },
  disability: { kind: '身体', grade: '3級', category: '視覚', issuedOn: '2015-03-01' },
  vehicles: [{ kind: '原付 50cc以下', plate: '試験市 あ 1234', registeredOn: '2012-04-01', annualTax: 2_000 }],
  land: [{ location: '試験市皆生一丁目', lotNo: '3番', landUse: '宅地', areaSqm: 150, assessedValue: 3_000_000 }],
});

/** Salaried, insured at work, unknown to welfare. */
export const neighbour = makePerson({
  surname: '境', givenName: '健', surnameKana: 'サカイ', givenNameKana: 'ケン', birthDate: '1990-11-03',
  residentSince: '2013-04-01', addressSince: '2013-04-01', income: { ...noIncome, salary: 3_600_000 },
  // Employed since moving in: never on the city's 国保.
  healthCover: 'employee', healthCoverSince: '2013-04-01', pensionCategory: '第2号',
});

export const family = makeHousehold([mother, grandfather, child, baby], {
  kind: 'single-parent',
  assistance: { caseNo: '2025-0001', status: '保護中', startedOn: '2024-04-01', caseworkerId: 'cw001', monthlyBenefit: 182_340, minimumCostOfLiving: 265_000, recognisedIncome: 82_660, lastReviewedOn: '2025-07-15' },
  allowances: [
    { program: '児童扶養手当', recipientAtenaNo: mother.atenaNo, childAtenaNos: [child.atenaNo, baby.atenaNo], payment: '全部支給', monthlyAmount: 57_720, certifiedOn: '2024-11-01' },
    { program: '児童手当', recipientAtenaNo: mother.atenaNo, childAtenaNos: [child.atenaNo, baby.atenaNo], payment: null, monthlyAmount: 25_000, certifiedOn: '2025-03-10' },
  ],
});
export const alone = makeHousehold([elder], {
  kind: 'elderly',
  assistance: { caseNo: '2025-0002', status: '保護中', startedOn: '2023-10-01', caseworkerId: 'cw002', monthlyBenefit: 71_000, minimumCostOfLiving: 125_000, recognisedIncome: 54_000, lastReviewedOn: '2025-06-01' },
});
export const single = makeHousehold([neighbour]);

export function e2eCity(): City {
  return makeCity([
    { household: family, members: [mother, grandfather, child, baby] },
    { household: alone, members: [elder] },
    { household: single, members: [neighbour] },
  ], { staff });
}
