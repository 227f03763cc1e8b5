import { defineDepartment } from '@smart-casework/kit';
import { migrations } from '../migrations';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';

export const schemaUrl = new URL('./schema.graphql', import.meta.url);

/** 監査ログ (the audit trail): the auditor's reader of the log the gateway writes. */
export const audit = defineDepartment('audit', { schemaUrl, resolvers, migrations, createLoaders });
