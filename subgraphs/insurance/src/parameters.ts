import type { Dated } from '@smart-casework/kit';

/**
 * The rules' thresholds as dated parameters (kit effectiveOn): a revision is a new row, in
 * force from its `from`.
 */
export interface InsuranceParameters extends Dated {
  /** 後期高齢者医療 covers everyone from this birthday (高確法50条). */
  lateElderlyAge: number;
  /** …and from this age for those certified with a set disability level (障害認定, 高確法50条2号). */
  disabledElderlyAge: number;
  /** How long a loss of 国保 by 社保加入 stays a sign of new work worth checking. */
  employmentSignalMonths: number;
}

/** From the start of 後期高齢者医療 (2008-04-01). */
export const INSURANCE: readonly InsuranceParameters[] = [{ from: '2008-04-01', lateElderlyAge: 75, disabledElderlyAge: 65, employmentSignalMonths: 12 }];
