import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import { parseSentence } from '../syntax/index.js';
import type { ActorRef, ArticleContext } from './article-context.js';
import { endCertainty } from './confidence.js';
import type { CueForm } from './cue-lexicon.js';
import { isStance } from './structural.js';
import { describedNoun, describedWords } from './described-body.js';
import type { FrameEnv } from './frame-env.js';
import { quoteAt } from './sentence-view.js';
import type { Side } from './subject.js';
import { isAdverb } from './word-classes.js';
import type { Mention } from '../types.js';
import anaphorJson from './state-anaphor.json' with { type: 'json' };

const StateAnaphorSchema = z.object({
  description: z.string(),
  stateNouns: z.array(LowerWord).min(1),
  stateModifiers: z.array(LowerWord).min(1),
});

export interface StateAnaphorWords {
  /** "the country", "the kingdom": nouns that refer back to a state. */
  stateNouns: ReadonlySet<string>;
  /** "the island nation": words that may stand between "the" and such a noun. */
  stateModifiers: ReadonlySet<string>;
}

let cached: StateAnaphorWords | undefined;

/** The word lists of state-anaphor.json, validated once. */
export function stateAnaphorWords(): StateAnaphorWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(StateAnaphorSchema, anaphorJson, 'relations/state-anaphor.json');
  cached = { stateNouns: new Set(lists.stateNouns), stateModifiers: new Set(lists.stateModifiers) };
  return cached;
}

/** How many sentences back the state "the country" means may have been named. */
const SENTENCES_BACK = 3;

type Env = Pick<FrameEnv, 'ctx' | 'cues' | 'view'>;

/**
 * "Iran tested a missile. The country criticised Y", "X said the island nation had condemned Y":
 * "the" and a state noun (a listed modifier at most between) opening the clause right before the
 * verb act for the state named last before it, in this sentence or up to three before (across at
 * most one paragraph break), outside quotations. Nothing when the sentence naming it names
 * another state too, or when the phrase stands in a quotation.
 */
export function stateNounSubject(env: Env, verb: number): Side | undefined {
  const { view } = env;
  const words = stateAnaphorWords();
  const t = describedNoun(env, verb, 1);
  if (t < 0 || !words.stateNouns.has(view.words[t] ?? '')) return undefined;
  const the = view.words[t - 1] === 'the' ? t - 1 : t - 2;
  if (the !== t - 1 && !words.stateModifiers.has(view.words[t - 1] ?? '')) return undefined;
  const at = view.tokens[the]?.start ?? view.sentence.start;
  if (quoteAt(view, at) !== undefined) return undefined;
  const state = stateBefore(env.ctx, view.sentence.index, at);
  if (state === undefined) return undefined;
  return {
    actors: [state],
    firstToken: the,
    lastToken: t,
    certainty: endCertainty('described-body'),
  };
}

/** The one state named last before offset `at`, or undefined. */
function stateBefore(ctx: ArticleContext, sentence: number, at: number): ActorRef | undefined {
  const sentences = ctx.analysis.sentences;
  const paragraph = sentences[sentence]?.paragraph ?? 0;
  for (let s = sentence; s >= Math.max(0, sentence - SENTENCES_BACK); s--) {
    if ((sentences[s]?.paragraph ?? 0) < paragraph - 1) return undefined;
    const mentions = (ctx.mentionsBySentence.get(s) ?? []).filter(
      (m) => m.start < at && m.type === 'State' && !quoted(ctx, m),
    );
    const last = mentions.at(-1);
    if (last === undefined) continue;
    if (mentions.some((m) => m.entityId !== last.entityId)) return undefined;
    return ctx.actor(last.entityId);
  }
  return undefined;
}

const AFTER_IT: ReadonlySet<string> = new Set(['and', 'but', ';']);

