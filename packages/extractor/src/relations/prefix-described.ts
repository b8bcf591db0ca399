import type { CueHit } from './cue-matches.js';
import type { FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import type { SentenceView, Unit } from './sentence-view.js';
import type { Side } from './subject.js';
import { sideOf } from './target.js';
import { isBlocked } from './title-sense.js';
import { PUNCTUATION } from './word-classes.js';

/** Words of the head after "pro-Y" ("super PAC", "advocacy group"). */
const MAX_HEAD_WORDS = 3;
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Marks that open an apposition before the phrase: "X, a pro-Y group," "X — an anti-Y PAC —". */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set([',', '—', '–', '(']);
const NAMING: ReadonlySet<string> = new Set(['called', 'named', 'dubbed']);
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'remains', 'remain']);

/**
 * The actor a "pro-Y" or "anti-Y" phrase describes, when it has no owner ("X's pro-Y policy"):
 * an apposition ("X, a pro-Y super PAC,"), a present copula ("X is an anti-Y group"), a
 * naming participle ("an anti-Y group called X") or the name the phrase heads ("the anti-Y
 * Civic Fund"). `hit` is the prefix, `glued` the actor written onto it. Negated, modal or
 * "former" descriptions give nothing.
 */
export function prefixDescribed(env: FrameEnv, hit: CueHit, glued: Unit): Side | undefined {
  const { view } = env;
  const article = view.words[hit.startToken - 1] ?? '';
  if (!ARTICLES.has(article)) return undefined;
  const headEnd = headAfter(view, glued.lastToken + 1);
  const head = view.units[view.unitAt[glued.lastToken + 1] ?? -1];
  let source: Side | undefined;
  if (head?.actor && !INDEFINITE.has(article) && head.firstToken === glued.lastToken + 1) {
    source = sideOf(view, view.unitAt[head.firstToken] ?? -1);
  } else if (headEnd > glued.lastToken + 1) {
    source =
      appositionOwner(view, hit.startToken - 2, headEnd) ??
      copulaSubject(view, hit.startToken - 2) ??
      namedAfter(view, headEnd);
  }
  if (source === undefined || source.actors.some((a) => a.id === glued.actor?.id)) return undefined;
  const from = Math.min(source.lastToken + 1, hit.startToken);
  for (let t = from; t < hit.startToken; t++)
    if (isBlocked(env.cues, view.words[t] ?? '')) return undefined;
  if (source.firstToken < hit.startToken && isNonFactual(env.cues, view, from, hit.startToken))
    return undefined;
  return source;
}

/** The token after the plain head words that follow the glued name, or `from` when none do. */
function headAfter(view: SentenceView, from: number): number {
  let t = from;
  while (t < from + MAX_HEAD_WORDS && headWord(view.words[t] ?? '')) t++;
  // "a pro-Y super PAC": an acronym closing the head, read as a name or not.
  const unit = view.units[view.unitAt[t] ?? -1];
  if (
    t > from &&
    unit !== undefined &&
    unit.firstToken === unit.lastToken &&
    /^[\p{Lu}]{2,5}$/u.test(unit.mention.text)
  )
    t++;
  return t;
}

function headWord(word: string): boolean {
  return /^\p{Ll}[\p{Ll}-]*$/u.test(word) && !NAMING.has(word);
}

/** "X, a pro-Y group,": the actor before the mark at `mark` that opens the apposition. */
function appositionOwner(view: SentenceView, mark: number, end: number): Side | undefined {
  if (!APPOSITION_OPENERS.has(view.words[mark] ?? '')) return undefined;
  const close = view.words[end];
  if (close !== undefined && !PUNCTUATION.test(close)) return undefined;
  const u = view.unitAt[mark - 1] ?? -1;
  return view.units[u]?.actor ? sideOf(view, u) : undefined;
}

/** "X is an anti-Y group": the actor right before a present copula. */
function copulaSubject(view: SentenceView, copula: number): Side | undefined {
  if (!COPULAS.has(view.words[copula] ?? '')) return undefined;
  const u = view.unitAt[copula - 1] ?? -1;
  return view.units[u]?.actor ? sideOf(view, u) : undefined;
}

/** "an anti-Y group called X": the actor right after the naming participle. */
function namedAfter(view: SentenceView, at: number): Side | undefined {
  if (!NAMING.has(view.words[at] ?? '')) return undefined;
  const u = view.unitAt[at + 1] ?? -1;
  const unit = view.units[u];
  return unit?.actor && unit.firstToken === at + 1 ? sideOf(view, u) : undefined;
}
