import { loadTypeDefs, type Department } from '@smart-casework/kit';
import { migrations } from '../migrations';
import { createLoaders, type Loaders } from './loaders';
import { resolvers } from './resolvers';

export const schemaUrl = new URL('./schema.graphql', import.meta.url);

/** 障害福祉 (disability welfare) */
export const disability: Department<Loaders> = {
  name: 'disability',
  label: '障害福祉',
  defaultPort: 4007,
  typeDefs: loadTypeDefs(schemaUrl),
  resolvers,
  migrations,
  createLoaders,
};
