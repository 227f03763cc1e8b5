import { departmentLabel } from '@smart-casework/kit';

/** The registry's name for this department (`source` of its sections, `extensions.department`). */
export const SOURCE = 'tax';

/** The department's name in Japanese, from the one registry. */
export const SOURCE_NAME = departmentLabel(SOURCE);
