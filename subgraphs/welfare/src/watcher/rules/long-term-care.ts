import type { CareRaw } from '../query';
import { arrow, type SectionRule } from './types';

/** 介護保険: the insured category, the current certification and the 第1号 premium. */
export type CareFacts = CareRaw;

export function careFacts(raw: CareRaw): CareFacts {
  const c = raw.currentCertification;
  return {
    hasRecord: raw.hasRecord, insuredCategory: raw.insuredCategory, premiumStage: raw.premiumStage, monthlyPremium: raw.monthlyPremium, premiumCollection: raw.premiumCollection,
    currentCertification: c ? { applicationKind: c.applicationKind, certifiedOn: c.certifiedOn, level: c.level, validFrom: c.validFrom, validTo: c.validTo } : null,
  };
}

/**
 * A new 要介護状態区分 changes the 介護扶助 plan (and may call for 在宅 vs 施設 arrangements); a
 * renewal at the same level only moves the validity and is not news.
 */
export const careRule: SectionRule<CareFacts> = (before, after, ctx) => {
  const was = before.currentCertification;
  const now = after.currentCertification;
  if (!now || now.level === was?.level) return [];
  const date = now.validFrom ?? now.certifiedOn;
  return [{ kind: '介護認定変更', summary: `${ctx.name} の要介護認定が ${arrow(was?.level ?? null, now.level)} に変更（${now.applicationKind}、${date}から）`, before: was, after: now, effectiveDate: date, estimatedMonthlyImpact: null }];
};
