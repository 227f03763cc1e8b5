import { defineDeltaFormat } from '@smart-casework/kit';
import { applyCareRows } from './changes/apply';
import { checkCareRows } from './changes/check';
import { CARE_REASONS, careColumns } from './changes/columns';
import { validateCareRow } from './changes/rules';

/**
 * The care division's delta file (介護保険): one row per 要介護認定 decision (新規認定, 区分変更,
 * 更新), 認定取消 or 資格喪失. 有効期間 follow the lengths of DOMAIN 2.5; each decision is added to
 * the person's history, and a 区分変更 or a loss ends the certification it replaces.
 */
export const delta = defineDeltaFormat({
  department: 'care',
  reasons: CARE_REASONS,
  columns: careColumns,
  validateRow: validateCareRow,
  check: (db, rows) => checkCareRows(db, rows),
  apply: (trx, rows) => applyCareRows(trx, rows),
});
