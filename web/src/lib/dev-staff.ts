/** Staff seeded in every demo city (CONTRACT.md, Identity in the demo), for the dev sign-in page. */
export interface DevStaff {
  staffId: string;
  role: string;
}

export const DEV_STAFF: readonly DevStaff[] = [
  ...Array.from({ length: 20 }, (_, i) => ({ staffId: `cw${String(i + 1).padStart(3, '0')}`, role: 'caseworker' })),
  { staffId: 'sv001', role: 'supervisor' },
  { staffId: 'tax001', role: 'tax' },
  { staffId: 'au001', role: 'auditor' },
];
