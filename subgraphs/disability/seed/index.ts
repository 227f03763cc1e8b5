import { insertChunked, META_TABLE, touchDepartment, type Knex } from '@smart-casework/kit';
import type { City } from '@smart-casework/kit/city';
import { CITY_GRADE_KEY } from '../src/data/city-grade';
import { disabilityRows } from './rows';

/** Writes the disability division's part of the demo city: 手帳, services, 手当 and the city's 級地. */
export async function seed(db: Knex, city: City): Promise<void> {
  const rows = disabilityRows(city);
  await db.transaction(async (trx) => {
    await trx('disability_allowances').delete();
    await trx('disability_services').delete();
    await trx('disability_certificates').delete();
    await insertChunked(trx, 'disability_certificates', rows.certificates);
    await insertChunked(trx, 'disability_services', rows.services);
    await insertChunked(trx, 'disability_allowances', rows.allowances);
    await trx(META_TABLE).where({ key: CITY_GRADE_KEY }).delete();
    await trx(META_TABLE).insert({ key: CITY_GRADE_KEY, value: city.grade });
    await touchDepartment(trx);
  });
}
