import { defineDepartment } from '@smart-casework/kit';
import { migrations } from '../migrations';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';

export const schemaUrl = new URL('./schema.graphql', import.meta.url);

/** 介護保険 (long-term care insurance) */
export const care = defineDepartment('care', { schemaUrl, resolvers, migrations, createLoaders });
