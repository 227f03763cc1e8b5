/**
 * 生活保護 in the investigation list: whether the person is covered by a case now, by which
 * case and in what role, and the applications that list them.
 */
import { graphql } from '@/gql';
import type { WelfareSectionFragment } from '@/gql/graphql';
import { date, line, parts, yen, type SectionLine } from './lines';

export const WelfareSection = graphql(`
  fragment WelfareSection on WelfareRecord {
    source
    sourceName
    hasRecord
    asOf
    findings { code severity message }
    onAssistance
    caseRole
    coveredFrom
    excludedOn
    case { caseNo status monthlyBenefit caseworker { staffId name } }
    applications { applicationNo status appliedOn decisionDueOn }
  }
`);

export function welfareLines(record: WelfareSectionFragment): SectionLine[] {
  const lines = [line('保護の状況', record.onAssistance ? '受給中' : record.case ? `受給していない（ケース ${record.case.status}）` : '受給歴なし')];
  const c = record.case;
  if (c) {
    const excluded = record.excludedOn ? `除外 ${date(record.excludedOn)}` : null;
    const benefit = c.monthlyBenefit !== null ? `保護費 月額 ${yen(c.monthlyBenefit)}` : null;
    lines.push(line('ケース', parts(`${c.caseNo}（${c.status}）`, record.caseRole, `対象 ${date(record.coveredFrom)}から`, excluded, benefit, `担当 ${c.caseworker.name}`)));
  }
  for (const a of record.applications) {
    lines.push(line('保護申請', parts(`${a.applicationNo}（${a.status}）`, `申請 ${date(a.appliedOn)}`, `決定期限 ${date(a.decisionDueOn)}`)));
  }
  return lines;
}
