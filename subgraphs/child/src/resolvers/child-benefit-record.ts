import { departmentLabel, today } from '@smart-casework/kit';
import { childFindings } from '../findings';
import type { ChildBenefitRecordResolvers } from '../generated/graphql';
import { currentAllowances } from '../record';

export const ChildBenefitRecord: ChildBenefitRecordResolvers = {
  source: () => 'child',
  sourceName: () => departmentLabel('child'),
  hasRecord: (record) => record.allowances.length + record.countedIn.length > 0,
  asOf: (_record, _args, { loaders }) => loaders.asOf(),
  findings: (record) => childFindings(record, today()),
  monthlyTotal: (record) => currentAllowances(record, today()).reduce((sum, a) => sum + a.certification.monthly_amount, 0),
};
