/**
 * The one registry of subgraphs: adding a department means copying a subgraph folder and
 * adding one line here. The gateway composes and the demo starts every entry; the seed, the
 * delta imports and the benchmark's direct reads take the city's departments (`CITY_DEPARTMENTS`).
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
  /**
   * `department`: holds part of the city's data (seeded, imported, read for residents);
   * `audit`: the audit trail's reader, with no city data and no seed.
   */
  kind: 'department' | 'audit';
}

export const DEPARTMENTS: readonly DepartmentEntry[] = [
  { name: 'residents', label: '住民記録', port: 4001, section: null, kind: 'department' },
  { name: 'tax', label: '税務（住民税・固定資産税・軽自動車税）', port: 4002, section: 'tax', kind: 'department' },
  { name: 'insurance', label: '国民健康保険・後期高齢者医療', port: 4003, section: 'healthInsurance', kind: 'department' },
  { name: 'pension', label: '国民年金', port: 4004, section: 'pension', kind: 'department' },
  { name: 'child', label: '児童手当・児童扶養手当・特別児童扶養手当', port: 4005, section: 'childBenefits', kind: 'department' },
  { name: 'care', label: '介護保険', port: 4006, section: 'longTermCare', kind: 'department' },
  { name: 'disability', label: '障害福祉', port: 4007, section: 'disability', kind: 'department' },
  { name: 'welfare', label: '生活保護', port: 4008, section: 'welfare', kind: 'department' },
  { name: 'audit', label: '監査ログ', port: 4009, section: null, kind: 'audit' },
];

/** The departments that hold the city's data: what the seed fills and the delta imports update. */
export const CITY_DEPARTMENTS: readonly DepartmentEntry[] = DEPARTMENTS.filter((d) => d.kind === 'department');

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
