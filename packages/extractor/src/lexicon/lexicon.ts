import { entityId, slugify } from '@newsgraph/graph-schema';
import { z } from 'zod';
import { peopleNames } from './people-names.js';
import { parseBundled as parse } from './bundled.js';
import firstNamesJson from './data/first-names.json' with { type: 'json' };
import locationsJson from './data/locations.json' with { type: 'json' };
import abbreviationsJson from './data/title-abbreviations.json' with { type: 'json' };
import wordsJson from './data/words.json' with { type: 'json' };
import type { LexiconEntry } from './entry.js';
import { organizationData, spellingMixes } from './organization-data.js';
import { PhraseTrie } from './phrase-trie.js';
import { buildStates } from './states.js';
import { Phrase, parseWordLists } from './word-lists.js';
import { withProps } from '../with-props.js';

const WordsSchema = z.object({
  stopwords: z.array(z.string()),
  weekdays: z.array(z.string()),
  months: z.array(z.string()),
  honorifics: z.array(z.string()),
  titles: z.array(z.tuple([z.string(), z.number()])),
  orgHeads: z.array(z.string()),
  locationHeads: z.array(z.string()),
  eventHeads: z.array(z.string()),
  nonNameHeads: z.array(z.string()),
  speechVerbs: z.array(z.string()),
  locationPrepositions: z.array(z.string()),
  groupAdjectives: z.array(z.string()),
  groupNouns: z.array(z.string()),
  nameAdjectives: z.array(z.string()),
  appositionRoles: z.array(z.string()),
  orgNouns: z.array(z.string()),
  portfolios: z.array(z.string()),
});
const NamesSchema = z.object({ names: z.array(z.string()) });
const PlacesSchema = z.object({ places: z.array(z.string()) });

export interface TitleInfo {
  /** Canonical spelling ("Defense Secretary"). */
  title: string;
  /** Heads what it belongs to (President, Chancellor, Secretary General). */
  head: boolean;
}

/** A sport organization and all its names. */
export interface SportClub {
  entry: LexiconEntry;
  names: readonly string[];
}

/** Everything the rules look words up in, built once. */
export interface Lexicon {
  /** Names as written (case-sensitive). */
  phrases: PhraseTrie<LexiconEntry>;
  /** Names in upper case, for ALL-CAPS headlines and datelines. */
  upperPhrases: PhraseTrie<LexiconEntry>;
  /** Titles and roles, case-insensitive. */
  titles: PhraseTrie<TitleInfo>;
  firstNames: ReadonlySet<string>;
  stopwords: ReadonlySet<string>;
  calendar: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  orgHeads: ReadonlySet<string>;
  locationHeads: ReadonlySet<string>;
  eventHeads: ReadonlySet<string>;
  nonNameHeads: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  locationPrepositions: ReadonlySet<string>;
  groupAdjectives: ReadonlySet<string>;
  groupNouns: ReadonlySet<string>;
  /** Capitalised adjectives that are never part of a person's name ("Western", "Catholic", "Sunni"). */
  nameAdjectives: ReadonlySet<string>;
  appositionRoles: ReadonlySet<string>;
  /** Common nouns for kinds of organization: "investment fund X", "the X union". */
  orgNouns: ReadonlySet<string>;
  /** What an office is "of" or "for": "Minister of Foreign Affairs", "Secretary for Water". */
  portfolios: ReadonlySet<string>;
  /** Sport organizations with all their names, for a club named after its city. */
  sportClubs: readonly SportClub[];
  /** Parties bound to one state, for a party named by its plural ("the Liberals", stages/party-binding.ts). */
  parties: readonly LexiconEntry[];
}

const AbbreviationsSchema = z.object({ abbreviations: z.record(Phrase, Phrase) });
let abbreviations: Readonly<Record<string, string>> | undefined;

function titleAbbreviations(): Readonly<Record<string, string>> {
  abbreviations ??= parseWordLists(
    AbbreviationsSchema,
    abbreviationsJson,
    'lexicon/data/title-abbreviations.json',
  ).abbreviations;
  return abbreviations;
}

function titleCase(phrase: string): string {
  const expanded = titleAbbreviations()[phrase];
  if (expanded !== undefined) return expanded;
  return phrase.replace(
    /(^|[\s-])(\p{Ll})/gu,
    (_m, sep: string, ch: string) => sep + ch.toUpperCase(),
  );
}

const DOTTED_NUMBER = /^(\d{1,2}\.) (?=\p{Lu})/u;

function addEntry(lex: Lexicon, phrase: string, entry: LexiconEntry): void {
  lex.phrases.add(phrase, entry);
  // "People's Republic of China" is written with a typographic apostrophe as often.
  if (phrase.includes("'")) lex.phrases.add(phrase.replaceAll("'", '’'), entry);
  // "The Netherlands" and "the Netherlands" alike.
  if (/^the /.test(phrase)) lex.phrases.add(`T${phrase.slice(1)}`, entry);
  // "1. FC Köln" is written "1.FC Köln" as often, or "FC Köln": a dotted number before a name.
  if (DOTTED_NUMBER.test(phrase)) {
    lex.phrases.add(phrase.replace(DOTTED_NUMBER, '$1'), entry);
    lex.phrases.add(phrase.replace(DOTTED_NUMBER, ''), entry);
  }
  if (!entry.exactCase || entry.type === 'State') lex.upperPhrases.add(phrase.toUpperCase(), entry);
}

