import { departmentLabel, today } from '@smart-casework/kit';
import { pensionFindings } from '../findings';
import type { PensionRecordResolvers } from '../generated/graphql';
import { monthlyAmount } from '../parameters';
import { activeBenefits, currentPeriod } from '../record';

export const PensionRecord: PensionRecordResolvers = {
  source: () => 'pension',
  sourceName: () => departmentLabel('pension'),
  hasRecord: (record) => record.insuredPeriods.length + record.exemptions.length + record.benefits.length > 0,
  asOf: (_record, _args, { loaders }) => loaders.asOf(),
  findings: (record) => pensionFindings(record, today()),
  basicPensionNo: (record) => record.insuredPeriods.at(-1)?.basic_pension_no ?? null,
  insuredCategory: (record) => currentPeriod(record, today())?.category ?? null,
  insuredSince: (record) => currentPeriod(record, today())?.acquired_on ?? null,
  monthlyTotal: (record) => activeBenefits(record, today()).reduce((sum, b) => sum + monthlyAmount(b.annual_amount), 0),
};
