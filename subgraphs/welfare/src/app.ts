import { defineDepartment } from '@smart-casework/kit';
import { migrations } from '../migrations';
import { createLoaders } from './loaders';
import { residentsRegistry, type RegistryClient } from './registry-client';
import { resolvers } from './resolvers';
import { access } from './access';

export const schemaUrl = new URL('./schema.graphql', import.meta.url);

/** The department reading the resident registry through `registry` (tests pass a fake). */
export function welfareDepartment(registry: RegistryClient = residentsRegistry()) {
  return defineDepartment('welfare', { schemaUrl, resolvers, migrations, createLoaders: (db) => createLoaders(db, registry), access });
}

/** 生活保護 (public assistance): cases, applications and the staff directory */
export const welfare = welfareDepartment();
