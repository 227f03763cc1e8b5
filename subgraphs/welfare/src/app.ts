import { defineDepartment } from '@smart-casework/kit';
import { migrations } from '../migrations';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';

export const schemaUrl = new URL('./schema.graphql', import.meta.url);

/** 生活保護 (public assistance): cases, applications and the staff directory */
export const welfare = defineDepartment('welfare', { schemaUrl, resolvers, migrations, createLoaders });
