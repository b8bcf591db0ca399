import type { CueHit } from './cue-matches.js';
import { emitPairs, targetOf, type FrameEnv } from './frame-env.js';
import { endCertainty } from './confidence.js';
import { isNonFactual } from './modality.js';
import type { SentenceView } from './sentence-view.js';
import type { Side } from './subject.js';
import { isStance } from './structural.js';
import { DETERMINERS, PREPOSITIONS, isAdverb } from './word-classes.js';

/** Plain words a noun phrase may hold before the participle: its modifiers and head. */
const MAX_NOUN_WORDS = 4;
/** Words after the possessed noun of the object ("backing X's candidacy, ..."). */
const MAX_OWNED_WORDS = 2;
/** What may close the named apposition: a comma, a dash, a bracket, the sentence's end, "of". */
const AFTER_NAME: ReadonlySet<string> = new Set([',', '—', '–', '-', '(', '.', ';', 'of', 'from']);
/** Determiners that open a phrase of someone who does act; "no pastor backing X" does not. */
const DENYING: ReadonlySet<string> = new Set(['no', 'neither']);

/**
 * "One pastor supporting Mr. Cruz, Jane Doe of Grace Church, said", "a delegate backing Y,
 * Jane Doe, wrote": a common noun phrase whose reduced relative ("<noun> <stance verb>-ing Y")
 * is renamed at once by an apposition naming a person or organization. The one named takes the
 * participle's stance on Y. A list after the name ("Y, X, and Z") is no apposition.
 */
export function participleApposition(env: FrameEnv, hits: readonly CueHit[]): void {
  const { view } = env;
  for (const hit of hits) {
    const form = hit.forms.find(
      (f) => f.family.frame === 'verb' && f.shape === 'gerund' && isStance(f.family.relation),
    );
    if (form === undefined) continue;
    const opener = phraseOpener(view, hit.startToken);
    if (opener < 0) continue;
    const found = targetOf(env, hit, form);
    if (found === undefined) continue;
    const target = firstActor(view, found);
    if (target === undefined) continue;
    const source = namedAfter(view, afterObject(view, target.lastToken + 1));
    if (source === undefined) continue;
    if (source.actors.some((a) => target.actors.includes(a))) continue;
    if (isNonFactual(env.cues, view, opener, hit.startToken)) continue;
    emitPairs(env, form, source, target, hit);
  }
}

/**
 * The determiner opening "a (long-time) pastor" right before the participle at `cue`: one to
 * four plain lower-case words after it, none a name. -1 when the participle has no such noun.
 */
function phraseOpener(view: SentenceView, cue: number): number {
  let words = 0;
  for (let t = cue - 1; t >= 0 && words <= MAX_NOUN_WORDS; t--) {
    const word = view.words[t] ?? '';
    if (DETERMINERS.has(word) || word === 'one') {
      return words > 0 && !DENYING.has(word) ? t : -1;
    }
    if (!plainWord(word) || (view.unitAt[t] ?? -1) >= 0) return -1;
    words++;
  }
  return -1;
}

/** "backing Y, X, ...": the target reader joins Y and its apposition; Y alone is the object. */
function firstActor(view: SentenceView, side: Side): Side | undefined {
  if (side.actors.length === 1) return side;
  const unit = view.units[view.unitAt[side.firstToken] ?? -1];
  if (unit?.actor === undefined) return undefined;
  return { ...side, actors: [unit.actor], lastToken: unit.lastToken };
}

/** Past the object's possessed noun ("Y's candidacy"): where a renaming comma would stand. */
function afterObject(view: SentenceView, from: number): number {
  let t = from;
  if (view.words[t] !== "'s") return t;
  t++;
  for (let k = 0; k < MAX_OWNED_WORDS && plainWord(view.words[t] ?? ''); k++) t++;
  return t;
}

/** The person or organization named right after the comma at `comma`, as a closed apposition. */
function namedAfter(view: SentenceView, comma: number): Side | undefined {
  if (view.words[comma] !== ',') return undefined;
  const unit = view.units[view.unitAt[comma + 1] ?? -1];
  const actor = unit?.actor;
  if (unit === undefined || actor === undefined || unit.firstToken !== comma + 1) return undefined;
  if (actor.type !== 'Person' && actor.type !== 'Organization') return undefined;
  const after = view.words[unit.lastToken + 1];
  if (after !== undefined && !AFTER_NAME.has(after)) return undefined;
  // "criticising Y, X, and Z": a list, not an apposition.
  const next = view.words[unit.lastToken + 2];
  if (after === ',' && (next === 'and' || next === 'or')) return undefined;
  return {
    actors: [actor],
    firstToken: unit.firstToken,
    lastToken: unit.lastToken,
    certainty: endCertainty('appositive-object'),
  };
}

function plainWord(word: string): boolean {
  return (
    /^\p{Ll}[\p{Ll}-]*$/u.test(word) &&
    !PREPOSITIONS.has(word) &&
    !isAdverb(word) &&
    word !== 'and' &&
    word !== 'or'
  );
}
