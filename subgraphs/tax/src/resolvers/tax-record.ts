import { today } from '@smart-casework/kit';
import type { Context } from '../context';
import { taxFindings } from '../findings';
import type { TaxRecordResolvers } from '../generated/graphql';
import { hasRecord, taxYear, type TaxFacts, type TaxRecordParent, type TaxYear } from '../record';
import { SOURCE, SOURCE_NAME } from '../source';

/** The year shown: needs only the assessments and the claims. */
async function yearOf({ atenaNo }: TaxRecordParent, { loaders }: Context): Promise<TaxYear> {
  const [assessments, links] = await Promise.all([loaders.assessmentsByAtenaNo.load(atenaNo), loaders.dependantLinksByAtenaNo.load(atenaNo)]);
  return taxYear(atenaNo, assessments, links, today());
}

async function factsOf(parent: TaxRecordParent, context: Context): Promise<TaxFacts> {
  const { loaders } = context;
  const [year, incomes, lands, buildings, lightVehicles] = await Promise.all([
    yearOf(parent, context),
    loaders.incomesByAtenaNo.load(parent.atenaNo),
    loaders.landsByAtenaNo.load(parent.atenaNo),
    loaders.buildingsByAtenaNo.load(parent.atenaNo),
    loaders.lightVehiclesByAtenaNo.load(parent.atenaNo),
  ]);
  return { ...year, incomes: incomes.filter((i) => i.fiscal_year === year.fiscalYear), lands, buildings, lightVehicles };
}

export const TaxRecord: TaxRecordResolvers = {
  source: () => SOURCE,
  sourceName: () => SOURCE_NAME,
  hasRecord: async (parent, _args, context) => hasRecord(await factsOf(parent, context)),
  asOf: (_parent, _args, { loaders }) => loaders.asOf(),
  findings: async (parent, _args, context) => taxFindings(await factsOf(parent, context)),
  fiscalYear: async (parent, _args, context) => (await yearOf(parent, context)).fiscalYear,
  incomeYear: async (parent, _args, context) => (await yearOf(parent, context)).fiscalYear - 1,
  taxStatus: async (parent, _args, context) => (await yearOf(parent, context)).assessment?.tax_status ?? null,
  exemptReason: async (parent, _args, context) => (await yearOf(parent, context)).assessment?.exempt_reason ?? null,
  incomeLevy: async (parent, _args, context) => (await yearOf(parent, context)).assessment?.income_levy ?? null,
  perCapitaLevy: async (parent, _args, context) => (await yearOf(parent, context)).assessment?.per_capita_levy ?? null,
  totalIncome: async (parent, _args, context) => (await yearOf(parent, context)).assessment?.total_income ?? null,
  dependantCount: async (parent, _args, context) => (await yearOf(parent, context)).assessment?.dependant_count ?? null,
  incomes: async (parent, _args, context) => (await factsOf(parent, context)).incomes,
  dependants: async (parent, _args, context) => (await yearOf(parent, context)).dependants.map((d) => ({ atenaNo: d.dependant_atena_no })),
  claimedBy: async (parent, _args, context) => {
    const { claimedBy } = await yearOf(parent, context);
    return claimedBy ? { atenaNo: claimedBy.taxpayer_atena_no } : null;
  },
  claimedFromOutsideHousehold: async (parent, _args, context) => (await yearOf(parent, context)).claimedBy?.living_apart ?? null,
  lands: (parent, _args, { loaders }) => loaders.landsByAtenaNo.load(parent.atenaNo),
  buildings: (parent, _args, { loaders }) => loaders.buildingsByAtenaNo.load(parent.atenaNo),
  lightVehicles: (parent, _args, { loaders }) => loaders.lightVehiclesByAtenaNo.load(parent.atenaNo),
};
