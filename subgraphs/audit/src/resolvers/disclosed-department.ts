import type { DisclosedDepartmentResolvers } from '../generated/graphql';

export const DisclosedDepartment: DisclosedDepartmentResolvers = {
  outcome: (department) => (department.outcome === 'allowed' ? 'ALLOWED' : 'DENIED'),
};
