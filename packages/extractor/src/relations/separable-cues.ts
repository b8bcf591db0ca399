import type { CueFamily, CueLexicon } from './cue-lexicon-schema.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { inflectVerb } from './inflect.js';
import { phraseWords } from './phrase-set.js';
import type { SentenceView } from './sentence-view.js';
import { OBJECT_PRONOUNS } from './word-classes.js';

/** A separable phrasal verb's form: the verb alone, read only when its particle follows the object. */
export interface SeparableForm {
  form: CueForm;
  particle: readonly string[];
}

/**
 * The verb forms of the families with a `particle` ("call" + "out": "called Y out"), by surface.
 * They are kept out of the phrase index, so the bare verb is never a cue by itself.
 */
export function separableForms(lexicon: CueLexicon): Map<string, SeparableForm[]> {
  const forms = new Map<string, SeparableForm[]>();
  for (const family of lexicon.families) {
    if (family.particle === undefined) continue;
    const particle = phraseWords(family.particle);
    for (const entry of family.cues) {
      const cue = typeof entry === 'string' ? { cue: entry } : entry;
      for (const { word, shape } of inflectVerb(cue.cue, lexicon.irregularVerbs[cue.cue])) {
        const form = formOf(family, cue.weight ?? family.weight, shape);
        forms.set(word, [...(forms.get(word) ?? []), { form, particle }]);
      }
    }
  }
  return forms;
}

function formOf(family: CueFamily, weight: number, shape: CueForm['shape']): CueForm {
  return { family, weight, via: undefined, shape };
}

/**
 * The separable verb at token `i` when its object and then its particle follow: an actor (after
 * at most a determiner) or an object pronoun, then the particle ("called Y out", "took him to
 * task"). Undefined otherwise, and the token is read as usual.
 */
export function separableHit(
  separable: ReadonlyMap<string, readonly SeparableForm[]>,
  view: SentenceView,
  i: number,
): CueHit | undefined {
  const candidates = separable.get(view.words[i] ?? '');
  if (candidates === undefined) return undefined;
  const after = objectEnd(view, i + 1);
  if (after < 0) return undefined;
  const forms = candidates.filter(({ particle }) => wordsFrom(particle, view.words, after));
  if (forms.length === 0) return undefined;
  const start = view.tokens[i]?.start ?? view.sentence.end;
  const end = view.tokens[i]?.end ?? view.sentence.end;
  const hitForms = forms.map(({ form }) => form);
  return { start, end, startToken: i, endToken: i + 1, forms: hitForms, glued: undefined };
}

/** The token after the object opening at `t` (an actor unit, perhaps after "the", or a pronoun); -1 when none. */
function objectEnd(view: SentenceView, t: number): number {
  if (OBJECT_PRONOUNS.has(view.words[t] ?? '')) return t + 1;
  const at = view.words[t] === 'the' ? t + 1 : t;
  const unit = view.units[view.unitAt[at] ?? -1];
  return unit?.actor !== undefined && unit.firstToken === at ? unit.lastToken + 1 : -1;
}

function wordsFrom(phrase: readonly string[], words: readonly string[], i: number): boolean {
  for (let k = 0; k < phrase.length; k++) if (phrase[k] !== words[i + k]) return false;
  return true;
}
