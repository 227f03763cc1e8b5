import { loadTypeDefs, type Department } from '@smart-casework/kit';
import { migrations } from '../migrations';
import { createLoaders, type Loaders } from './loaders';
import { resolvers } from './resolvers';

export const schemaUrl = new URL('./schema.graphql', import.meta.url);

/** 生活保護 (public assistance): cases, applications and the staff directory */
export const welfare: Department<Loaders> = {
  name: 'welfare',
  label: '生活保護',
  defaultPort: 4008,
  typeDefs: loadTypeDefs(schemaUrl),
  resolvers,
  migrations,
  createLoaders,
};
