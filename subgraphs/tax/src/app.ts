import { loadTypeDefs, type Department } from '@smart-casework/kit';
import { migrations } from '../migrations';
import { createLoaders, type Loaders } from './loaders';
import { resolvers } from './resolvers';
import { SOURCE, SOURCE_NAME } from './source';

export const schemaUrl = new URL('./schema.graphql', import.meta.url);

/** 税務 (住民税・固定資産税・軽自動車税) */
export const tax: Department<Loaders> = {
  name: SOURCE,
  label: SOURCE_NAME,
  defaultPort: 4002,
  typeDefs: loadTypeDefs(schemaUrl),
  resolvers,
  migrations,
  createLoaders,
};
