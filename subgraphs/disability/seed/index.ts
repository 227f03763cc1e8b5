import { META_TABLE, replaceTables, type Knex } from '@smart-casework/kit';
import type { City } from '@smart-casework/kit/city';
import { CITY_GRADE_KEY } from '../src/data/city-grade';
import { disabilityRows } from './rows';

/** Writes the disability division's part of the demo city: 手帳, services, 手当 and the city's 級地. */
export async function seed(db: Knex, city: City): Promise<void> {
  const rows = disabilityRows(city);
  const tables = [['disability_certificates', rows.certificates], ['disability_services', rows.services], ['disability_allowances', rows.allowances]] as const;
  await replaceTables(db, tables, async (trx) => {
    await trx(META_TABLE).where({ key: CITY_GRADE_KEY }).delete();
    await trx(META_TABLE).insert({ key: CITY_GRADE_KEY, value: city.grade });
  });
}