function addOrganizations(lex: Lexicon, clubs: SportClub[], parties: LexiconEntry[]): void {
  const data = organizationData();
  const spelled = spellingMixes(data.spellings);
  for (const [key, name, kind, aliases, state] of data.entries) {
    const entry: LexiconEntry = {
      id: entityId('Organization', key),
      type: 'Organization',
      name,
      mentionKind: 'name',
      orgKind: kind,
      ...(typeof state === 'string' ? { state: entityId('State', state) } : {}),
    };
    addEntry(lex, name, entry);
    for (const variant of spelled(name))
      addEntry(lex, variant, withProps(entry, { mentionKind: 'alias' }));
    if (kind === 'sport') clubs.push({ entry, names: [name, ...aliases] });
    if (kind === 'party' && entry.state !== undefined) parties.push(entry);
    if (WORD_ACRONYM_KINDS.has(kind)) addWordAcronyms(lex, entry, [name, ...aliases]);
    for (const alias of aliases) {
      const acronym = /^[\p{Lu}\p{N}.&/+-]+$/u.test(alias) && alias.length <= 6;
      // withProps, not a spread: entries read everywhere keep a few hidden classes (with-props.ts).
      addEntry(
        lex,
        alias,
        withProps(entry, { mentionKind: acronym ? 'acronym' : 'alias', exactCase: acronym }),
      );
      for (const variant of spelled(alias))
        addEntry(lex, variant, withProps(entry, { mentionKind: 'alias' }));
    }
  }
}

/**
 * "Nato", "Opec", "Asean", "Fifa", "Nasa": British and other house styles write an acronym said
 * as a word in title case. For each all-capital name of four to six letters of an alliance, bloc,
 * international, sports, armed, party or government body, its title-case form too, unless it is
 * also a person's name ("Isis") or already listed. Companies, media, courts and NGOs are left out:
 * their short names meet common words and surnames ("Rand Paul").
 */
const WORD_ACRONYM_KINDS: ReadonlySet<string> = new Set([
  'alliance',
  'bloc',
  'igo',
  'un',
  'sport',
  'armed',
  'party',
  'agency',
  'gov',
]);

function addWordAcronyms(lex: Lexicon, entry: LexiconEntry, names: readonly string[]): void {
  for (const name of names) {
    if (!/^\p{Lu}{4,6}$/u.test(name)) continue;
    const word = name.charAt(0) + name.slice(1).toLowerCase();
    if (names.includes(word) || lex.firstNames.has(word) || peopleNames().has(word)) continue;
    addEntry(lex, word, withProps(entry, { mentionKind: 'alias', exactCase: true }));
  }
}

function addPlaces(lex: Lexicon, places: Iterable<string>): void {
  for (const place of places) {
    const name = place.replace(/^the /, '');
    addEntry(lex, place, {
      id: entityId('Location', name),
      type: 'Location',
      name,
      mentionKind: 'name',
    });
  }
}

let cached: Lexicon | undefined;

/** The bundled lexicon (built on first use, then shared). */
export function lexicon(): Lexicon {
  if (cached !== undefined) return cached;
  const words = parse(WordsSchema, wordsJson, 'words.json');
  const lower = (list: string[]): Set<string> => new Set(list.map((w) => w.toLowerCase()));
  const sportClubs: SportClub[] = [];
  const parties: LexiconEntry[] = [];
  const lex: Lexicon = {
    phrases: new PhraseTrie(),
    upperPhrases: new PhraseTrie(),
    titles: new PhraseTrie((w) => w.toLowerCase()),
    firstNames: new Set(parse(NamesSchema, firstNamesJson, 'first-names.json').names),
    stopwords: lower(words.stopwords),
    calendar: new Set([...words.weekdays, ...words.months]),
    honorifics: new Set(words.honorifics),
    orgHeads: new Set(words.orgHeads),
    locationHeads: new Set(words.locationHeads),
    eventHeads: new Set(words.eventHeads),
    nonNameHeads: new Set(words.nonNameHeads),
    speechVerbs: lower(words.speechVerbs),
    locationPrepositions: lower(words.locationPrepositions),
    groupAdjectives: new Set(words.groupAdjectives),
    groupNouns: lower(words.groupNouns),
    nameAdjectives: new Set(words.nameAdjectives),
    appositionRoles: lower(words.appositionRoles),
    orgNouns: lower(words.orgNouns),
    portfolios: new Set(words.portfolios),
    sportClubs,
    parties,
  };
  for (const [title, head] of words.titles)
    lex.titles.add(title, { title: titleCase(title), head: head === 1 });
  const states = buildStates(lex.firstNames);
  // Places first: a state or organization of the same name is added later and wins ties.
  addPlaces(lex, [
    ...parse(PlacesSchema, locationsJson, 'locations.json').places,
    ...states.capitals,
    ...states.territories,
  ]);
  for (const [phrase, entry] of states.entries) addEntry(lex, phrase, entry);
  addOrganizations(lex, sportClubs, parties);
  cached = lex;
  return lex;
}

/** Slug key for names nobody listed ("Kohelet Policy Forum" → "kohelet-policy-forum"). */
export function nameKey(name: string): string {
  return slugify(name);
}
