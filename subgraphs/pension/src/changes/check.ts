import type { DeltaProblem, Knex } from '@smart-casework/kit';
import { benefitsOfPersons } from '../data/benefits';
import { exemptionsOfPersons } from '../data/exemptions';
import { insuredPeriodsOfPersons } from '../data/insured';
import type { PensionDeltaRow } from './columns';

/** One person's record as the rows before in the file leave it. */
interface Person {
  insured: boolean;
  /** Kinds of benefits being paid. */
  paying: Set<string>;
  exemptions: Array<{ kind: string; from: string; to: string | null }>;
}

type Problem = Pick<DeltaProblem, 'ja' | 'en'>;

async function loadPersons(db: Knex, rows: readonly PensionDeltaRow[]): Promise<Map<string, Person>> {
  const atenaNos = rows.map((r) => r.atenaNo);
  const persons = new Map<string, Person>(atenaNos.map((a) => [a, { insured: false, paying: new Set(), exemptions: [] }]));
  const get = (atenaNo: string) => persons.get(atenaNo) as Person;
  for (const p of await insuredPeriodsOfPersons(db, atenaNos)) get(p.atena_no).insured = true;
  for (const b of await benefitsOfPersons(db, atenaNos)) if (b.ended_on === null) get(b.atena_no).paying.add(b.kind);
  for (const e of await exemptionsOfPersons(db, atenaNos)) get(e.atena_no).exemptions.push({ kind: e.kind, from: e.period_from, to: e.period_to });
  return persons;
}

function checkBenefit(row: PensionDeltaRow, person: Person): Problem | null {
  const kind = row.benefitKind ?? '';
  if (row.reason === '裁定') {
    if (person.paying.has(kind)) return { ja: `${kind}をすでに受給中です（変更は額改定で送ってください）。`, en: `a ${kind} is already being paid; send an amount revision (額改定)` };
    person.paying.add(kind);
    return null;
  }
  if (!person.paying.has(kind)) return { ja: `受給中の${kind}がありません。`, en: `no ${kind} is being paid to this person` };
  if (row.reason === '失権') person.paying.delete(kind);
  if (row.endReason === '死亡') person.paying.clear();
  return null;
}

function checkExemption(row: PensionDeltaRow, person: Person): Problem | null {
  if (!person.insured) return { ja: '国民年金の被保険者記録がありません。', en: 'no national-pension insured record for this person' };
  if (row.reason === '免除') {
    const from = row.periodFrom ?? '';
    const overlapping = person.exemptions.find((e) => e.to === null || e.to >= from);
    if (overlapping) return { ja: `${overlapping.kind}（${overlapping.from}〜）が${from}に続いています。先に免除終了を送ってください。`, en: `a ${overlapping.kind} exemption (from ${overlapping.from}) covers ${from}; end it first` };
    person.exemptions.push({ kind: row.exemptionKind ?? '', from, to: row.periodTo });
    return null;
  }
  const open = person.exemptions.find((e) => e.kind === row.exemptionKind && e.to === null);
  if (!open) return { ja: `終了する${row.exemptionKind}（終了日のないもの）がありません。`, en: `no open-ended ${row.exemptionKind} exemption to end` };
  if (open.from > (row.periodTo ?? '')) return { ja: `免除終了日 ${row.periodTo} が免除開始日 ${open.from} より前です。`, en: `end ${row.periodTo} is before the exemption's start ${open.from}` };
  open.to = row.periodTo;
  return null;
}

/** Checks each row against the person's record: a revision or 失権 needs the benefit, an exemption the insured record. */
export async function checkPensionChanges(db: Knex.Transaction, rows: readonly PensionDeltaRow[]): Promise<DeltaProblem[]> {
  const persons = await loadPersons(db, rows);
  const problems: DeltaProblem[] = [];
  for (const row of rows) {
    const person = persons.get(row.atenaNo) as Person;
    const problem = row.reason === '免除' || row.reason === '免除終了' ? checkExemption(row, person) : checkBenefit(row, person);
    if (problem) problems.push({ line: row.line, ...problem });
  }
  return problems;
}
