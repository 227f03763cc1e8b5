/**
 * 介護保険 in the investigation list: insured status, the latest 要介護認定 and the 第1号保険料
 * (介護保険料加算 when paid by 普通徴収).
 */
import { graphql } from '@/gql';
import type { CareSectionFragment } from '@/gql/graphql';
import { date, line, parts, period, yen, type SectionLine } from './lines';

export const CareSection = graphql(`
  fragment CareSection on CareRecord {
    source
    sourceName
    hasRecord
    asOf
    findings { code severity message }
    insuredNo
    insuredCategory
    qualifiedOn
    qualificationReason
    disqualifiedOn
    disqualificationReason
    currentCertification { level applicationKind certifiedOn validFrom validTo }
    premiumFiscalYear
    premiumStage
    annualPremium
    monthlyPremium
    premiumCollection
  }
`);

function insured(r: CareSectionFragment): SectionLine {
  if (!r.insuredCategory) return line('被保険者', '被保険者でない');
  const lost = r.disqualifiedOn ? `喪失 ${date(r.disqualifiedOn)}（${r.disqualificationReason ?? '事由不明'}）` : null;
  return line('被保険者', parts(`${r.insuredCategory} ${r.insuredNo ?? ''}`.trim(), `資格取得 ${date(r.qualifiedOn)}（${r.qualificationReason ?? '事由不明'}）`, lost));
}

export function careLines(record: CareSectionFragment): SectionLine[] {
  const lines = [insured(record)];
  const c = record.currentCertification;
  if (c) {
    const validity = c.validFrom ? `有効期間 ${period(c.validFrom, c.validTo)}` : null;
    lines.push(line('要介護認定', parts(c.level, validity, `認定 ${date(c.certifiedOn)}（${c.applicationKind}）`)));
  }
  if (record.premiumFiscalYear !== null) {
    const stage = record.premiumStage !== null ? `第${record.premiumStage}段階` : null;
    lines.push(line('第1号保険料', parts(`${record.premiumFiscalYear}年度`, stage, `月額 ${yen(record.monthlyPremium)}（年額 ${yen(record.annualPremium)}）`, record.premiumCollection)));
  }
  return lines;
}
