import { z } from 'zod';
import { speakerWords } from '../lexicon/speaker-words.js';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import type { ArticleContext } from './article-context.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import type { FrameEnv } from './frame-env.js';
import { isStance } from './structural.js';
import type { Mention } from '../types.js';
import type { Side } from './subject.js';
import { endCertainty } from './confidence.js';
import { isAdverb } from './word-classes.js';
import { organizationKind } from './title-generic.js';
import bodyJson from './described-body.json' with { type: 'json' };

const DescribedBodySchema = z.object({
  description: z.string(),
  genericNouns: z.record(LowerWord, z.array(LowerWord).min(1)),
  otherHolders: z.array(LowerWord).min(1),
  subjectGap: z.array(LowerWord).min(1),
  clauseOpeners: z.array(LowerWord).min(1),
});

export interface DescribedWords {
  /** Noun → the organization kinds it may refer to ("company" → company, media). */
  genericNouns: ReadonlyMap<string, ReadonlySet<string>>;
  /** "former", "new": before a referring noun, someone other than the person named last. */
  otherHolders: ReadonlySet<string>;
  /** "the agency has also condemned": between the phrase and its verb, besides adverbs. */
  subjectGap: ReadonlySet<string>;
  /** "said that the agency rejected": words after which the phrase opens a clause. */
  clauseOpeners: ReadonlySet<string>;
}

let cached: DescribedWords | undefined;

/** The word lists of described-body.json, validated once. */
export function describedWords(): DescribedWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(DescribedBodySchema, bodyJson, 'relations/described-body.json');
  cached = {
    genericNouns: new Map(
      Object.entries(lists.genericNouns).map(([noun, kinds]) => [noun, new Set(kinds)]),
    ),
    otherHolders: new Set(lists.otherHolders),
    subjectGap: new Set(lists.subjectGap),
    clauseOpeners: new Set(lists.clauseOpeners),
  };
  return cached;
}

/** How many sentences back the organization a description means may have been named. */
const SENTENCES_BACK = 3;

/**
 * "The company criticised Y", "X said the agency had rejected Y": "the" and an organization's
 * noun opening the clause right before the verb (auxiliaries and adverbs between) act for the
 * organization named last, in this sentence or up to three before it (across at most one
 * paragraph break), outside quotations. A noun of `genericNouns` fits it when it opened one of
 * those sentences and is no government body; any other noun when its name ends in the noun
 * ("the Food Safety Agency" ... "the agency"). Nothing when the last one named does not fit.
 */
export function describedBodySubject(
  env: Pick<FrameEnv, 'ctx' | 'cues' | 'view'>,
  verb: number,
): Side | undefined {
  const t = describedNoun(env, verb);
  const noun = env.view.words[t] ?? '';
  if (env.view.words[t - 1] !== 'the' || !speakerWords().organizationNouns.has(noun))
    return undefined;
  const at = env.view.tokens[t - 1]?.start ?? env.view.sentence.start;
  const body = describedBody(env.ctx, env.view.sentence.index, at, noun);
  const actor = body === undefined ? undefined : env.ctx.actor(body);
  if (actor === undefined) return undefined;
  return {
    actors: [actor],
    firstToken: t - 1,
    lastToken: t,
    certainty: endCertainty('described-body'),
  };
}

/**
 * The token of the noun heading the phrase right before `verb` (auxiliaries and adverbs between),
 * when a phrase there opens its clause with "the" within `modifiers` + 1 words before the noun
 * and holds no actor's name; else -1.
 */
export function describedNoun(
  env: Pick<FrameEnv, 'cues' | 'view'>,
  verb: number,
  modifiers = 0,
): number {
  const { view, cues } = env;
  let t = verb - 1;
  while (t >= 0 && (AUXILIARIES.has(view.words[t] ?? '') || isAdverb(view.words[t] ?? ''))) t--;
  let the = t - 1;
  while (the > t - 1 - modifiers && the >= 0 && view.words[the] !== 'the') the--;
  if (view.words[the] !== 'the') return -1;
  for (let k = the + 1; k <= t; k++) if ((view.unitAt[k] ?? -1) >= 0) return -1;
  const before = view.words[the - 1];
  const opens =
    before === undefined || CLAUSE_OPENERS.has(before) || cues.context.speechVerbs.has(before);
  return opens ? t : -1;
}

const AUXILIARIES = describedWords().subjectGap;
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ',',
  '"',
  '“',
  ...describedWords().clauseOpeners,
]);

