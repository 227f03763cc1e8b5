import { defineDeltaFormat } from '@smart-casework/kit';
import { FUTURE_DATE_REASONS, REASONS, registryColumns } from './registry-changes/columns';
import { applyRegistryRows, checkRegistryRows } from './registry-changes/step';
import { validateRegistryRow } from './registry-changes/validate';

/**
 * The registry's delta file (住民異動): one row per person per change, 異動事由 of DOMAIN.md §1.3
 * (記載: 国内転入, 国外転入等, 出生; 消除: 国内転出, 国外転出, 死亡; 修正: 転居, 世帯分離,
 * 世帯主変更). Rows are checked and applied in file order, so a row may build on the rows above.
 */
export const delta = defineDeltaFormat({
  department: 'residents',
  reasons: REASONS,
  columns: registryColumns,
  futureDateReasons: FUTURE_DATE_REASONS,
  validateRow: validateRegistryRow,
  check: (trx, rows, context) => checkRegistryRows(trx, rows, context.processedOn),
  apply: (trx, rows, context) => applyRegistryRows(trx, rows, context.processedOn),
});
