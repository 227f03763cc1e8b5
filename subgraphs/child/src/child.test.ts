import { makeCity, makeHousehold, makePerson } from '@smart-casework/kit/city';
import { describeDepartment, findingCodes } from '@smart-casework/kit/testing';
import { expect } from 'vitest';
import { seed } from '../seed';
import { child } from './app';

const mother = makePerson({ sex: '女', birthDate: '1985-06-15' });
const elder = makePerson({ relationship: '子', birthDate: '2010-06-01' });
const younger = makePerson({ relationship: '子', birthDate: '2015-03-02' });
const father = makePerson({ birthDate: '1980-01-20' });
const schoolChild = makePerson({ relationship: '子', birthDate: '2012-04-10' });
const toddler = makePerson({ relationship: '子', birthDate: '2022-08-10' });
const carer = makePerson({ sex: '女', birthDate: '1978-09-09' });
const disabledChild = makePerson({ relationship: '子', birthDate: '2012-11-11' });
const neighbour = makePerson({ birthDate: '1950-01-20' });

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
  {
    household: makeHousehold([father, schoolChild, toddler], { kind: 'couple-with-children', allowances: [{ program: '児童手当', recipientAtenaNo: father.atenaNo, childAtenaNos: [schoolChild.atenaNo, toddler.atenaNo], payment: null, monthlyAmount: 20_000, certifiedOn: '2012-04-20' }] }),
    members: [father, schoolChild, toddler],
  },
  {
    household: makeHousehold([carer, disabledChild], { allowances: [{ program: '特別児童扶養手当', recipientAtenaNo: carer.atenaNo, childAtenaNos: [disabledChild.atenaNo], payment: '1級', monthlyAmount: 56_800, certifiedOn: '2016-02-01' }] }),
    members: [carer, disabledChild],
  },
  { household: makeHousehold([neighbour]), members: [neighbour] },
]);

const SELECTION = `source sourceName hasRecord asOf monthlyTotal
  allowances { certificationNo program payment monthlyAmount certifiedOn paymentStartMonth paymentMonths endedOn endReason
    children { atenaNo } countedChildren { child { atenaNo } birthDate birthOrder paid paidUntil }
    revisions { revisionNo revisedOn amountBefore amountAfter reason } }
  countedIn { certificationNo program recipient { atenaNo } birthOrder paid paidUntil endedOn }
  findings { code severity message }`;

describeDepartment(child, { seed: (db) => seed(db, city) }, ({ test, sectionsOf, countStatements }) => {
  const sections = sectionsOf('childBenefits', SELECTION);

  test('gives a single parent both allowances, with children in birth order and the derived revision', async () => {
    const [m] = await sections([mother]);
    expect(m).toMatchObject({ source: 'child', sourceName: '児童手当・児童扶養手当・特別児童扶養手当', hasRecord: true, monthlyTotal: 77_720, countedIn: [] });
    const rearing = { certificationNo: 'JF00000001', program: '児童扶養手当', payment: '全部支給', monthlyAmount: 57_720, certifiedOn: '2019-04-10', paymentStartMonth: '2019-05', paymentMonths: '奇数月', endedOn: null };
    expect(m?.allowances).toEqual([
      expect.objectContaining({ ...rearing, children: [{ atenaNo: elder.atenaNo }, { atenaNo: younger.atenaNo }], revisions: [{ revisionNo: 1, revisedOn: '2025-04-01', amountBefore: 56_250, amountAfter: 57_720, reason: '物価スライドによる額改定' }] }),
      expect.objectContaining({ program: '児童手当', payment: null, paymentMonths: '偶数月', revisions: [], countedChildren: [{ child: { atenaNo: elder.atenaNo }, birthDate: '2010-06-01', birthOrder: 1, paid: true, paidUntil: '2029-03-31' }, { child: { atenaNo: younger.atenaNo }, birthDate: '2015-03-02', birthOrder: 2, paid: true, paidUntil: '2033-03-31' }] }),
    ]);
    expect(findingCodes(m)).toEqual(['CHILD_REARING_INCOME', 'CHILD_SINGLE_PARENT_ADDITION', 'CHILD_ALLOWANCE_INCOME']);
  });

  test('answers several residents at once: recipients, counted children and persons with no record', async () => {
    const [e, f, c, d, n] = await sections([elder, father, carer, disabledChild, neighbour]);
    expect(e).toMatchObject({ hasRecord: true, allowances: [], monthlyTotal: 0, findings: [] });
    expect(e?.countedIn).toEqual([
      { certificationNo: 'JF00000001', program: '児童扶養手当', recipient: { atenaNo: mother.atenaNo }, birthOrder: 1, paid: true, paidUntil: '2029-03-31', endedOn: null },
      { certificationNo: 'JT00000001', program: '児童手当', recipient: { atenaNo: mother.atenaNo }, birthOrder: 1, paid: true, paidUntil: '2029-03-31', endedOn: null },
    ]);
    expect(f?.allowances).toEqual([expect.objectContaining({ certificationNo: 'JT00000002', revisions: [{ revisionNo: 1, revisedOn: '2025-09-01', amountBefore: 25_000, amountAfter: 20_000, reason: '3歳到達' }] })]);
    expect(f?.findings[0]).toEqual({ code: 'CHILD_AMOUNT_REVISED', severity: 'critical', message: '児童手当の額改定（2025-09-01、3歳到達）：月額25,000円→20,000円（5,000円減）を保護費に反映' });
    expect(c).toMatchObject({ monthlyTotal: 56_800, allowances: [{ program: '特別児童扶養手当', payment: '1級', paymentMonths: '4・8・11月' }] });
    expect(findingCodes(c)).toEqual(['CHILD_SPECIAL_ALLOWANCE']);
    expect(d?.countedIn).toEqual([expect.objectContaining({ program: '特別児童扶養手当', paidUntil: '2032-11-10' })]);
    expect(n).toMatchObject({ hasRecord: false, allowances: [], countedIn: [], monthlyTotal: 0, findings: [] });
    expect(Date.parse(String(n?.asOf))).toBeGreaterThan(0);
  });

  test('runs the same statements for one resident as for six', async () => {
    const one = await countStatements(() => sections([mother]));
    const six = await countStatements(() => sections([mother, elder, father, carer, disabledChild, neighbour]));
    expect(six).toBe(one);
    expect(one).toBe(5);
  });
});