/** The organization named last before offset `at`, when `noun` may refer to it. */
export function describedBody(
  ctx: ArticleContext,
  sentence: number,
  at: number,
  noun: string,
): string | undefined {
  const sentences = ctx.analysis.sentences;
  const paragraph = sentences[sentence]?.paragraph ?? 0;
  const last = Math.max(0, sentence - SENTENCES_BACK);
  for (let s = sentence; s >= last; s--) {
    if ((sentences[s]?.paragraph ?? 0) < paragraph - 1) break;
    const mentions = ctx.mentionsBySentence.get(s) ?? [];
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i];
      if (m === undefined || m.start >= at || m.type !== 'Organization' || quoted(ctx, m)) continue;
      if (fits(ctx, m, noun, sentence)) return m.entityId;
      // "a European Commission plan ... EU ministers ... the Commission": a name the noun
      // heads may stand behind another body named since.
      return headedBody(ctx, at, noun);
    }
  }
  return headedBody(ctx, at, noun);
}

/**
 * The one organization named before `at` whose name (of more than one word) `noun` heads ("the
 * Commission" for a European Commission named paragraphs before); undefined for none or two.
 */
function headedBody(ctx: ArticleContext, at: number, noun: string): string | undefined {
  let found: string | undefined;
  for (const m of ctx.analysis.mentions) {
    if (m.start >= at) continue;
    if (m.type !== 'Organization' || headOf(m) !== noun || quoted(ctx, m)) continue;
    if (found !== undefined && found !== m.entityId) return undefined;
    found = m.entityId;
  }
  return found;
}

/** "European Commission" → "commission", "Court of Justice" → "court"; undefined for one word. */
function headOf(m: Mention): string | undefined {
  const words = m.text.toLowerCase().split(/\s+/);
  if (words.length < 2) return undefined;
  const of = words.indexOf('of');
  return of > 0 ? words[of - 1] : words.at(-1);
}

function fits(ctx: ArticleContext, m: Mention, noun: string, sentence: number): boolean {
  if (headOf(m) === noun) return true;
  const kinds = describedWords().genericNouns.get(noun);
  if (kinds === undefined || ctx.isGovernmentBody(m.entityId)) return false;
  const kind = organizationKind(ctx.entities.get(m.entityId));
  if (kind !== undefined && !kinds.has(kind)) return false;
  return opensRecentSentence(ctx, m.entityId, sentence);
}

/** Whether `id` opens (after "The" at most) one of the few sentences up to `sentence`. */
function opensRecentSentence(ctx: ArticleContext, id: string, sentence: number): boolean {
  const { sentences, text } = ctx.analysis;
  for (let s = sentence; s >= Math.max(0, sentence - SENTENCES_BACK); s--) {
    const first = ctx.mentionsBySentence.get(s)?.[0];
    const start = sentences[s]?.start;
    if (first === undefined || start === undefined || first.entityId !== id) continue;
    const lead = text.slice(start, first.start).trim();
    if (lead === '' || lead === 'The') return true;
  }
  return false;
}

function quoted(ctx: ArticleContext, m: Mention): boolean {
  return (ctx.quotesBySentence.get(m.sentence) ?? []).some(
    (q) => q.start <= m.start && m.end <= q.end,
  );
}

/**
 * "X criticised the ministry", "X regretted the agency's decision": "the" and an organization's
 * noun right after a stance verb are aimed at the organization it refers back to, as a subject
 * there would be ("the ministry of defence" names its own).
 */
export function describedBodyTarget(env: FrameEnv, hit: CueHit, form: CueForm): Side | undefined {
  if (form.via !== undefined || !isStance(form.family.relation)) return undefined;
  const { view } = env;
  const the = hit.endToken;
  const noun = view.words[the + 1] ?? '';
  if (view.words[the] !== 'the' || !speakerWords().organizationNouns.has(noun)) return undefined;
  if ((view.unitAt[the + 1] ?? -1) >= 0 || view.words[the + 2] === 'of') return undefined;
  const at = view.tokens[the]?.start ?? view.sentence.start;
  const body = describedBody(env.ctx, view.sentence.index, at, noun);
  const actor = body === undefined ? undefined : env.ctx.actor(body);
  if (actor === undefined) return undefined;
  return {
    actors: [actor],
    firstToken: the,
    lastToken: the + 1,
    certainty: endCertainty('described-body'),
  };
}
