import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CITY_DEPARTMENTS, dataDir, dbSettingsFromEnv } from '@smart-casework/kit';

/** The demo city exists when city.json does and every SQLite department file is there. */
export function cityPresent(): boolean {
  if (!existsSync(join(dataDir(), 'city.json'))) return false;
  return CITY_DEPARTMENTS.every(({ name }) => {
    const settings = dbSettingsFromEnv(name);
    return settings.client !== 'better-sqlite3' || existsSync(settings.url);
  });
}
