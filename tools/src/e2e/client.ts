import { DEPARTMENTS } from '@smart-casework/kit';

export interface Answer {
  status: number;
  data: Record<string, unknown> | null | undefined;
  errors: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] | undefined;
}

/**
 * POSTs one operation as a client would; `token` and `purpose` become the contract's headers.
 * The purpose is `investigation` unless given (`null`: none, as a careless tool would send).
 */
export async function ask(url: string, query: string, options: { variables?: Record<string, unknown>; token?: string; purpose?: string | null; headers?: Record<string, string> } = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const purpose = options.purpose === undefined ? 'investigation' : options.purpose;
  if (purpose) headers['x-purpose'] = purpose;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables: options.variables ?? {} }) });
  const body = (await response.json()) as Omit<Answer, 'status'>;
  return { status: response.status, data: body.data, errors: body.errors };
}

export async function healthz(gatewayUrl: string): Promise<{ status: string; subgraphs: Record<string, string> }> {
  const response = await fetch(new URL('/healthz', gatewayUrl));
  if (response.status !== 200) throw new Error(`/healthz answered ${response.status}`);
  return (await response.json()) as { status: string; subgraphs: Record<string, string> };
}

/** The Resident field each department adds (CONTRACT.md). */
export const SECTION_FIELDS: Record<string, string> = {
  tax: 'tax',
  insurance: 'healthInsurance',
  pension: 'pension',
  child: 'childBenefits',
  care: 'longTermCare',
  disability: 'disability',
  welfare: 'welfare',
};

/** The departments with a section, among those running. */
export function sectionDepartments(running: Iterable<string>): string[] {
  const names = new Set(running);
  return DEPARTMENTS.map((d) => d.name).filter((name) => SECTION_FIELDS[name] && names.has(name));
}

/** A household with every member's sections, as far as the common section fields go. */
export function householdSectionsQuery(departments: readonly string[]): string {
  const sections = departments.map((name) => `${SECTION_FIELDS[name]} { source hasRecord asOf findings { code severity message } }`).join(' ');
  return `query HouseholdSections($householdNo: ID!) { household(householdNo: $householdNo) { householdNo members { atenaNo name ${sections} } } }`;
}
