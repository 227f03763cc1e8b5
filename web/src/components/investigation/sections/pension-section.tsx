/**
 * 国民年金 in the investigation list: insured category, exemptions (免除) and the basic
 * pensions received or to claim (他法他施策).
 */
import { graphql } from '@/gql';
import type { PensionSectionFragment } from '@/gql/graphql';
import { date, line, parts, period, yen, type SectionLine } from './lines';

export const PensionSection = graphql(`
  fragment PensionSection on PensionRecord {
    source
    sourceName
    hasRecord
    asOf
    findings { code severity message }
    basicPensionNo
    insuredCategory
    insuredSince
    exemptions { kind reason periodFrom periodTo }
    benefits { kind grade annualAmount monthlyAmount startedOn endedOn }
    monthlyTotal
  }
`);

export function pensionLines(record: PensionSectionFragment): SectionLine[] {
  const lines: SectionLine[] = [];
  if (record.basicPensionNo) lines.push(line('基礎年金番号', record.basicPensionNo));
  lines.push(line('被保険者種別', record.insuredCategory ? `${record.insuredCategory}（${date(record.insuredSince)}から）` : '現在は被保険者でない'));
  for (const e of record.exemptions) lines.push(line('保険料免除', parts(e.kind, e.reason, period(e.periodFrom, e.periodTo))));
  for (const b of record.benefits) {
    const name = b.grade ? `${b.kind} ${b.grade}級` : b.kind;
    const ended = b.endedOn ? `消滅 ${date(b.endedOn)}` : null;
    lines.push(line('年金', parts(name, `年額 ${yen(b.annualAmount)}（月額 ${yen(b.monthlyAmount)}）`, `受給開始 ${date(b.startedOn)}`, ended)));
  }
  if (record.benefits.length > 0) lines.push(line('受給中の月額合計', yen(record.monthlyTotal), record.monthlyTotal));
  return lines;
}
