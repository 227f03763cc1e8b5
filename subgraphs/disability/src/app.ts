import { defineDepartment } from '@smart-casework/kit';
import { migrations } from '../migrations';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';

export const schemaUrl = new URL('./schema.graphql', import.meta.url);

/** 障害福祉 (disability welfare) */
export const disability = defineDepartment('disability', { schemaUrl, resolvers, migrations, createLoaders });
