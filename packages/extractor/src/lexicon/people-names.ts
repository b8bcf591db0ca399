import { z } from 'zod';
import { parseBundled } from './bundled.js';
import namesJson from './data/people-names.json' with { type: 'json' };

const PeopleNamesSchema = z.object({
  names: z.string().regex(/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*$/u),
});

let cached: ReadonlySet<string> | undefined;

/**
 * Words that are part of people's names, given names and surnames of many cultures
 * (data/people-names.json, from @cspell/dict-people-names, MIT; see people-names.LICENSE.txt):
 * "Halvorsen", "Okafor". Read on first use.
 */
export function peopleNames(): ReadonlySet<string> {
  if (cached !== undefined) return cached;
  const parsed = parseBundled(PeopleNamesSchema, namesJson, 'people-names.json');
  cached = new Set(parsed.names.split(' '));
  return cached;
}
