import { defineDeltaFormat } from '@smart-casework/kit';
import { applyDisabilityRows } from './changes/apply';
import { checkDisabilityRows } from './changes/check';
import { DISABILITY_REASONS, disabilityColumns } from './changes/columns';
import { validateDisabilityRow } from './changes/rules';

/**
 * The disability division's delta file (障害者手帳): one row per 新規交付, 等級変更 (a certificate
 * re-issued with another grade, which may change 障害者加算) or 返還 of a 身体・療育・精神 手帳.
 */
export const delta = defineDeltaFormat({
  department: 'disability',
  reasons: DISABILITY_REASONS,
  columns: disabilityColumns,
  validateRow: validateDisabilityRow,
  check: (db, rows) => checkDisabilityRows(db, rows),
  apply: (trx, rows) => applyDisabilityRows(trx, rows),
});
