/**
 * 国民健康保険・後期高齢者医療 in the investigation list: the current enrolment (to end when
 * 医療扶助 starts), past enrolments and unpaid premiums.
 */
import { graphql } from '@/gql';
import type { InsuranceSectionFragment } from '@/gql/graphql';
import { date, line, parts, yen, type SectionLine } from './lines';

export const InsuranceSection = graphql(`
  fragment InsuranceSection on InsuranceRecord {
    source
    sourceName
    hasRecord
    asOf
    findings { code severity message }
    currentScheme
    enrolments { scheme insuredNo acquiredOn acquisitionReason lostOn lossReason current }
    arrears { scheme fiscalYear instalment dueOn amount }
    arrearsTotal
  }
`);

export function insuranceLines(record: InsuranceSectionFragment): SectionLine[] {
  const lines = [line('現在の加入', record.currentScheme ?? 'なし（国保・後期の資格なし）')];
  for (const e of record.enrolments) {
    const label = e.current ? '資格（加入中）' : '資格（喪失済み）';
    const ended = e.lostOn ? `喪失 ${date(e.lostOn)}（${e.lossReason ?? '事由不明'}）` : null;
    lines.push(line(label, parts(`${e.scheme} ${e.insuredNo}`, `取得 ${date(e.acquiredOn)}（${e.acquisitionReason}）`, ended)));
  }
  if (record.arrears.length > 0) {
    lines.push(line('滞納額合計', `${yen(record.arrearsTotal)}（${record.arrears.length}期分）`, record.arrearsTotal));
    for (const a of record.arrears) {
      lines.push(line('滞納', parts(`${a.scheme} ${a.fiscalYear}年度 ${a.instalment}期`, `納期限 ${date(a.dueOn)}`, yen(a.amount)), a.amount));
    }
  }
  return lines;
}

