import { z } from 'zod';
import { givenNameGender } from '../stages/name-gender.js';
import { speakerWords, type Gender } from '../lexicon/speaker-words.js';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import type { ActorRef, ArticleContext } from './article-context.js';
import antecedentJson from './pronoun-antecedent.json' with { type: 'json' };

const AntecedentWordsSchema = z.object({
  description: z.string(),
  unnamedPeople: z.array(LowerWord).min(1),
});

let unnamed: ReadonlySet<string> | undefined;

/** Nouns that may bring in an unnamed person (pronoun-antecedent.json), validated once. */
export function unnamedPeople(): ReadonlySet<string> {
  unnamed ??= new Set(
    parseWordLists(AntecedentWordsSchema, antecedentJson, 'relations/pronoun-antecedent.json')
      .unnamedPeople,
  );
  return unnamed;
}

/** How many sentences back a "he"/"she" looks, past sentences that name no person. */
const SENTENCES_BACK = 3;

const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'],
  ['she', 'female'],
]);

/**
 * The person a "he"/"she" opening a clause of sentence `sentence` refers to, when the sentence
 * names no one before it: the one person of the nearest earlier sentence that names any person
 * (a name, or the speaker of a quote it holds), whose given name does not contradict the
 * pronoun ("Ana Ruiz met Tom Lund. She ..." is Ruiz). Up to three sentences back, across no
 * more than one paragraph break; the sentence right before counts whatever its paragraph. Inside
 * a quotation only that sentence is read: a quote's "he" often means someone the speaker has in
 * mind. Nothing when the nearest such sentence names two people who fit, or when a sentence
 * passed over brings in someone unnamed ("An aide arrived. He ...").
 */
export function pronounAntecedent(
  ctx: ArticleContext,
  sentence: number,
  pronoun: string,
  quoted: boolean,
): ActorRef | undefined {
  const gender = PRONOUN_GENDER.get(pronoun);
  return gender === undefined ? undefined : recentPerson(ctx, sentence, gender, quoted);
}

/**
 * The one person of the nearest earlier sentence naming people who fits `gender` ('person': any),
 * as `pronounAntecedent` reads it; also for a description such as "the billionaire".
 */
export function recentPerson(
  ctx: ArticleContext,
  sentence: number,
  gender: Gender | 'person',
  quoted: boolean,
): ActorRef | undefined {
  // Every frame asks for its cue's subject: one pronoun is read many times.
  let known = answers.get(ctx);
  if (known === undefined) answers.set(ctx, (known = new Map<string, ActorRef | null>()));
  const key = `${sentence} ${gender} ${quoted}`;
  let found = known.get(key);
  if (found === undefined)
    known.set(key, (found = lookBack(ctx, sentence, gender, quoted) ?? null));
  return found ?? undefined;
}

const answers = new WeakMap<ArticleContext, Map<string, ActorRef | null>>();

function lookBack(
  ctx: ArticleContext,
  sentence: number,
  gender: Gender | 'person',
  quoted: boolean,
): ActorRef | undefined {
  const sentences = ctx.analysis.sentences;
  const paragraph = sentences[sentence]?.paragraph ?? 0;
  const last = quoted ? sentence - 1 : Math.max(0, sentence - SENTENCES_BACK);
  for (let s = sentence - 1; s >= last; s--) {
    const at = sentences[s];
    if (at === undefined || (s < sentence - 1 && at.paragraph < paragraph - 1)) return undefined;
    const people = peopleOf(ctx, s);
    if (people.size === 0) {
      if (bringsInSomeone(ctx, s)) return undefined;
      continue;
    }
    let found: string | undefined;
    for (const id of people) {
      if (!fits(ctx, id, gender)) continue;
      if (found !== undefined) return undefined;
      found = id;
    }
    if (found === undefined || pronounBeforeName(ctx, s, found, gender)) return undefined;
    return ctx.actor(found);
  }
  return undefined;
}

const GENDER_PRONOUNS: Readonly<Record<Gender | 'person', RegExp>> = {
  male: /\b(?:he|him|his)\b/iu,
  female: /\b(?:she|her)\b/iu,
  person: /\b(?:he|him|his|she|her)\b/iu,
};

/**
 * "This year, he rose to the defence of Tom Lund. And he ...": a pronoun of the same gender
 * before the sentence names its person is someone named earlier still, so a later "he" may be
 * either of the two. Read on this rare path only.
 */
function pronounBeforeName(
  ctx: ArticleContext,
  s: number,
  id: string,
  gender: Gender | 'person',
): boolean {
  const sentence = ctx.analysis.sentences[s];
  const named = (ctx.mentionsBySentence.get(s) ?? []).find((m) => m.entityId === id);
  if (sentence === undefined || named === undefined) return false;
  return GENDER_PRONOUNS[gender].test(ctx.analysis.text.slice(sentence.start, named.start));
}

/** The people sentence `s` names, and the people speaking in its quotes. */
function peopleOf(ctx: ArticleContext, s: number): Set<string> {
  const people = new Set<string>();
  for (const mention of ctx.mentionsBySentence.get(s) ?? [])
    if (mention.type === 'Person') people.add(mention.entityId);
  for (const quote of ctx.quotesBySentence.get(s) ?? [])
    if (ctx.entities.get(quote.speakerId)?.type === 'Person') people.add(quote.speakerId);
  return people;
}

/** No given name of the other gender: "Tom Lund" is no "she"; "Lund" may be either. */
function fits(ctx: ArticleContext, id: string, gender: Gender | 'person'): boolean {
  if (gender === 'person') return true;
  const given = givenNameGender(speakerWords(), ctx.entities.get(id)?.name ?? '');
  return given === undefined || given === gender;
}

/** How many words may stand between "a"/"an" and the noun it brings in ("a senior police officer"). */
const INDEFINITE_REACH = 3;

/**
 * Whether sentence `s`, which names no person, brings in someone unnamed: "a"/"an"/"another" and,
 * a few words on, a noun for a person ("A police officer was hurt", "an aide said"). "The Russian
 * leader" refers back to someone named, and is passed over. Read from its text on this rare path
 * only: a pronoun subject whose sentence before names no one.
 */
function bringsInSomeone(ctx: ArticleContext, s: number): boolean {
  const sentence = ctx.analysis.sentences[s];
  if (sentence === undefined) return false;
  const words = speakerWords();
  const nouns = unnamedPeople();
  const text = ctx.analysis.text.slice(sentence.start, sentence.end).toLowerCase();
  let since = Infinity;
  for (const [word] of text.matchAll(/\p{Ll}+/gu)) {
    if (words.indefinites.has(word)) {
      since = 0;
      continue;
    }
    since++;
    if (since > INDEFINITE_REACH) continue;
    if (nouns.has(word) || words.referringNouns.has(word) || words.spokesNouns.has(word))
      return true;
  }
  return false;
}
