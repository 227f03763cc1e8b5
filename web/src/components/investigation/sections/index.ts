/**
 * The department sections of a household member, in the order the list shows them: each
 * department's fragment (read back with getFragmentData) and its lines.
 */
import { getFragmentData } from '@/gql';
import type { InvestigationListQuery } from '@/gql/graphql';
import { CareSection, careLines } from './care-section';
import { ChildBenefitsSection, childBenefitsLines } from './child-benefits-section';
import { DisabilitySection, disabilityLines } from './disability-section';
import { InsuranceSection, insuranceLines } from './insurance-section';
import type { SectionFields, SectionLine } from './lines';
import { PensionSection, pensionLines } from './pension-section';
import { TaxSection, taxLines } from './tax-section';
import { WelfareSection, welfareLines } from './welfare-section';

export type InvestigationHousehold = NonNullable<InvestigationListQuery['household']>;
export type InvestigationMember = InvestigationHousehold['members'][number];

export interface ReadSection {
  fields: SectionFields;
  /** Empty when the department has no record (該当なし). */
  lines: SectionLine[];
}

export interface DepartmentSection {
  /** The Resident field that carries the section. */
  field: 'tax' | 'healthInsurance' | 'pension' | 'childBenefits' | 'longTermCare' | 'disability' | 'welfare';
  /** The subgraph, as `source` and `extensions.department` name it. */
  department: string;
  /** The section as answered, or null when the department could not be read. */
  read(member: InvestigationMember): ReadSection | null;
}

function read<F extends SectionFields>(record: F | null | undefined, lines: (record: F) => SectionLine[]): ReadSection | null {
  if (!record) return null;
  return { fields: record, lines: record.hasRecord ? lines(record) : [] };
}

export const DEPARTMENT_SECTIONS: readonly DepartmentSection[] = [
  { field: 'welfare', department: 'welfare', read: (m) => read(getFragmentData(WelfareSection, m.welfare), welfareLines) },
  { field: 'tax', department: 'tax', read: (m) => read(getFragmentData(TaxSection, m.tax), taxLines) },
  { field: 'healthInsurance', department: 'insurance', read: (m) => read(getFragmentData(InsuranceSection, m.healthInsurance), insuranceLines) },
  { field: 'pension', department: 'pension', read: (m) => read(getFragmentData(PensionSection, m.pension), pensionLines) },
  { field: 'childBenefits', department: 'child', read: (m) => read(getFragmentData(ChildBenefitsSection, m.childBenefits), childBenefitsLines) },
  { field: 'longTermCare', department: 'care', read: (m) => read(getFragmentData(CareSection, m.longTermCare), careLines) },
  { field: 'disability', department: 'disability', read: (m) => read(getFragmentData(DisabilitySection, m.disability), disabilityLines) },
];
