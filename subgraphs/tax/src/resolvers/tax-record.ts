import { today } from '@smart-casework/kit';
import type { Context } from '../context';
import type { AssessmentRow } from '../data/assessments';
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

/** A column of the shown year's assessment; null when the person was not assessed. */
function fromAssessment<K extends keyof AssessmentRow>(column: K) {
  return async (parent: TaxRecordParent, _args: unknown, context: Context) => (await yearOf(parent, context)).assessment?.[column] ?? null;
}

export const TaxRecord: TaxRecordResolvers = {
  source: () => SOURCE,
  sourceName: () => SOURCE_NAME,
  hasRecord: async (parent, _args, context) => hasRecord(await factsOf(parent, context)),
  asOf: (_parent, _args, { loaders }) => loaders.asOf(),
  findings: async (parent, _args, context) => taxFindings(await factsOf(parent, context)),
  fiscalYear: async (parent, _args, context) => (await yearOf(parent, context)).fiscalYear,
  incomeYear: async (parent, _args, context) => (await yearOf(parent, context)).fiscalYear - 1,
  taxStatus: fromAssessment('tax_status'),
  exemptReason: fromAssessment('exempt_reason'),
  incomeLevy: fromAssessment('income_levy'),
  perCapitaLevy: fromAssessment('per_capita_levy'),
  totalIncome: fromAssessment('total_income'),
  dependantCount: fromAssessment('dependant_count'),
  incomes: async (parent, _args, context) => {
    const [{ fiscalYear }, incomes] = await Promise.all([yearOf(parent, context), context.loaders.incomesByAtenaNo.load(parent.atenaNo)]);
    return incomes.filter((i) => i.fiscal_year === fiscalYear);
  },
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
