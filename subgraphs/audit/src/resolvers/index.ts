import type { Resolvers } from '../generated/graphql';
import { AuditEntry } from './audit-entry';
import { DisclosedDepartment } from './disclosed-department';
import { Query } from './query';

export const resolvers: Resolvers = { Query, AuditEntry, DisclosedDepartment };
