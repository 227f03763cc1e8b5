import type { DeltaRecord, SimulationContext } from '@smart-casework/kit';
import { SimCity } from './simulation/city';
import { storyEvents } from './simulation/story';
import { simulateVolume } from './simulation/volume';

/**
 * A period of registry changes (births, deaths, moves in and out, 転居, 世帯分離) for the city in
 * the database, at national rates for its size, plus the demo story's changes in the story
 * caseworkers' households. Read from the current registry, so a second period continues the first.
 * Rows come in order of 異動日 (a household's rows together), as a nightly export lists them.
 */
export async function simulate(ctx: SimulationContext): Promise<DeltaRecord[]> {
  const city = await SimCity.load(ctx);
  storyEvents(city, ctx.watched, ctx.storyCaseworkers);
  simulateVolume(city);
  return city.records.map((record, index) => ({ record, index })).sort((a, b) => (a.record['異動日'] ?? '').localeCompare(b.record['異動日'] ?? '') || a.index - b.index).map(({ record }) => record);
}
