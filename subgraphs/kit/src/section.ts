/** Severity of a finding, most urgent first. */
export const SEVERITIES = ['critical', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
}

/** What every departmental section carries besides its own data (CONTRACT.md). */
export interface SectionBase {
  source: string;
  hasRecord: boolean;
  asOf: string;
  findings: Finding[];
}

export function finding(code: string, severity: Severity, message: string): Finding {
  return { code, severity, message };
}

/** Sorts findings most urgent first, keeping each department's order within a severity. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}

/** Formats yen with thousands separators: 46690 → "46,690円". */
export function yen(amount: number): string {
  return `${amount.toLocaleString('ja-JP')}円`;
}

/** Today as an ISO date, overridable with SC_TODAY so that rules and tests are reproducible. */
export function today(): string {
  return process.env.SC_TODAY || new Date().toISOString().slice(0, 10);
}
