/**
 * `npm run watch -- [--once]`: the change watcher (subgraphs/welfare/src/watcher) on the demo
 * city's clock, so that due dates count from the day the city is at.
 */
import { cityToday, readCityManifest } from './seed-city';

const manifest = readCityManifest();
if (manifest) process.env.SC_TODAY ??= cityToday(manifest);
await import('@smart-casework/welfare/watcher');
