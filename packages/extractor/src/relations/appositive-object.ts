import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import type { FrameEnv } from './frame-env.js';
import type { Side } from './subject.js';
import { DETERMINERS, PREPOSITIONS } from './word-classes.js';
import { endCertainty } from './confidence.js';
import { isStance } from './structural.js';

const MAX_NOUN_WORDS = 3;
/** What may follow the named apposition: its closing comma, the sentence's end, a reason. */
const AFTER_NAME: ReadonlySet<string> = new Set([',', '.', ';', 'for', 'over', 'of']);

/**
 * "blamed the candidate, Jon Ossoff, for ...", "praised its founder, Jane Doe.": a verb's object
 * that is a common noun phrase renamed at once by an apposition points at the one named.
 */
export function appositiveTarget(env: FrameEnv, hit: CueHit, form: CueForm): Side | undefined {
  return renamedObject(env, hit, form)?.side;
}

/**
 * "criticized the Republican front-runner, Donald Trump": a name that only modifies the object's
 * noun is not the target when an apposition renames the object; the one named is. Read before
 * the plain object, which would take the modifier.
 */
export function modifiedAppositiveTarget(
  env: FrameEnv,
  hit: CueHit,
  form: CueForm,
): Side | undefined {
  const renamed = renamedObject(env, hit, form);
  return renamed?.modified === true ? renamed.side : undefined;
}

function renamedObject(
  env: FrameEnv,
  hit: CueHit,
  form: CueForm,
): { side: Side; modified: boolean } | undefined {
  const { view } = env;
  const relation = form.family.relation;
  if (!isStance(relation) || form.via !== undefined) return undefined;
  let t = hit.endToken;
  if (!DETERMINERS.has(view.words[t] ?? '')) return undefined;
  t++;
  let nouns = 0;
  let modified = false;
  while (nouns <= MAX_NOUN_WORDS) {
    const m = view.unitAt[t] ?? -1;
    if (m >= 0) {
      // A name before the noun only modifies it ("the Republican front-runner").
      const modifier = view.units[m];
      if (
        nouns > 0 ||
        modified ||
        !modifier ||
        !plainNoun(view.words[modifier.lastToken + 1] ?? '')
      )
        break;
      modified = true;
      t = modifier.lastToken + 1;
      continue;
    }
    // "front-runner": a hyphen inside the noun.
    if (nouns > 0 && view.words[t] === '-' && plainNoun(view.words[t + 1] ?? '')) t++;
    if (!plainNoun(view.words[t] ?? '')) break;
    nouns++;
    t++;
  }
  if (nouns === 0 || nouns > MAX_NOUN_WORDS || view.words[t] !== ',') return undefined;
  const u = view.unitAt[t + 1] ?? -1;
  const unit = view.units[u];
  if (unit?.actor === undefined || unit.firstToken !== t + 1) return undefined;
  const after = view.words[unit.lastToken + 1];
  if (after !== undefined && !AFTER_NAME.has(after)) return undefined;
  const side = {
    actors: [unit.actor],
    firstToken: unit.firstToken,
    lastToken: unit.lastToken,
    certainty: endCertainty('appositive-object'),
  };
  return { side, modified };
}

function plainNoun(word: string): boolean {
  return (
    /^\p{Ll}[\p{Ll}-]*$/u.test(word) &&
    !PREPOSITIONS.has(word) &&
    !DETERMINERS.has(word) &&
    word !== 'and' &&
    word !== 'or'
  );
}
