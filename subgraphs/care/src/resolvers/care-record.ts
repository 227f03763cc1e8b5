import { departmentLabel, today } from '@smart-casework/kit';
import type { CareRecordModel } from '../care-record';
import { currentPremium } from '../findings';
import type { CareRecordResolvers } from '../generated/graphql';

const premium = (record: CareRecordModel) => currentPremium(record.premiums, today());

export const CareRecord: CareRecordResolvers = {
  sourceName: (record) => departmentLabel(record.source),
  insuredNo: (record) => record.insured?.insured_no ?? null,
  insuredCategory: (record) => record.insured?.category ?? null,
  qualifiedOn: (record) => record.insured?.acquired_on ?? null,
  qualificationReason: (record) => record.insured?.acquisition_reason ?? null,
  disqualifiedOn: (record) => record.insured?.lost_on ?? null,
  disqualificationReason: (record) => record.insured?.loss_reason ?? null,
  currentCertification: (record) => record.certifications[0] ?? null,
  premiumFiscalYear: (record) => premium(record)?.fiscal_year ?? null,
  premiumStage: (record) => premium(record)?.stage ?? null,
  annualPremium: (record) => premium(record)?.annual_amount ?? null,
  monthlyPremium: (record) => premium(record)?.monthly_amount ?? null,
  premiumCollection: (record) => premium(record)?.collection_method ?? null,
};
