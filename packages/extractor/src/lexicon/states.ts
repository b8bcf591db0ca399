import { createRequire } from 'node:module';
import { entityId, NewsgraphError } from '@newsgraph/graph-schema';
import { z } from 'zod';
import firstNamesJson from './data/first-names.json' with { type: 'json' };
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
  ambiguousNames: z.record(z.string(), z.array(z.string())),
  ambiguousDemonyms: z.array(z.string()),
  placeOnlyCapitals: z.array(z.string()),
  governmentCapitals: z.record(z.string(), z.string()),
});

export interface StateData {
  entries: Array<[phrase: string, entry: LexiconEntry]>;
  /** Every capital, also as a plain place (a capital entry of the same name is decided by context). */
  capitals: string[];
  territories: string[];
}

/** "Bogotá" → "Bogota": news copy often drops the accents. */
function unaccented(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '');
}

function loadCountries(): Country[] {
  // world-countries' ESM entry imports JSON without an import attribute, which Node rejects.
  const raw: unknown = createRequire(import.meta.url)('world-countries/countries.json');
  const parsed = z.array(CountrySchema).safeParse(raw);
  if (!parsed.success) {
    throw new NewsgraphError('INTERNAL', `data changed shape: ${parsed.error.message}`, {
      where: 'world-countries/countries.json',
    });
  }
  return parsed.data;
}

/** A plural for a demonym that takes one: "Iraqi" → "Iraqis", "American" → "Americans". */
function plural(demonym: string): string | undefined {
  if (/(?:an|i)$/.test(demonym) && !/\s/.test(demonym)) return `${demonym}s`;
  return undefined;
}

