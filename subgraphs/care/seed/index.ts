import { insertChunked, touchDepartment, type Knex } from '@smart-casework/kit';
import type { City } from '@smart-casework/kit/city';
import { careRows } from './rows';

/** Writes the care division's part of the demo city: 資格, 要介護認定 and 第1号保険料. */
export async function seed(db: Knex, city: City): Promise<void> {
  const rows = careRows(city);
  await db.transaction(async (trx) => {
    await trx('care_premiums').delete();
    await trx('care_certifications').delete();
    await trx('care_insured').delete();
    await insertChunked(trx, 'care_insured', rows.insured);
    await insertChunked(trx, 'care_certifications', rows.certifications);
    await insertChunked(trx, 'care_premiums', rows.premiums);
    await touchDepartment(trx);
  });
}
