import { DEPARTMENTS, type DepartmentEntry } from '@smart-casework/kit';

const entry = DEPARTMENTS.find((d) => d.name === 'pension');
if (!entry) throw new Error('pension is missing from the kit department registry');

/** This department as the kit registry names it (source, label, port). */
export const PENSION: DepartmentEntry = entry;