/**
 * "Iran tested a missile on Monday. It criticised Y", "... and it condemned Y": "it" opening the
 * sentence (or a clause after "and", "but", ";") right before the verb, auxiliaries and adverbs
 * between, acts for the state or organization that is the subject of the clause before: the
 * current sentence's when "it" follows an actor there, else the previous sentence's. Only when
 * no other state or organization heads a phrase of that stretch, its subject is that actor's name itself
 * (not "Iran's minister"), and nothing is quoted around "it". "It is", "it was" never reach
 * here: no such verb is a stance verb's auxiliary.
 */
export function itSubject(env: Env, verb: number): Side | undefined {
  const { view, ctx } = env;
  let t = verb - 1;
  while (t >= 0 && (GAP.has(view.words[t] ?? '') || isAdverb(view.words[t] ?? ''))) t--;
  if (view.words[t] !== 'it') return undefined;
  if (t > 0 && !AFTER_IT.has(view.words[t - 1] ?? '')) return undefined;
  const at = view.tokens[t]?.start ?? view.sentence.start;
  if (quoteAt(view, at) !== undefined) return undefined;
  // Mid-sentence, the clause before "it" must name its actor: "Iran tested X, and it ...".
  const own = t > 0;
  if (own && !view.units.some((u) => u.actor !== undefined && u.lastToken < t)) return undefined;
  const index = own ? view.sentence.index : view.sentence.index - 1;
  const sentence = ctx.analysis.sentences[index];
  if (sentence === undefined) return undefined;
  const actor = clauseActor(ctx, index, own ? at : sentence.end);
  if (actor === undefined) return undefined;
  return {
    actors: [actor],
    firstToken: t,
    lastToken: t,
    certainty: endCertainty('previous-actor'),
  };
}

const GAP = describedWords().subjectGap;

/**
 * The state or organization sentence `index` names first before offset `end`, when it heads the
 * subject of the first finite verb there and no other state or organization is named before that
 * verb or heads a phrase after it: "China summoned the US envoy" keeps China (the US only
 * describes the object), "China met France" gives nothing.
 */
function clauseActor(ctx: ArticleContext, index: number, end: number): ActorRef | undefined {
  const sentence = ctx.analysis.sentences[index];
  if (sentence === undefined) return undefined;
  const bodies = (ctx.mentionsBySentence.get(index) ?? []).filter(
    (m) => m.start < end && (m.type === 'State' || m.type === 'Organization'),
  );
  const first = bodies[0];
  if (first === undefined || quoted(ctx, first)) return undefined;
  // Read on this rare path only: a stance verb whose subject is "it".
  const syntax = parseSentence(ctx.analysis.text, sentence.start, Math.min(end, sentence.end));
  const verb = syntax.verbs.find((v) => !v.infinitive && v.subject.length > 0);
  if (verb === undefined || verb.subject.length !== 1) return undefined;
  const phrase = syntax.phrases[verb.subject[0] ?? -1];
  const head = syntax.tokens[phrase?.head ?? -1];
  if (head === undefined || head.start < first.start || head.end > first.end) return undefined;
  const verbStart = syntax.tokens[verb.start]?.start ?? end;
  // Another body may only describe a later phrase ("the US envoy"), never head one ("met France").
  const heads = (m: Mention): boolean =>
    syntax.phrases.some((p) => {
      const token = syntax.tokens[p.head];
      return token !== undefined && token.start >= m.start && token.end <= m.end;
    });
  const other = (m: Mention): boolean =>
    m.entityId !== first.entityId && (m.start < verbStart || heads(m));
  if (bodies.some(other)) return undefined;
  return ctx.actor(first.entityId);
}

function quoted(ctx: ArticleContext, m: Mention): boolean {
  return (ctx.quotesBySentence.get(m.sentence) ?? []).some(
    (q) => q.start <= m.start && m.end <= q.end,
  );
}

/** "The country criticised Y" or "It criticised Y": the state or organization referred back to. */
export function anaphorSubject(env: Env, verb: number, form: CueForm): Side | undefined {
  if (!isStance(form.family.relation)) return undefined;
  return stateNounSubject(env, verb) ?? itSubject(env, verb);
}
