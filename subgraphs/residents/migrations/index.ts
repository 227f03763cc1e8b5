import type { Migration } from '@smart-casework/kit';
import { registry } from './001_registry';
import { changesByHousehold } from './002_changes_by_household';

export const migrations: readonly Migration[] = [registry, changesByHousehold];
