import { createRequire } from 'node:module';
import { entityId } from '@newsgraph/graph-schema';
import { z } from 'zod';
import curatedJson from './data/states.json' with { type: 'json' };
import type { LexiconEntry } from './entry.js';

const CountrySchema = z.object({
  name: z.object({ common: z.string(), official: z.string() }),
  cca3: z.string().regex(/^[A-Z]{3}$/),
  independent: z.boolean().nullable(),
  unMember: z.boolean(),
  capital: z.array(z.string()),
  altSpellings: z.array(z.string()),
  demonyms: z.record(z.string(), z.object({ f: z.string(), m: z.string() })).optional(),
});
type Country = z.infer<typeof CountrySchema>;

const CuratedSchema = z.object({
  aliases: z.record(z.string(), z.array(z.string())),
  extraStates: z.array(
    z.object({ code: z.string(), name: z.string(), aliases: z.array(z.string()) }),
  ),
  notStates: z.array(z.string()),
  ambiguousDemonyms: z.array(z.string()),
  governmentCapitals: z.record(z.string(), z.string()),
});

export interface StateData {
  entries: Array<[phrase: string, entry: LexiconEntry]>;
  /** Capitals of territories and of states not in governmentCapitals: plain places. */
  capitals: string[];
  territories: string[];
}

function loadCountries(): Country[] {
  // world-countries' ESM entry imports JSON without an import attribute, which Node rejects.
  const raw: unknown = createRequire(import.meta.url)('world-countries/countries.json');
  const parsed = z.array(CountrySchema).safeParse(raw);
  if (!parsed.success)
    throw new Error(`world-countries data changed shape: ${parsed.error.message}`);
  return parsed.data;
}

/** A plural for a demonym that takes one: "Iraqi" → "Iraqis", "American" → "Americans". */
function plural(demonym: string): string | undefined {
  if (/(?:an|i)$/.test(demonym) && !/\s/.test(demonym)) return `${demonym}s`;
  return undefined;
}

const USABLE_ALT = /^[\p{L} .,'’()-]+$/u;

export function buildStates(): StateData {
  const curatedParse = CuratedSchema.safeParse(curatedJson);
  if (!curatedParse.success) throw new Error(`states.json: ${curatedParse.error.message}`);
  const curated = curatedParse.data;
  const notStates = new Set(curated.notStates);
  const ambiguous = new Set(curated.ambiguousDemonyms);
  const entries: StateData['entries'] = [];
  const capitals: string[] = [];
  const territories: string[] = [];
  const demonymOwner = new Map<string, Country>();
  const extraCodes = new Set(curated.extraStates.map((s) => s.code));
  const add = (
    phrase: string,
    code: string,
    name: string,
    kind: LexiconEntry['mentionKind'],
  ): void => {
    const exactCase = phrase.length <= 3 && phrase === phrase.toUpperCase();
    entries.push([
      phrase,
      { id: entityId('State', code), type: 'State', name, mentionKind: kind, exactCase },
    ]);
  };
  for (const c of loadCountries()) {
    const sovereign = (c.independent === true || extraCodes.has(c.cca3)) && !notStates.has(c.cca3);
    if (!sovereign) {
      if (!notStates.has(c.cca3)) territories.push(c.name.common);
      capitals.push(...c.capital);
      continue;
    }
    const name = c.name.common;
    add(name, c.cca3, name, 'name');
    add(c.name.official, c.cca3, name, 'name');
    for (const alt of c.altSpellings) {
      if (alt.length > 3 && USABLE_ALT.test(alt) && !alt.includes(','))
        add(alt, c.cca3, name, 'alias');
      else if (/^[A-Z]{3}$/.test(alt) && alt === c.cca3) add(alt, c.cca3, name, 'acronym');
    }
    for (const phrase of curated.aliases[c.cca3] ?? []) add(phrase, c.cca3, name, 'alias');
    capitals.push(...c.capital);
    const demonym = c.demonyms?.['eng']?.m;
    if (demonym === undefined || ambiguous.has(demonym)) continue;
    // "American" is also American Samoa's; the independent state wins.
    const owner = demonymOwner.get(demonym);
    if (owner !== undefined) continue;
    demonymOwner.set(demonym, c);
    add(demonym, c.cca3, name, 'demonym');
    const many = plural(demonym);
    if (many !== undefined) add(many, c.cca3, name, 'demonym');
  }
  for (const extra of curated.extraStates) {
    // A former name of a state that still exists (West Germany) names it by its current name, so
    // one id never carries two names across articles.
    const current =
      entries.find(([, e]) => e.id === entityId('State', extra.code))?.[1].name ?? extra.name;
    add(extra.name, extra.code, current, current === extra.name ? 'name' : 'alias');
    for (const alias of extra.aliases) {
      const kind = /^\p{Lu}[\p{Ll}]+(?:an|ese|ish|i|s)$/u.test(alias) ? 'demonym' : 'alias';
      add(alias, extra.code, current, kind);
    }
  }
  for (const [city, code] of Object.entries(curated.governmentCapitals)) {
    const owner = entries.find(([, e]) => e.id === entityId('State', code));
    add(city, code, owner?.[1].name ?? code, 'capital');
  }
  return { entries, capitals, territories };
}
