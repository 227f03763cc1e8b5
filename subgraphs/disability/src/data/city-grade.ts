import { META_TABLE, type Knex } from '@smart-casework/kit';

/** The key under which the division keeps its city's 級地 (set by the seed or an import). */
export const CITY_GRADE_KEY = 'city_grade';

export async function cityGrade(db: Knex): Promise<string | null> {
  const row = await db(META_TABLE).where({ key: CITY_GRADE_KEY }).first('value');
  return typeof row?.value === 'string' ? row.value : null;
}
