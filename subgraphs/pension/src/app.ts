import { defineDepartment } from '@smart-casework/kit';
import { migrations } from '../migrations';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';

export const schemaUrl = new URL('./schema.graphql', import.meta.url);

/** 国民年金 (national pension) */
export const pension = defineDepartment('pension', { schemaUrl, resolvers, migrations, createLoaders });
