import { withCheckDigit } from '@smart-casework/kit';
import { makeCity, makeHousehold, makePerson, type AssistanceTrait } from '@smart-casework/kit/city';
import { describeDepartment, findingCodes } from '@smart-casework/kit/testing';
import { expect } from 'vitest';
import { seed } from '../seed';
import { insurance } from './app';

const moved = { residentSince: '2000-04-01', previousAddress: '鳥取県鳥取市東町一丁目220番地' };
// The atenaNo digits choose this head for arrears (see seed/arrears.ts): 3 instalments of 4,500円.
const head = makePerson({ atenaNo: withCheckDigit(912_327, 9), ...moved, healthCover: 'kokuho', healthCoverSince: '2018-04-01' });
const spouse = makePerson({ relationship: '妻', sex: '女', ...moved, healthCover: 'kokuho', healthCoverSince: '2018-04-01' });
const lateElder = makePerson({ birthDate: '1945-03-10', residentSince: '1990-01-01', healthCover: 'koki', healthCoverSince: '2020-03-10' });
const recipient = makePerson({ birthDate: '1970-01-01', residentSince: '2010-01-01', healthCover: 'none', healthCoverSince: '2015-04-01' });
const recipientElder = makePerson({ relationship: '母', birthDate: '1940-05-05', residentSince: '1990-01-01', healthCover: 'none', healthCoverSince: '2000-01-01' });
const notEnded = makePerson({ birthDate: '1975-01-01', healthCover: 'kokuho', healthCoverSince: '2019-07-01', planted: ['kokuho-not-ended'] });
const newEmployee = makePerson({ birthDate: '1995-01-01', residentSince: '2010-04-01', previousAddress: '島根県松江市末次町86番地', healthCover: 'employee', healthCoverSince: '2025-06-01' });
const nobody = makePerson({ birthDate: '1990-01-01', residentSince: '1990-01-01', healthCover: 'employee', healthCoverSince: '1990-01-01' });
const uninsuredElder = makePerson({ birthDate: '1940-01-01', healthCover: 'none' });
const elderOnKokuho = makePerson({ birthDate: '1948-01-01', healthCover: 'kokuho', healthCoverSince: '2010-04-01' });

const assistance = (caseNo: string, startedOn: string): AssistanceTrait => ({ caseNo, status: '保護中', startedOn, caseworkerId: 'cw001', monthlyBenefit: 80_000, minimumCostOfLiving: 130_000, recognisedIncome: 50_000, lastReviewedOn: '2025-04-01' });
const city = makeCity([
  { household: makeHousehold([head, spouse], { kind: 'couple' }), members: [head, spouse] },
  { household: makeHousehold([lateElder], { kind: 'elderly' }), members: [lateElder] },
  { household: makeHousehold([recipient, recipientElder], { kind: 'other', assistance: assistance('C0001', '2023-05-01') }), members: [recipient, recipientElder] },
  { household: makeHousehold([notEnded], { assistance: assistance('C0002', '2024-11-01') }), members: [notEnded] },
  ...[newEmployee, nobody, uninsuredElder, elderOnKokuho].map((p) => ({ household: makeHousehold([p]), members: [p] })),
]);
const everyone = [head, spouse, lateElder, recipient, recipientElder, notEnded, newEmployee, nobody, uninsuredElder, elderOnKokuho];

const ENROLMENT = 'scheme insuredNo acquiredOn acquisitionReason lostOn lossReason current householdHead { atenaNo }';
const SECTION = `source sourceName hasRecord asOf currentScheme currentEnrolment { scheme acquiredOn } enrolments { ${ENROLMENT} }
  arrears { scheme fiscalYear instalment dueOn amount } arrearsTotal findings { code severity message }`;

