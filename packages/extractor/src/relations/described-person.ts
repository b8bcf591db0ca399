import { speakerWords } from '../lexicon/speaker-words.js';
import { describedNoun, describedWords } from './described-body.js';
import type { ArticleContext } from './article-context.js';
import type { FrameEnv } from './frame-env.js';
import { personBefore } from './pronoun.js';
import { recentPerson } from './pronoun-antecedent.js';
import { capitalisedAt, quoteAt } from './sentence-view.js';
import type { Side } from './subject.js';
import { endCertainty } from './confidence.js';

/** Lower-case words that may describe the person between "the" and the noun ("the real estate mogul"). */
const MODIFIERS = 3;

/**
 * "The billionaire attacked Y", "the outspoken senator criticised Y": "the", up to three lower-case
 * words and a noun that refers back to someone named (the speaker words' referring nouns),
 * opening the clause right before the verb, act for the person a "he"/"she" there would be: the
 * one person of the nearest sentence before that names people (`recentPerson`), of the noun's
 * gender. Not in a quotation, not after a person named earlier in the sentence, and not with a
 * word that makes someone else of the holder ("the former president", `otherHolders`) or a
 * capitalised modifier ("the Republican nominee"), which may name another side. A noun that is an
 * office ("the senator", "the minister") needs a person the article gives that title.
 */
export function describedPersonSubject(env: FrameEnv, verb: number): Side | undefined {
  const { view, ctx } = env;
  const noun = describedNoun(env, verb, MODIFIERS);
  const kind = speakerWords().referringNouns.get(view.words[noun] ?? '');
  if (kind === undefined) return undefined;
  let the = noun - 1;
  for (; view.words[the] !== 'the'; the--) {
    const word = view.words[the] ?? '';
    if (capitalisedAt(view, the) || !/^\p{Ll}+$/u.test(word)) return undefined;
    if (describedWords().otherHolders.has(word)) return undefined;
  }
  if (quoteAt(view, view.tokens[the]?.start ?? -1) !== undefined) return undefined;
  if (personBefore(view, the)) return undefined;
  const person = recentPerson(ctx, view.sentence.index, kind, false);
  if (person === undefined) return undefined;
  // "the senator" is someone the article calls a senator; "the billionaire" needs no title.
  if (env.cues.titles.has(view.words[noun] ?? '') && !holdsTitle(ctx, person.id, view.words[noun]))
    return undefined;
  return {
    actors: [person],
    firstToken: the,
    lastToken: noun,
    certainty: endCertainty('he-she'),
  };
}

const titlesByPerson = new WeakMap<ArticleContext, Map<string, string[]>>();

/** Whether a mention of person `id` carries a title with the word `noun` ("Senator", "Foreign Minister"). */
function holdsTitle(ctx: ArticleContext, id: string, noun: string | undefined): boolean {
  let titles = titlesByPerson.get(ctx);
  if (titles === undefined) {
    titles = new Map();
    for (const m of ctx.analysis.mentions) {
      if (m.role === undefined) continue;
      const list = titles.get(m.entityId) ?? [];
      list.push(m.role.title.toLowerCase());
      titles.set(m.entityId, list);
    }
    titlesByPerson.set(ctx, titles);
  }
  return (titles.get(id) ?? []).some((title) => title.split(/\s+/).includes(noun ?? ''));
}