const USABLE_ALT = /^[\p{L} .,'’()-]+$/u;

/** Given names, which no alternative spelling may claim for a state ("Dominique" for Dominica). */
let givenNames: ReadonlySet<string> | undefined;
function isGivenName(word: string): boolean {
  if (givenNames === undefined) {
    const parsed = z.object({ names: z.array(z.string()) }).safeParse(firstNamesJson);
    if (!parsed.success)
      throw new NewsgraphError('INTERNAL', `invalid lexicon data: ${parsed.error.message}`, {
        where: 'lexicon/data/first-names.json',
      });
    givenNames = new Set(parsed.data.names);
  }
  return givenNames.has(word);
}

type Curated = z.infer<typeof CuratedSchema>;

/** The entries under construction, and how a phrase is added to them. */
interface Builder {
  curated: Curated;
  entries: StateData['entries'];
  capitals: string[];
  territories: string[];
  /** Demonyms more than one state uses: each with every state that does. */
  ambiguousOwners: Map<string, string[]>;
  /** Seats of government: the first capital listed of each sovereign state. */
  seatOf: Array<[city: string, code: string]>;
  add: (phrase: string, code: string, name: string, kind: LexiconEntry['mentionKind']) => void;
}

export function buildStates(): StateData {
  const curatedParse = CuratedSchema.safeParse(curatedJson);
  if (!curatedParse.success) {
    throw new NewsgraphError('INTERNAL', `invalid data file: ${curatedParse.error.message}`, {
      where: 'states.json',
    });
  }
  const entries: StateData['entries'] = [];
  const b: Builder = {
    curated: curatedParse.data,
    entries,
    capitals: [],
    territories: [],
    ambiguousOwners: new Map(),
    seatOf: [],
    add: (phrase, code, name, kind) => {
      const exactCase = phrase.length <= 3 && phrase === phrase.toUpperCase();
      entries.push([
        phrase,
        { id: entityId('State', code), type: 'State', name, mentionKind: kind, exactCase },
      ]);
    },
  };
  addCountries(b, loadCountries());
  addExtraStates(b);
  // State names before the capitals are added: shared entries are named after these.
  const names = new Map(entries.map(([, e]) => [e.id, e.name]));
  addGovernments(b, names);
  addAmbiguous(b, names);
  return { entries, capitals: b.capitals, territories: b.territories };
}

/** Sovereign states by name, official name, usable alternative spellings and demonym. */
function addCountries(b: Builder, countries: readonly Country[]): void {
  const { curated, add } = b;
  const notStates = new Set(curated.notStates);
  const ambiguous = new Set(curated.ambiguousDemonyms);
  const placeOnly = new Set(curated.placeOnlyCapitals);
  const extraCodes = new Set(curated.extraStates.map((s) => s.code));
  const demonymOwner = new Map<string, Country>();
  for (const c of countries) {
    const sovereign = (c.independent === true || extraCodes.has(c.cca3)) && !notStates.has(c.cca3);
    if (!sovereign) {
      if (!notStates.has(c.cca3)) b.territories.push(c.name.common);
      b.capitals.push(...c.capital);
      continue;
    }
    const name = c.name.common;
    add(name, c.cca3, name, 'name');
    add(c.name.official, c.cca3, name, 'name');
    for (const alt of c.altSpellings) {
      if (curated.ambiguousNames[alt] !== undefined) continue;
      if (alt.length > 3 && USABLE_ALT.test(alt) && !alt.includes(',') && !isGivenName(alt))
        add(alt, c.cca3, name, 'alias');
      else if (/^[A-Z]{3}$/.test(alt) && alt === c.cca3) add(alt, c.cca3, name, 'acronym');
    }
    for (const phrase of curated.aliases[c.cca3] ?? []) add(phrase, c.cca3, name, 'alias');
    b.capitals.push(...c.capital);
    // The first capital listed is the seat of government ("Pretoria", not "Cape Town").
    const seat = c.capital[0];
    if (seat !== undefined && !placeOnly.has(seat)) b.seatOf.push([seat, c.cca3]);
    const demonym = c.demonyms?.['eng']?.m;
    if (demonym !== undefined && ambiguous.has(demonym))
      b.ambiguousOwners.set(demonym, [
        ...(b.ambiguousOwners.get(demonym) ?? []),
        entityId('State', c.cca3),
      ]);
    if (demonym === undefined || ambiguous.has(demonym)) continue;
    // "American" is also American Samoa's; the independent state wins.
    if (demonymOwner.has(demonym)) continue;
    demonymOwner.set(demonym, c);
    add(demonym, c.cca3, name, 'demonym');
    const many = plural(demonym);
    if (many !== undefined) add(many, c.cca3, name, 'demonym');
  }
}

function addExtraStates({ curated, entries, add }: Builder): void {
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
}

/**
 * Any sovereign state's capital may stand for its government ("Hanoi's main ally"); the curated
 * table adds spellings and former seats that world-countries lacks ("Peking", "Bonn").
 */
function addGovernments(
  { curated, entries, seatOf, add }: Builder,
  names: ReadonlyMap<string, string>,
): void {
  const placeOnly = new Set(curated.placeOnlyCapitals);
  const governments = new Map<string, string>();
  for (const [city, code] of seatOf) {
    governments.set(city, code);
    if (unaccented(city) !== city && !placeOnly.has(unaccented(city)))
      governments.set(unaccented(city), code);
  }
  for (const [city, code] of Object.entries(curated.governmentCapitals))
    governments.set(city, code);
  for (const [city, code] of governments) {
    // "Singapore", "Luxembourg": the capital that shares its state's name is the state already.
    if (entries.some(([phrase, e]) => phrase === city && e.mentionKind !== 'capital')) continue;
    add(city, code, names.get(entityId('State', code)) ?? code, 'capital');
  }
}

/** Names and demonyms several states share: one entry listing them all. */
function addAmbiguous(
  { curated, entries, ambiguousOwners }: Builder,
  names: ReadonlyMap<string, string>,
): void {
  const addShared = (phrase: string, ids: string[], kind: LexiconEntry['mentionKind']): void => {
    const id = ids[0];
    if (id === undefined) return;
    const name = names.get(id) ?? phrase;
    entries.push([phrase, { id, type: 'State', name, mentionKind: kind, ambiguous: ids }]);
  };
  for (const [phrase, codes] of Object.entries(curated.ambiguousNames))
    addShared(
      phrase,
      codes.map((code) => entityId('State', code)),
      'name',
    );
  for (const [demonym, ids] of ambiguousOwners) {
    addShared(demonym, ids, 'demonym');
    const many = plural(demonym);
    if (many !== undefined) addShared(many, ids, 'demonym');
  }
}
