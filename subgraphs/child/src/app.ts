import { loadTypeDefs, type Department } from '@smart-casework/kit';
import { migrations } from '../migrations';
import { createLoaders, type Loaders } from './loaders';
import { resolvers } from './resolvers';

export const schemaUrl = new URL('./schema.graphql', import.meta.url);

/** 児童手当・児童扶養手当・特別児童扶養手当 (child allowances) */
export const child: Department<Loaders> = {
  name: 'child',
  label: '児童手当・児童扶養手当・特別児童扶養手当',
  defaultPort: 4005,
  typeDefs: loadTypeDefs(schemaUrl),
  resolvers,
  migrations,
  createLoaders,
};
