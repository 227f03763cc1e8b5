import { defineDeltaFormat } from '@smart-casework/kit';
import { applyPensionChanges } from './changes/apply';
import { checkPensionChanges } from './changes/check';
import { columns, PENSION_REASONS } from './changes/columns';
import { validatePensionRow } from './changes/rules';

export type { PensionDeltaRow, PensionReason } from './changes/columns';

/**
 * The 国民年金 division's delta file: 基礎年金 awards (裁定), amount revisions (額改定), the end of
 * an entitlement (失権) and 保険料免除 starting or ending, one row per change.
 */
export const delta = defineDeltaFormat({
  department: 'pension',
  reasons: PENSION_REASONS,
  columns,
  validateRow: validatePensionRow,
  check: checkPensionChanges,
  apply: applyPensionChanges,
});
