import { defineDepartment } from '@smart-casework/kit';
import { migrations } from '../migrations';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';

export const schemaUrl = new URL('./schema.graphql', import.meta.url);

/** 国民健康保険・後期高齢者医療 */
export const insurance = defineDepartment('insurance', { schemaUrl, resolvers, migrations, createLoaders });