describeDepartment(insurance, { seed: (db) => seed(db, city) }, ({ test, sectionsOf, countStatements }) => {
  const sections = sectionsOf('healthInsurance', SECTION);

  test('shows a current 国保 membership with the household head and the arrears', async () => {
    const [ofHead, ofSpouse] = await sections([head, spouse]);
    expect(ofHead).toMatchObject({
      source: 'insurance',
      sourceName: '国民健康保険・後期高齢者医療',
      hasRecord: true,
      currentScheme: '国保',
      currentEnrolment: { scheme: '国保', acquiredOn: '2018-04-01' },
      enrolments: [{ scheme: '国保', insuredNo: `31-${head.householdNo.slice(-8, -1)}-01`, acquiredOn: '2018-04-01', acquisitionReason: '社保離脱', lostOn: null, lossReason: null, current: true, householdHead: { atenaNo: head.atenaNo } }],
      arrears: [
        { scheme: '国保', fiscalYear: 2024, instalment: 8, dueOn: '2025-01-31', amount: 4_500 },
        { scheme: '国保', fiscalYear: 2024, instalment: 9, dueOn: '2025-02-28', amount: 4_500 },
        { scheme: '国保', fiscalYear: 2024, instalment: 10, dueOn: '2025-03-31', amount: 4_500 },
      ],
      arrearsTotal: 13_500,
    });
    expect(findingCodes(ofHead)).toEqual(['INS_KOKUHO_ENROLLED', 'INS_PREMIUM_ARREARS']);
    expect(ofSpouse).toMatchObject({ arrears: [], arrearsTotal: 0, enrolments: [{ insuredNo: `31-${head.householdNo.slice(-8, -1)}-02`, householdHead: { atenaNo: head.atenaNo } }] });
  });

  test('ends membership when assistance starts, except where the city planted it not ended', async () => {
    const [ofRecipient, ofElder, ofNotEnded] = await sections([recipient, recipientElder, notEnded]);
    expect(ofRecipient).toMatchObject({ hasRecord: true, currentScheme: null, currentEnrolment: null, findings: [] });
    expect(ofRecipient?.enrolments).toEqual([{ scheme: '国保', insuredNo: expect.any(String), acquiredOn: '2015-04-01', acquisitionReason: '社保離脱', lostOn: '2023-05-01', lossReason: '生保開始', current: false, householdHead: { atenaNo: recipient.atenaNo } }]);
    expect(ofElder?.enrolments).toMatchObject([
      { scheme: '後期', acquiredOn: '2015-05-05', acquisitionReason: '75歳到達', lostOn: '2023-05-01', lossReason: '生保開始', householdHead: null },
      { scheme: '国保', acquiredOn: '2000-01-01', lostOn: '2015-05-05', lossReason: '75歳到達' },
    ]);
    expect(ofElder?.findings).toEqual([]);
    expect(ofNotEnded).toMatchObject({ currentScheme: '国保', currentEnrolment: { acquiredOn: '2019-07-01' } });
    expect(ofNotEnded?.findings[0]?.message).toContain('国保法6条9号');
  });

  test('answers for several residents at once, in order, with hasRecord false where nothing is held', async () => {
    const all = await sections(everyone);
    const [ofHead, , ofLateElder, , , , ofNewEmployee, ofNobody, ofUninsuredElder, ofElderOnKokuho] = all;
    expect(all).toHaveLength(everyone.length);
    expect(ofLateElder).toMatchObject({ currentScheme: '後期', enrolments: [{ scheme: '後期', insuredNo: expect.stringMatching(/^\d{8}$/), acquisitionReason: '75歳到達', householdHead: null }] });
    expect(findingCodes(ofLateElder)).toEqual(['INS_KOKI_ENROLLED']);
    expect(ofNewEmployee).toMatchObject({ currentScheme: null, enrolments: [{ scheme: '国保', acquiredOn: '2010-04-01', acquisitionReason: '転入', lostOn: '2025-06-01', lossReason: '社保加入' }] });
    expect(ofNewEmployee?.findings).toMatchObject([{ code: 'INS_JOINED_EMPLOYEE_INSURANCE', severity: 'critical' }]);
    expect(ofNobody).toEqual({ source: 'insurance', sourceName: '国民健康保険・後期高齢者医療', hasRecord: false, asOf: ofHead?.asOf, currentScheme: null, currentEnrolment: null, enrolments: [], arrears: [], arrearsTotal: 0, findings: [] });
    expect(ofUninsuredElder).toMatchObject({ hasRecord: false, enrolments: [], findings: [{ code: 'INS_LATE_ELDERLY_WITHOUT_RECORD', severity: 'warning' }] });
    expect(findingCodes(ofElderOnKokuho)).toEqual(['INS_KOKUHO_ENROLLED', 'INS_LATE_ELDERLY_ON_KOKUHO']);
  });

  test('runs the same statements for one resident as for six', async () => {
    const one = await countStatements(() => sections([head]));
    const six = await countStatements(() => sections(everyone.slice(0, 6)));
    expect(six).toBe(one);
    expect(one).toBeLessThanOrEqual(3);
  });
});
