import { loadTypeDefs, type Department } from '@smart-casework/kit';
import { migrations } from '../migrations';
import { createLoaders, type Loaders } from './loaders';
import { resolvers } from './resolvers';

export const schemaUrl = new URL('./schema.graphql', import.meta.url);

/** 住民記録 (resident registry) */
export const residents: Department<Loaders> = {
  name: 'residents',
  label: '住民記録',
  defaultPort: 4001,
  typeDefs: loadTypeDefs(schemaUrl),
  resolvers,
  migrations,
  createLoaders,
};
