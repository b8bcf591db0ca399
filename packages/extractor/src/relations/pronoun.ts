import type { ActorRef, ArticleContext } from './article-context.js';
import type { CompiledCues } from './cue-lexicon.js';
import type { SentenceView, Unit } from './sentence-view.js';
import { OBJECT_PRONOUNS } from './word-classes.js';

/**
 * "When Ms. Lee took office, she was criticised by ...", "Lee never said so, and she has
 * endorsed ...": a "he"/"she" opening a later clause of the sentence is the one person named
 * before it in the same sentence. Not across a speech verb or "that" ("X said that she ...":
 * the reported clause may be about anyone). Undefined when none or several are named there.
 */
export function earlierPerson(
  view: SentenceView,
  cues: CompiledCues,
  pronoun: number,
): ActorRef | undefined {
  const people = new Map<string, ActorRef>();
  let last = -1;
  for (const unit of view.units) {
    if (unit.lastToken >= pronoun) break;
    if (unit.actor?.type !== 'Person') continue;
    people.set(unit.actor.id, unit.actor);
    last = unit.lastToken;
  }
  const [only] = people.values();
  if (people.size !== 1 || only === undefined) return undefined;
  for (let t = last + 1; t < pronoun; t++) {
    const word = view.words[t] ?? '';
    if (word === 'that' || cues.context.speechVerbs.has(word)) return undefined;
  }
  return only;
}

/**
 * True when the sentence names a person before the pronoun: a "he"/"she" there is not read as
 * the previous sentence's person, even when the sentence's own people leave it ambiguous.
 */
export function personBefore(view: SentenceView, pronoun: number): boolean {
  return view.units.some((unit) => unit.lastToken < pronoun && unit.actor?.type === 'Person');
}

/**
 * "X accused them of siding with Y", "X praised him for backing Y": a gerund after "of"/"for"
 * whose doer is an object pronoun has that pronoun as its subject, not the clause's subject.
 */
export function pronounDoesGerund(view: SentenceView, cueToken: number): boolean {
  const word = view.words[cueToken] ?? '';
  const link = view.words[cueToken - 1] ?? '';
  return (
    word.endsWith('ing') &&
    (link === 'of' || link === 'for') &&
    OBJECT_PRONOUNS.has(view.words[cueToken - 2] ?? '')
  );
}

/** In X's quote, a "he"/"she" read as X is someone else: X says "I". */
export function speakerAsThird(
  view: SentenceView,
  unit: Unit,
  speakerId: string | undefined,
): boolean {
  if (speakerId === undefined || unit.actor?.id !== speakerId) return false;
  const word = view.words[unit.firstToken];
  return unit.firstToken === unit.lastToken && (word === 'he' || word === 'she');
}

/** The only person named in the previous sentence, if exactly one is. */
export function previousPerson(ctx: ArticleContext, sentence: number): ActorRef | undefined {
  const people = new Set<string>();
  for (const mention of ctx.mentionsBySentence.get(sentence - 1) ?? []) {
    if (mention.type === 'Person') people.add(mention.entityId);
  }
  const [only] = people;
  return people.size === 1 && only !== undefined ? ctx.actor(only) : undefined;
}
