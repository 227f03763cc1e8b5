import { departmentLabel } from '@smart-casework/kit';
import type { DisabilityRecordResolvers } from '../generated/graphql';

export const DisabilityRecord: DisabilityRecordResolvers = {
  sourceName: (record) => departmentLabel(record.source),
};
