/**
 * 児童手当・児童扶養手当・特別児童扶養手当 in the investigation list: allowances the person
 * receives (income to recognise) and those in which they are a counted child.
 */
import { graphql } from '@/gql';
import type { ChildBenefitsSectionFragment } from '@/gql/graphql';
import { date, line, parts, yen, type SectionLine } from './lines';

export const ChildBenefitsSection = graphql(`
  fragment ChildBenefitsSection on ChildBenefitRecord {
    source
    sourceName
    hasRecord
    asOf
    findings { code severity message }
    allowances {
      certificationNo
      program
      payment
      monthlyAmount
      certifiedOn
      endedOn
      endReason
      countedChildren { birthOrder paid paidUntil child { atenaNo name } }
    }
    countedIn { certificationNo program birthOrder paid paidUntil endedOn recipient { atenaNo name } }
    monthlyTotal
  }
`);

type Allowance = ChildBenefitsSectionFragment['allowances'][number];

function allowanceLine(a: Allowance): SectionLine {
  const children = a.countedChildren.map((c) => `${c.child.name}（第${c.birthOrder}子${c.paid ? '' : '・算定のみ'}・${date(c.paidUntil)}まで）`).join('、');
  const ended = a.endedOn ? `消滅 ${date(a.endedOn)}（${a.endReason ?? '事由不明'}）` : null;
  return line(`受給（${a.program}）`, parts(a.payment, `月額 ${yen(a.monthlyAmount)}`, `認定 ${date(a.certifiedOn)}`, children && `対象児童: ${children}`, ended, `証書番号 ${a.certificationNo}`));
}

export function childBenefitsLines(record: ChildBenefitsSectionFragment): SectionLine[] {
  const lines = record.allowances.map(allowanceLine);
  for (const c of record.countedIn) {
    const ended = c.endedOn ? `消滅 ${date(c.endedOn)}` : null;
    lines.push(line(`対象児童（${c.program}）`, parts(`受給者 ${c.recipient.name}`, `第${c.birthOrder}子`, c.paid ? '支給対象' : '算定のみ', `${date(c.paidUntil)}まで`, ended)));
  }
  if (record.allowances.length > 0) lines.push(line('受給中の月額合計', yen(record.monthlyTotal), record.monthlyTotal));
  return lines;
}
