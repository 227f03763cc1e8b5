import { addMonths, firstOfMonth, replaceTables, schoolYearEnd, type Knex } from '@smart-casework/kit';
import type { ChildAllowanceTrait, City } from '@smart-casework/kit/city';
import type { CertificationRow } from '../src/data/certifications';
import type { RevisionRow } from '../src/data/revisions';
import type { Program } from '../src/parameters';
import { revisionHistory } from './history';

/** 証書番号 prefixes, one series per programme. */
export const SERIES: Record<Program, string> = { 児童手当: 'JT', 児童扶養手当: 'JF', 特別児童扶養手当: 'TJ' };

interface ChildRow {
  certification_no: string;
  child_atena_no: string;
  birth_date: string;
  birth_order: number;
  paid: boolean;
}

function certificationRow(certificationNo: string, trait: ChildAllowanceTrait): CertificationRow {
  return {
    certification_no: certificationNo,
    program: trait.program,
    recipient_atena_no: trait.recipientAtenaNo,
    certified_on: trait.certifiedOn,
    payment_start_month: addMonths(firstOfMonth(trait.certifiedOn), 1).slice(0, 7),
    payment: trait.payment,
    monthly_amount: trait.monthlyAmount,
    ended_on: null,
    end_reason: null,
  };
}

/**
 * 算定児童 in birth order. 児童手当 counts children up to 22 for the order but pays only to the end
 * of 高校生年代; the other programmes pay for every counted child.
 */
function childRows(certificationNo: string, trait: ChildAllowanceTrait, birthDates: Map<string, string>, referenceDate: string): ChildRow[] {
  const children = trait.childAtenaNos.flatMap((atenaNo) => {
    const birthDate = birthDates.get(atenaNo);
    return birthDate ? [{ atenaNo, birthDate }] : [];
  });
  children.sort((a, b) => a.birthDate.localeCompare(b.birthDate));
  return children.map((c, i) => ({
    certification_no: certificationNo,
    child_atena_no: c.atenaNo,
    birth_date: c.birthDate,
    birth_order: i + 1,
    paid: trait.program !== '児童手当' || referenceDate <= schoolYearEnd(c.birthDate, 18),
  }));
}

/** Writes the child-allowance part of the demo city from the households' allowance traits. */
export async function seed(db: Knex, city: City): Promise<void> {
  const birthDates = new Map(city.persons.map((p) => [p.atenaNo, p.birthDate]));
  const serials = new Map<Program, number>();
  const certifications: CertificationRow[] = [];
  const children: ChildRow[] = [];
  const revisions: Omit<RevisionRow, 'recipient_atena_no'>[] = [];
  for (const trait of city.households.flatMap((h) => h.allowances)) {
    const serial = (serials.get(trait.program) ?? 0) + 1;
    serials.set(trait.program, serial);
    const certificationNo = `${SERIES[trait.program]}${String(serial).padStart(8, '0')}`;
    const counted = childRows(certificationNo, trait, birthDates, city.referenceDate);
    certifications.push(certificationRow(certificationNo, trait));
    children.push(...counted);
    const history = revisionHistory(trait, counted.map((c) => c.birth_date), counted.filter((c) => c.paid).length, city.referenceDate);
    revisions.push(...history.map((step, i) => ({ certification_no: certificationNo, revision_no: i + 1, ...step })));
  }
  await replaceTables(db, [
    ['child_allowance_certifications', certifications],
    ['child_allowance_children', children],
    ['child_allowance_revisions', revisions],
  ]);
}
