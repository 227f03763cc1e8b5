import { defineDeltaFormat } from '@smart-casework/kit';
import { applyChildRows } from './changes/apply';
import { checkChildRows } from './changes/check';
import { CHILD_REASONS, childColumns } from './changes/columns';
import { validateChildRow } from './changes/rules';

/**
 * The child-allowance department's delta file (児童手当・児童扶養手当・特別児童扶養手当): one row per
 * 認定, 額改定, 支給停止 or 資格喪失 of a certificate. Amounts are checked against the dated
 * parameters; 額改定 and 支給停止 start on the 1st of a month and may be announced ahead.
 */
export const delta = defineDeltaFormat({
  department: 'child',
  reasons: CHILD_REASONS,
  columns: childColumns,
  futureDateReasons: ['額改定', '支給停止'],
  validateRow: validateChildRow,
  check: (db, rows, context) => checkChildRows(db, rows, context.processedOn),
  apply: (trx, rows) => applyChildRows(trx, rows),
});
