import { frameWords } from './frame-words.js';
import type { SentenceView } from './sentence-view.js';
import type { Side } from './subject.js';
import { sideOf } from './target.js';
import { PREPOSITIONS } from './word-classes.js';

/** Plain words an apposition may hold before its participle: "a (small) rebel group". */
const MAX_APPOSITION_WORDS = 4;
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the']);
const PLAIN_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/**
 * "The Free Syrian Army, a rebel group backed by Turkey, …": the name an apposition renames,
 * when a reduced passive participle at `participle` ends that apposition's noun phrase. The
 * phrase is a determiner and one to four plain words (a nationality's adjective among them:
 * "an Arab-Kurdish alliance"), right after a comma that closes the name. Undefined otherwise.
 */
export function appositionOwner(view: SentenceView, participle: number): Side | undefined {
  let words = 0;
  for (let t = participle - 1; t >= 2 && words <= MAX_APPOSITION_WORDS; t--) {
    const word = view.words[t] ?? '';
    if (APPOSITION_OPENERS.has(word)) {
      if (words === 0 || view.words[t - 1] !== ',') return undefined;
      const u = view.unitAt[t - 2] ?? -1;
      const unit = view.units[u];
      return unit?.actor !== undefined && unit.lastToken === t - 2 ? sideOf(view, u) : undefined;
    }
    const unit = view.units[view.unitAt[t] ?? -1];
    if (word === '-') continue;
    if (unit !== undefined ? unit.mention.kind !== 'demonym' : !PLAIN_WORD.test(word))
      return undefined;
    if (unit !== undefined) t = unit.firstToken;
    words++;
  }
  return undefined;
}

const LIST_OPENERS = frameWords().agentListOpeners;

/**
 * "the coalition fighting Islamic State, led by the US", "the war against Y, backed by Z": a
 * name that is the object of a participle or of "against" inside a longer noun phrase; the
 * participle after the comma renames that phrase's head, not the name ("countries including
 * France, led by X" lists France itself, so "including" and its kind do not count).
 */
export function objectInPhrase(view: SentenceView, first: number): boolean {
  const at = view.words[first - 1] === 'the' ? first - 2 : first - 1;
  const word = view.words[at] ?? '';
  if (word === 'against') return true;
  return /^\p{Ll}{3,}ing$/u.test(word) && !LIST_OPENERS.has(word) && !PREPOSITIONS.has(word);
}
