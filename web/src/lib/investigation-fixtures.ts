/**
 * A handmade household answer for the list builder's tests (and anything else that needs a
 * realistic investigation list without the graph): a mother on assistance with a light vehicle
 * and 児童扶養手当, her child, and her father whose records the departments do not hold.
 */
import { CareSection } from '@/components/investigation/sections/care-section';
import { ChildBenefitsSection } from '@/components/investigation/sections/child-benefits-section';
import { DisabilitySection } from '@/components/investigation/sections/disability-section';
import type { InvestigationHousehold, InvestigationMember } from '@/components/investigation/sections';
import { InsuranceSection } from '@/components/investigation/sections/insurance-section';
import { PensionSection } from '@/components/investigation/sections/pension-section';
import { TaxSection } from '@/components/investigation/sections/tax-section';
import { WelfareSection } from '@/components/investigation/sections/welfare-section';
import { makeFragmentData } from '@/gql';
import type { FindingFields } from '@/components/investigation/sections/lines';

export const AS_OF = '2025-09-30T15:00:00.000Z';

function common(source: string, sourceName: string, hasRecord: boolean, findings: FindingFields[] = []) {
  return { source, sourceName, hasRecord, asOf: AS_OF, findings };
}

const emptyTax = {
  fiscalYear: 2025, incomeYear: 2024, taxStatus: null, exemptReason: null, incomeLevy: null, perCapitaLevy: null, totalIncome: null,
  dependantCount: null, incomes: [], dependants: [], claimedBy: null, claimedFromOutsideHousehold: null, lands: [], buildings: [], lightVehicles: [],
};

/** Every section present and empty (該当なし), for a person the departments do not know. */
export function sectionsWithoutRecords(): Omit<InvestigationMember, 'atenaNo' | 'name' | 'nameKana' | 'birthDate' | 'sex' | 'relationship' | 'status'> {
  return {
    welfare: makeFragmentData({ ...common('welfare', '生活保護', false), onAssistance: false, caseRole: null, coveredFrom: null, excludedOn: null, case: null, applications: [] }, WelfareSection),
    tax: makeFragmentData({ ...common('tax', '税務（住民税・固定資産税・軽自動車税）', false), ...emptyTax }, TaxSection),
    healthInsurance: makeFragmentData({ ...common('insurance', '国民健康保険・後期高齢者医療', false), currentScheme: null, enrolments: [], arrears: [], arrearsTotal: 0 }, InsuranceSection),
    pension: makeFragmentData({ ...common('pension', '国民年金', false), basicPensionNo: null, insuredCategory: null, insuredSince: null, exemptions: [], benefits: [], monthlyTotal: 0 }, PensionSection),
    childBenefits: makeFragmentData({ ...common('child', '児童手当・児童扶養手当・特別児童扶養手当', false), allowances: [], countedIn: [], monthlyTotal: 0 }, ChildBenefitsSection),
    longTermCare: makeFragmentData(
      {
        ...common('care', '介護保険', false), insuredNo: null, insuredCategory: null, qualifiedOn: null, qualificationReason: null, disqualifiedOn: null,
        disqualificationReason: null, currentCertification: null, premiumFiscalYear: null, premiumStage: null, annualPremium: null, monthlyPremium: null, premiumCollection: null,
      },
      CareSection,
    ),
    disability: makeFragmentData({ ...common('disability', '障害福祉', false), certificates: [], services: [], allowances: [] }, DisabilitySection),
  };
}

const mother: InvestigationMember = {
  atenaNo: '1000000013', name: '米浜　陽子', nameKana: 'ヨネハマ　ヨウコ', birthDate: '1990-06-15', sex: '女', relationship: '世帯主', status: '住民',
  ...sectionsWithoutRecords(),
  welfare: makeFragmentData(
    {
      ...common('welfare', '生活保護', true, [{ code: 'WELFARE_REVIEW_OVERDUE', severity: 'warning', message: '訪問・審査が6か月を超えています' }]),
      onAssistance: true, caseRole: '世帯主', coveredFrom: '2023-04-01', excludedOn: null,
      case: { caseNo: 'C100001', status: '保護中', monthlyBenefit: 98500, caseworker: { staffId: 'cw001', name: '田中　美咲' } },
      applications: [],
    },
    WelfareSection,
  ),
  tax: makeFragmentData(
    {
      ...common('tax', '税務（住民税・固定資産税・軽自動車税）', true, [
        { code: 'TAX_LIGHT_VEHICLE', severity: 'info', message: '軽自動車が登録されています' },
        { code: 'TAX_INCOME_UNREPORTED', severity: 'critical', message: '給与収入 1,200,000円 が申告されていません' },
      ]),
      ...emptyTax, taxStatus: '非課税', exemptReason: '生活扶助', totalIncome: 1_200_000, dependantCount: 1,
      incomes: [{ kind: '給与', revenue: 1_750_000, income: 1_200_000 }],
      lightVehicles: [{ kind: '軽四輪乗用 自家用', plate: '米浜580あ12-34', registeredOn: '2021-04-01', annualTax: 10_800 }],
    },
    TaxSection,
  ),
  childBenefits: makeFragmentData(
    {
      ...common('child', '児童手当・児童扶養手当・特別児童扶養手当', true, [{ code: 'CHILD_ALLOWANCE_INCOME', severity: 'warning', message: '児童扶養手当 46,690円 を収入認定してください' }]),
      allowances: [
        {
          certificationNo: 'F0001', program: '児童扶養手当', payment: '全部支給', monthlyAmount: 46_690, certifiedOn: '2023-05-10', endedOn: null, endReason: null,
          countedChildren: [{ birthOrder: 1, paid: true, paidUntil: '2034-03-31', child: { atenaNo: '1000000021', name: '米浜　大地' } }],
        },
      ],
      countedIn: [], monthlyTotal: 46_690,
    },
    ChildBenefitsSection,
  ),
};

const child: InvestigationMember = {
  atenaNo: '1000000021', name: '米浜　大地', nameKana: 'ヨネハマ　ダイチ', birthDate: '2016-02-29', sex: '男', relationship: '子', status: '住民',
  ...sectionsWithoutRecords(),
  childBenefits: makeFragmentData(
    {
      ...common('child', '児童手当・児童扶養手当・特別児童扶養手当', true, [{ code: 'CHILD_COUNTED', severity: 'info', message: '児童扶養手当の対象児童です' }]),
      allowances: [],
      countedIn: [{ certificationNo: 'F0001', program: '児童扶養手当', birthOrder: 1, paid: true, paidUntil: '2034-03-31', endedOn: null, recipient: { atenaNo: '1000000013', name: '米浜　陽子' } }],
      monthlyTotal: 0,
    },
    ChildBenefitsSection,
  ),
};

const grandfather: InvestigationMember = {
  atenaNo: '1000000030', name: '米浜　茂', nameKana: 'ヨネハマ　シゲル', birthDate: '1950-01-20', sex: '男', relationship: '父', status: '住民',
  ...sectionsWithoutRecords(),
};

export function sampleHousehold(): InvestigationHousehold {
  return { householdNo: '300000018', address: '米浜市中町1-2-3 コーポ中町101', head: { atenaNo: mother.atenaNo, name: mother.name }, members: [mother, child, grandfather] };
}
