import { defineDepartment } from '@smart-casework/kit';
import { migrations } from '../migrations';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';

export const schemaUrl = new URL('./schema.graphql', import.meta.url);

/** 住民記録 (resident registry) */
export const residents = defineDepartment('residents', { schemaUrl, resolvers, migrations, createLoaders });
