import { pino, type Logger } from 'pino';

export type { Logger };

/** The one logger: JSON lines on stdout, one child per service. */
export function createLogger(service: string): Logger {
  return pino({
    name: service,
    level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
