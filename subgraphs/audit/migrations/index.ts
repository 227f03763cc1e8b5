import { auditMigrations, type Migration } from '@smart-casework/kit';

/** The audit database's tables are the kit's: the gateway's writer and this reader share them. */
export const migrations: readonly Migration[] = auditMigrations;
