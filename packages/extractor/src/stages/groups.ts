import { entityId } from '@newsgraph/graph-schema';
import { z } from 'zod';
import { parseBundled } from '../lexicon/bundled.js';
import { peopleNames } from '../lexicon/people-names.js';
import { personNouns } from '../lexicon/person-nouns.js';
import { truecaseWords } from '../text/truecase.js';
import peoplesJson from '../lexicon/data/peoples.json' with { type: 'json' };
import { armedPeopleAt } from './armed-peoples.js';
import type { Chunk } from './candidate.js';
import type { ScanContext } from './scan-context.js';
import { SCAN_WORDS } from './scan-words.js';

const PeoplesSchema = z.object({
  peoples: z.array(z.tuple([z.string().min(1), z.string().min(1)])),
  adherentSuffixes: z.array(z.string().regex(/^[a-z]+$/)).min(1),
});

/**
 * "European nations", "Arab states": unnamed collective actors. A capitalised function word
 * opening the sentence may stand before ("The Latino community", "Four Arab states").
 */
export function group(ctx: ScanContext, at: number, sentence: number): boolean {
  let i = at;
  const word = ctx.token(at)?.text ?? '';
  if (armedGroup(ctx, at, sentence)) return true;
  if (regionalGroup(ctx, at, sentence)) return true;
  // The cheap test first: the adjective list, at the word or right after it.
  if (!ctx.lex.groupAdjectives.has(word)) {
    if (!ctx.lex.groupAdjectives.has(ctx.token(at + 1)?.text ?? '')) return false;
    if (!ctx.sentenceInitial(at) || !ctx.lex.stopwords.has(ctx.lower(at))) return false;
    i = at + 1;
  }
  const adj = ctx.token(i);
  // "Shiite opposition groups", "Muslim community leaders": one lower-case noun may stand between.
  const mid = collectiveNoun(ctx, i + 1) ? i + 1 : modifierNoun(ctx, i + 1) ? i + 2 : -1;
  const noun = ctx.token(mid);
  if (adj === undefined || noun === undefined || !collectiveNoun(ctx, mid)) return false;
  const head = ['countries', 'states'].includes(noun.text) ? 'nations' : noun.text;
  const key = mid === i + 1 ? `${adj.text} ${head}` : `${adj.text} ${ctx.lower(i + 1)} ${head}`;
  emitGroup(ctx, { first: i, last: mid + 1, sentence }, key);
  return true;
}

/**
 * "Latin American nations", "Central Asian groups": a word for part of a continent and a
 * continent's demonym (regional-demonym.ts) or group adjective, then a collective noun, name one
 * group of that region.
 */
function regionalGroup(ctx: ScanContext, at: number, sentence: number): boolean {
  const part = ctx.token(at);
  const adj = ctx.token(at + 1);
  if (part === undefined || !SCAN_WORDS.continentParts.has(part.text)) return false;
  if (adj === undefined || !collectiveNoun(ctx, at + 2)) return false;
  // "Latin American", "Central Asian": a continent's demonym, not one state's ("North Indian").
  if (!SCAN_WORDS.continentDemonyms.has(adj.text) && !ctx.lex.groupAdjectives.has(adj.text))
    return false;
  // "South African troops": the two words are a state's demonym, which the lexicon reads.
  if ((ctx.lex.phrases.longest(ctx.tokens, at)?.end ?? at) > at + 1) return false;
  const noun = ctx.token(at + 2)?.text ?? '';
  const head = ['countries', 'states'].includes(noun) ? 'nations' : noun;
  emitGroup(ctx, { first: at, last: at + 3, sentence }, `${part.text} ${adj.text} ${head}`);
  return true;
}

function collectiveNoun(ctx: ScanContext, at: number): boolean {
  const t = ctx.token(at);
  // Not "the first African women's team": an owner, not the group itself.
  return t !== undefined && !t.cap && !t.poss && ctx.lex.groupNouns.has(t.text);
}

/** A lower-case word that may modify the collective noun after it: no function word, no hyphen. */
function modifierNoun(ctx: ScanContext, at: number): boolean {
  const t = ctx.token(at);
  return (
    t !== undefined &&
    t.word &&
    !t.cap &&
    /^\p{Ll}{3,}$/u.test(t.text) &&
    !ctx.lex.stopwords.has(t.text) &&
    !ctx.isGlue(at + 1) &&
    collectiveNoun(ctx, at + 1)
  );
}

/**
 * "Rohingya insurgents", "The Tamil rebels": a smaller people's armed collective
 * (armed-peoples.json), after a capitalised function word opening the sentence too.
 */
