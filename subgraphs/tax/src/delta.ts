import { defineDeltaFormat } from '@smart-casework/kit';
import { applyTaxChanges } from './changes/apply';
import { checkTaxChanges } from './changes/check';
import { columns, TAX_REASONS } from './changes/columns';
import { validateTaxRow } from './changes/rules';

export type { TaxDeltaRow, TaxReason } from './changes/columns';

/**
 * The tax division's delta file (異動ファイル): 住民税 assessments (当初賦課 in June, 更正 through the
 * year), light-vehicle registrations and fixed-asset ownership changes, one row per changed record.
 */
export const delta = defineDeltaFormat({
  department: 'tax',
  reasons: TAX_REASONS,
  columns,
  validateRow: validateTaxRow,
  check: checkTaxChanges,
  apply: applyTaxChanges,
});
