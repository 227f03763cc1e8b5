/**
 * What counts as unusual access (auditAnomalies). Set with the city's 監査担当 and dated, so a
 * report says which thresholds it was drawn with; change them here, with a new date.
 * As of 2025-10-01 (initial values, to be reviewed after the first quarter of operation).
 */
export interface AnomalyParameters {
  /** The day these thresholds were set. */
  asOf: string;
  lateNight: { fromHour: number; toHour: number; utcOffsetHours: number };
  bulkLookup: { distinctPersons: number; windowMinutes: number };
  exemptRoles: readonly string[];
  samples: number;
  maxRangeDays: number;
}

export const ANOMALY_PARAMETERS: AnomalyParameters = {
  asOf: '2025-10-01',
  /** 深夜帯: Japan time (UTC+9, no daylight saving), from 22:00 to 06:00 the next morning. */
  lateNight: { fromHour: 22, toHour: 6, utcOffsetHours: 9 },
  /** 大量照会: more than this many distinct persons by one staff member within the window. */
  bulkLookup: { distinctPersons: 30, windowMinutes: 10 },
  /** Roles whose work is reading many persons at any hour (the change watcher's batch). */
  exemptRoles: ['service'],
  /** 宛名番号 shown per anomaly. */
  samples: 5,
  /** Longest period one report covers. */
  maxRangeDays: 366,
};
