/**
 * The one registry of departments: adding a department means copying a subgraph folder and
 * adding one line here. The gateway composes, the demo starts and the seed fills these.
 */
export interface DepartmentEntry {
  /** Subgraph and workspace name (`@smart-casework/<name>`), as in `extensions.department`. */
  name: string;
  /** 課・業務名 shown to caseworkers. */
  label: string;
  /** Default port (CONTRACT.md); `<NAME>_PORT` overrides it. */
  port: number;
  /** The field this department adds to `Resident` (CONTRACT.md); none for the registry itself. */
  section: string | null;
}

export const DEPARTMENTS: readonly DepartmentEntry[] = [
  { name: 'residents', label: '住民記録', port: 4001, section: null },
  { name: 'tax', label: '税務（住民税・固定資産税・軽自動車税）', port: 4002, section: 'tax' },
  { name: 'insurance', label: '国民健康保険・後期高齢者医療', port: 4003, section: 'healthInsurance' },
  { name: 'pension', label: '国民年金', port: 4004, section: 'pension' },
  { name: 'child', label: '児童手当・児童扶養手当・特別児童扶養手当', port: 4005, section: 'childBenefits' },
  { name: 'care', label: '介護保険', port: 4006, section: 'longTermCare' },
  { name: 'disability', label: '障害福祉', port: 4007, section: 'disability' },
  { name: 'welfare', label: '生活保護', port: 4008, section: 'welfare' },
];

/** The URL a department's subgraph is reached at, from `<NAME>_URL` or its default port. */
export function departmentUrl(entry: DepartmentEntry, env: NodeJS.ProcessEnv = process.env): string {
  const prefix = entry.name.toUpperCase();
  return env[`${prefix}_URL`] ?? `http://127.0.0.1:${env[`${prefix}_PORT`] ?? entry.port}/graphql`;
}

/** A department's 課・業務名 by subgraph name: the `sourceName` of its sections. */
export function departmentLabel(name: string): string {
  const entry = DEPARTMENTS.find((d) => d.name === name);
  if (!entry) throw new Error(`unknown department ${name}`);
  return entry.label;
}
