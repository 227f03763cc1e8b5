import { defineDepartment } from '@smart-casework/kit';
import { migrations } from '../migrations';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';

export const schemaUrl = new URL('./schema.graphql', import.meta.url);

/** 児童手当・児童扶養手当・特別児童扶養手当 (child allowances) */
export const child = defineDepartment('child', { schemaUrl, resolvers, migrations, createLoaders });
