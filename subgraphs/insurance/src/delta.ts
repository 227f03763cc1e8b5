import { defineDeltaFormat } from '@smart-casework/kit';
import { applyInsuranceChanges } from './changes/apply';
import { checkInsuranceChanges } from './changes/check';
import { columns, INSURANCE_REASONS } from './changes/columns';
import { validateInsuranceRow } from './changes/rules';

export type { InsuranceDeltaRow, InsuranceReason } from './changes/columns';

/**
 * The 国保・後期 division's delta file: one row per 資格取得 or 資格喪失 (with 制度 and 事由), as
 * the 資格管理 system exports it.
 */
export const delta = defineDeltaFormat({
  department: 'insurance',
  reasons: INSURANCE_REASONS,
  columns,
  validateRow: validateInsuranceRow,
  check: checkInsuranceChanges,
  apply: applyInsuranceChanges,
});
