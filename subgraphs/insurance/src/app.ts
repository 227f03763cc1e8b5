import { loadTypeDefs, type Department } from '@smart-casework/kit';
import { migrations } from '../migrations';
import { createLoaders, type Loaders } from './loaders';
import { resolvers } from './resolvers';
import { SOURCE, SOURCE_NAME } from './source';

export const schemaUrl = new URL('./schema.graphql', import.meta.url);

/** 国民健康保険・後期高齢者医療 */
export const insurance: Department<Loaders> = {
  name: SOURCE,
  label: SOURCE_NAME,
  defaultPort: 4003,
  typeDefs: loadTypeDefs(schemaUrl),
  resolvers,
  migrations,
  createLoaders,
};
