import { ageOn, bodyDigit } from '@smart-casework/kit';
import type { City } from '@smart-casework/kit/city';
import type { AllowanceRow } from '../src/data/allowances';
import type { CertificateRow } from '../src/data/certificates';
import type { ServiceRow } from '../src/data/services';
import { allowanceRow } from './allowances';
import { certificateRow } from './certificates';
import { copayCap, serviceRows } from './services';

export interface DisabilityRows {
  certificates: CertificateRow[];
  services: ServiceRow[];
  allowances: AllowanceRow[];
}

/** The disability division's rows for the city: each resident's disability trait and what follows from it. */
export function disabilityRows(city: City): DisabilityRows {
  const on = city.referenceDate;
  const households = new Map(city.households.map((h) => [h.householdNo, h]));
  const incomeOf = new Map(city.persons.map((p) => [p.atenaNo, Object.values(p.income).reduce((a, b) => a + b, 0)]));
  const rows: DisabilityRows = { certificates: [], services: [], allowances: [] };
  for (const p of city.persons) {
    const trait = p.disability;
    if (!trait || p.status !== '住民') continue;
    // Varies what the city model leaves open (renewals, services, claims) without new randomness.
    const digit = bodyDigit(p.atenaNo);
    const age = ageOn(p.birthDate, on);
    const household = households.get(p.householdNo);
    const householdIncome = (household?.memberAtenaNos ?? [p.atenaNo]).reduce((sum, a) => sum + (incomeOf.get(a) ?? 0), 0);
    rows.certificates.push(certificateRow(p, trait, rows.certificates.length + 1, on, digit));
    rows.services.push(...serviceRows(p, trait, age, digit, copayCap(household?.assistance != null, householdIncome, on), on));
    const allowance = allowanceRow(p, trait, age, digit, on);
    if (allowance) rows.allowances.push(allowance);
  }
  return rows;
}
