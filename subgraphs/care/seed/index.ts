import { replaceTables, type Knex } from '@smart-casework/kit';
import type { City } from '@smart-casework/kit/city';
import { careRows } from './rows';

/** Writes the care division's part of the demo city: 資格, 要介護認定 and 第1号保険料. */
export async function seed(db: Knex, city: City): Promise<void> {
  const rows = careRows(city);
  await replaceTables(db, [
    ['care_insured', rows.insured],
    ['care_certifications', rows.certifications],
    ['care_premiums', rows.premiums],
  ]);
}
