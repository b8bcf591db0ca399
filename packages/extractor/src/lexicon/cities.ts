import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseBundled } from './bundled.js';

const CitiesSchema = z.object({ names: z.array(z.string().min(2)) });

let cached: ReadonlySet<string> | undefined;

/**
 * The names of the world's cities and towns of 100,000 people or more (data/cities.json, from
 * GeoNames, CC BY 4.0: see data/LICENSE-geonames.txt), read once per process on first use.
 */
export function cityNames(): ReadonlySet<string> {
  if (cached !== undefined) return cached;
  // The same two levels below the package root from src/lexicon and dist/lexicon.
  const url = new URL('../../data/cities.json', import.meta.url);
  const raw = JSON.parse(readFileSync(url, 'utf8')) as unknown;
  cached = new Set(parseBundled(CitiesSchema, raw, 'data/cities.json').names);
  return cached;
}
