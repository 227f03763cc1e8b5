import { badUserInput, foldForSearch, isKanaOnly, parseRegistryNumber } from '@smart-casework/kit';
import type { QueryResolvers } from '../generated/graphql';
import { searchResidents } from '../data/residents';

const MAX_RESULTS = 100;
/** Longer than any name, reading or number: no search (SQLite refuses LIKE patterns over 50,000 bytes). */
const MAX_QUERY_LENGTH = 100;
/** Keys per batch query: a page of a watcher's sweep, and well under every dialect's parameter limit. */
export const MAX_BATCH_KEYS = 500;

/** Validates a batch of registry numbers before any lookup: all well-formed, at most MAX_BATCH_KEYS. */
function parseBatch(inputs: readonly string[], kind: 'atenaNo' | 'householdNo'): string[] {
  const field = `${kind}s`;
  if (inputs.length > MAX_BATCH_KEYS) {
    throw badUserInput(`一度に照会できる番号は${MAX_BATCH_KEYS}件までです（指定: ${inputs.length}件）。`, `at most ${MAX_BATCH_KEYS} ${field} per query (got ${inputs.length})`, field);
  }
  return inputs.map((input) => parseRegistryNumber(input, kind));
}

export const Query: QueryResolvers = {
  resident: (_parent, { atenaNo }, { loaders }) => loaders.residentByAtenaNo.load(parseRegistryNumber(atenaNo, 'atenaNo')),
  household: (_parent, { householdNo }, { loaders }) => loaders.householdByNo.load(parseRegistryNumber(householdNo, 'householdNo')),
  // DataLoader batches the keys into one statement per table (and repeats cost nothing).
  households: (_parent, { householdNos }, { loaders }) => Promise.all(parseBatch(householdNos, 'householdNo').map((no) => loaders.householdByNo.load(no))),
  residents: (_parent, { atenaNos }, { loaders }) => Promise.all(parseBatch(atenaNos, 'atenaNo').map((no) => loaders.residentByAtenaNo.load(no))),
  searchResidents: async (_parent, { query, birthDate, first }, { db, loaders }) => {
    if ([...query].length > MAX_QUERY_LENGTH) throw badUserInput(`検索語は${MAX_QUERY_LENGTH}文字以内で入力してください。`, `query must be at most ${MAX_QUERY_LENGTH} characters`, 'query');
    const folded = foldForSearch(query).replace(/[%_\\[\]]/g, '');
    if (folded === '' && !birthDate) throw badUserInput('検索語を入力してください（氏名・カナ・宛名番号）。', 'Enter a name, a reading or an atenaNo to search', 'query');
    const limit = first ?? 20;
    if (limit < 1 || limit > MAX_RESULTS) throw badUserInput(`件数は1〜${MAX_RESULTS}で指定してください。`, `first must be between 1 and ${MAX_RESULTS}`, 'first');
    if (/^\d+$/.test(folded)) {
      const row = await loaders.residentByAtenaNo.load(parseRegistryNumber(folded, 'atenaNo'));
      return row && (!birthDate || row.birth_date === birthDate) ? [row] : [];
    }
    const rows = await searchResidents(db, { folded, byReading: isKanaOnly(folded), birthDate: birthDate ?? null, limit });
    for (const row of rows) loaders.residentByAtenaNo.prime(row.atena_no, row);
    return rows;
  },
};
