import { today } from '@smart-casework/kit';
import type { Context } from '../context';
import { insuranceFindings } from '../findings';
import type { InsuranceRecordResolvers } from '../generated/graphql';
import { arrearsTotal, currentEnrolment, type InsuranceFacts, type InsuranceRecordParent } from '../record';
import { SOURCE, SOURCE_NAME } from '../source';

async function factsOf(parent: InsuranceRecordParent, { loaders }: Context): Promise<InsuranceFacts> {
  const [enrolments, arrears] = await Promise.all([loaders.enrolmentsByAtenaNo.load(parent.atenaNo), loaders.arrearsByAtenaNo.load(parent.atenaNo)]);
  return { today: today(), birthDate: parent.birthDate, enrolments, arrears };
}

export const InsuranceRecord: InsuranceRecordResolvers = {
  source: () => SOURCE,
  sourceName: () => SOURCE_NAME,
  hasRecord: async (parent, _args, context) => {
    const { enrolments, arrears } = await factsOf(parent, context);
    return enrolments.length > 0 || arrears.length > 0;
  },
  asOf: (_parent, _args, { loaders }) => loaders.asOf(),
  findings: async (parent, _args, context) => insuranceFindings(await factsOf(parent, context)),
  currentScheme: async (parent, _args, { loaders }) => currentEnrolment(await loaders.enrolmentsByAtenaNo.load(parent.atenaNo), today())?.scheme ?? null,
  currentEnrolment: async (parent, _args, { loaders }) => currentEnrolment(await loaders.enrolmentsByAtenaNo.load(parent.atenaNo), today()),
  enrolments: (parent, _args, { loaders }) => loaders.enrolmentsByAtenaNo.load(parent.atenaNo),
  arrears: (parent, _args, { loaders }) => loaders.arrearsByAtenaNo.load(parent.atenaNo),
  arrearsTotal: async (parent, _args, { loaders }) => arrearsTotal(await loaders.arrearsByAtenaNo.load(parent.atenaNo)),
};
