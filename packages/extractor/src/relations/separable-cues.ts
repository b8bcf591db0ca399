import type { CueFamily, CueLexicon } from './cue-lexicon-schema.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { inflectVerb } from './inflect.js';
import { modifierSlotEnds } from './modifier-slot.js';
import { phraseWords } from './phrase-set.js';
import type { SentenceView } from './sentence-view.js';
import { OBJECT_PRONOUNS, POSSESSIVES } from './word-classes.js';

/**
 * A separable cue's form, by its verb: the words after the verb and before the object ("to" of
 * "came to Y's defence"), then what follows the object: a particle ("called Y out") or a noun
 * the object owns ("Y's defence").
 */
export interface SeparableForm {
  form: CueForm;
  lead: readonly string[];
  /** Each a word sequence that may follow the object. */
  tails: readonly (readonly string[])[];
  /** The object is a possessor: "'s" or "'" stands between it and the tail. */
  possessive: boolean;
  /** Closed-class words a modifier of the owned noun may be ("Y's latest request"). */
  modifierWords: ReadonlySet<string>;
}

/**
 * The verb forms of the families with a `particle` ("call" + "out": "called Y out") or
 * `possessed` nouns ("come to" + "defence": "came to Y's defence"), by surface. They are kept
 * out of the phrase index, so the bare verb is never a cue by itself.
 */
export function separableForms(lexicon: CueLexicon): Map<string, SeparableForm[]> {
  const forms = new Map<string, SeparableForm[]>();
  const modifierWords = new Set(lexicon.context.modifierSlotWords);
  for (const family of lexicon.families) {
    const tails =
      family.possessed ??
      family.particles ??
      (family.particle === undefined ? [] : [family.particle]);
    if (tails.length === 0) continue;
    const shape = {
      tails: tails.map(phraseWords),
      possessive: family.possessed !== undefined,
      modifierWords,
    };
    for (const entry of family.cues) {
      const cue = typeof entry === 'string' ? { cue: entry } : entry;
      const [lemma = cue.cue, ...lead] = cue.cue.split(' ');
      for (const { word, shape: verb } of inflectVerb(lemma, lexicon.irregularVerbs[lemma])) {
        const form = formOf(family, cue.weight ?? family.weight, verb);
        forms.set(word, [...(forms.get(word) ?? []), { form, lead, ...shape }]);
      }
    }
  }
  return forms;
}

function formOf(family: CueFamily, weight: number, shape: CueForm['shape']): CueForm {
  return { family, weight, via: undefined, shape };
}

/**
 * The separable cue at token `i` when its object and then its particle or possessed noun
 * follow: an actor (after at most "the") or an object pronoun, then the tail ("called Y out",
 * "took him to task", "came to Y's defence"). Undefined otherwise, and the token reads as usual.
 */
export function separableHit(
  separable: ReadonlyMap<string, readonly SeparableForm[]>,
  view: SentenceView,
  i: number,
): CueHit | undefined {
  const candidates = separable.get(view.words[i] ?? '');
  return candidates === undefined ? undefined : separableHitOf(candidates, view, i);
}

/** {@link separableHit} from the forms of the verb at token `i`, already looked up. */
export function separableHitOf(
  candidates: readonly SeparableForm[],
  view: SentenceView,
  i: number,
): CueHit | undefined {
  let forms: CueForm[] | undefined;
  let last = i;
  for (const candidate of candidates) {
    if (!wordsFrom(candidate.lead, view.words, i + 1)) continue;
    const at = i + 1 + candidate.lead.length;
    if (!followedByTail(view, candidate, objectEnd(view, at, candidate.possessive))) continue;
    (forms ??= []).push(candidate.form);
    last = Math.max(last, at - 1);
  }
  if (forms === undefined) return undefined;
  const start = view.tokens[i]?.start ?? view.sentence.end;
  const end = view.tokens[last]?.end ?? view.sentence.end;
  return { start, end, startToken: i, endToken: last + 1, forms, glued: undefined };
}

/** The token after the object at `t` (an actor unit, perhaps after "the", or a pronoun); -1 if none. */
function objectEnd(view: SentenceView, t: number, possessive: boolean): number {
  if (!possessive && OBJECT_PRONOUNS.has(view.words[t] ?? '')) return t + 1;
  const at = view.words[t] === 'the' ? t + 1 : t;
  const unit = view.units[view.unitAt[at] ?? -1];
  return unit?.actor !== undefined && unit.firstToken === at ? unit.lastToken + 1 : -1;
}

function followedByTail(view: SentenceView, candidate: SeparableForm, after: number): boolean {
  if (after < 0) return false;
  if (!candidate.possessive)
    return candidate.tails.some((tail) => wordsFrom(tail, view.words, after));
  if (!POSSESSIVES.has(view.words[after] ?? '')) return false;
  // The owned noun may take lower-case modifiers of its own ("refused Y's latest request", "came
  // to Y's spirited defence"): the modifier slot's words, so no name and no "'s" ("Y's son's request").
  const starts = [after + 1, ...modifierSlotEnds(view, after + 1, candidate.modifierWords)];
  return starts.some((from) => candidate.tails.some((tail) => wordsFrom(tail, view.words, from)));
}

function wordsFrom(phrase: readonly string[], words: readonly string[], i: number): boolean {
  for (let k = 0; k < phrase.length; k++) if (phrase[k] !== words[i + k]) return false;
  return true;
}
