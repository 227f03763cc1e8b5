import { defineDepartment } from '@smart-casework/kit';
import { migrations } from '../migrations';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';

export const schemaUrl = new URL('./schema.graphql', import.meta.url);

/** 税務 (住民税・固定資産税・軽自動車税) */
export const tax = defineDepartment('tax', { schemaUrl, resolvers, migrations, createLoaders });