function armedGroup(ctx: ScanContext, at: number, sentence: number): boolean {
  const i = ctx.sentenceInitial(at) && ctx.lex.stopwords.has(ctx.lower(at)) ? at + 1 : at;
  const adjective = ctx.token(i)?.text ?? '';
  if (!armedPeopleAt(adjective, ctx.token(i + 1)?.text ?? '')) return false;
  emitGroup(ctx, { first: i, last: i + 2, sentence }, `${adjective} ${ctx.lower(i + 1)}`);
  return true;
}

/** A Group over the chunk, its id from `key`; named `name`, else as written. */
function emitGroup(ctx: ScanContext, chunk: Chunk, key: string, name?: string): void {
  const span = ctx.span(chunk.first, chunk.last);
  ctx.emit({
    start: span.start,
    end: span.end,
    text: span.text,
    ...chunk,
    type: 'Group',
    kind: 'name',
    id: entityId('Group', key),
    name: name ?? span.text,
  });
}

let table: ReadonlyMap<string, string> | undefined;
let adherent: RegExp | undefined;

function load(): ReadonlyMap<string, string> {
  const parsed = parseBundled(PeoplesSchema, peoplesJson, 'peoples.json');
  adherent = new RegExp(`^\\p{Lu}\\p{Ll}{2,}(?:${parsed.adherentSuffixes.join('|')})$`, 'u');
  return new Map(parsed.peoples);
}

/** Plural as written → canonical name of the people, faith or movement (lexicon/data/peoples.json). */
export function peoples(): ReadonlyMap<string, string> {
  table ??= load();
  return table;
}

/**
 * "Peronists", "Brexiteers", "Trotskyites": a capitalised plural with a follower's ending
 * (peoples.json adherentSuffixes) that names no one: not on the list of people's names ("Evans"),
 * not a word news writes in lower case ("Scientists", "Separatists" opening a sentence) and not a
 * kind of person WordNet writes in lower case ("Physicians", "Musicians").
 */
function adherentPlural(word: string): boolean {
  peoples();
  if (adherent === undefined || !adherent.test(word) || peopleNames().has(word)) return false;
  const lower = word.toLowerCase();
  const singular = lower.slice(0, -1);
  const common = truecaseWords().lower;
  return (
    !common.has(lower) &&
    !common.has(singular) &&
    !personNouns().has(lower) &&
    !personNouns().has(singular)
  );
}

/**
 * "the Kurds", "Muslims", "the Peronists": a people, faith or movement named in the plural, an
 * unnamed collective actor (a Group). Not where it starts a longer capitalised name or a listed phrase ("Christians
 * United") or is glued to a hyphen ("Arabs-only"): there it is part of something else.
 */
export function peopleGroup(ctx: ScanContext, at: number, sentence: number): boolean {
  const i = ctx.token(at)?.text === 'The' ? at + 1 : at;
  const t = ctx.token(i);
  const listed = t === undefined ? undefined : peoples().get(t.text);
  // In a sports report a plural so named is a club ("Airdrieonians 2 Dundee 1").
  // Not the last word of a longer name ("Council of Americans and Eurasians").
  const joined = /^(?:and|of|&)$/.test(ctx.lower(i - 1)) && ctx.isCap(i - 2);
  const followers =
    listed === undefined &&
    ctx.sports === undefined &&
    !joined &&
    t !== undefined &&
    adherentPlural(t.text);
  const name = listed ?? (followers ? t.text : undefined);
  if (name === undefined || ctx.isCap(i + 1) || ctx.isGlue(i + 1)) return false;
  if (ctx.lex.phrases.longest(ctx.tokens, i, ctx.sentenceLast) !== undefined) return false;
  emitGroup(ctx, { first: i, last: i + 1, sentence }, name, name);
  return true;
}

/**
 * "Conservative Christians", "Liberal Muslims", "Evangelical Christians": a people or faith in the
 * plural after a capitalised adjective of creed or politics is one collective actor (a Group of
 * both words), not a party ("Conservative" alone names one) nor a person.
 */
export function qualifiedPeopleGroup(ctx: ScanContext, at: number, sentence: number): boolean {
  const adj = ctx.token(at);
  // The cheap test first: the adjective list, then the peoples' table.
  if (adj === undefined || !ctx.lex.nameAdjectives.has(adj.text)) return false;
  const t = ctx.token(at + 1);
  const people = t === undefined ? undefined : peoples().get(t.text);
  if (people === undefined || ctx.isCap(at + 2) || ctx.isGlue(at + 2)) return false;
  const name = `${adj.text} ${people}`;
  emitGroup(ctx, { first: at, last: at + 2, sentence }, name, name);
  return true;
}
