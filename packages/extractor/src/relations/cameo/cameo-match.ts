import type { CueRelation } from '../cue-lexicon-schema.js';
import type { SentenceView } from '../sentence-view.js';
import { PREPOSITIONS } from '../word-classes.js';
import type { CameoBlock, CameoPattern, CameoSurface, PatternItem } from './cameo-lexicon.js';
import { sortSmall } from '../../small-sort.js';

/** How far a pattern's words may lie from the verb, in tokens. */
const PRE_WINDOW = 4;
const POST_WINDOW = 10;
/** How many words after a possessor the pattern's owned noun may stand ("Y's strong support"). */
const OWNED_REACH = 3;
/** Punctuation that closes the verb's clause for pattern words. */
const CLAUSE_END: ReadonlySet<string> = new Set([';', ':', '.', '"', '“', '”', '(']);

export interface CameoReading {
  relation: CueRelation | null;
  /** Literal pattern words that decided it; -1 when the verb's own code did. */
  specificity: number;
  /** The word the pattern puts right before its target ("to"), if any. */
  via?: string | undefined;
}

/**
 * What a dictionary verb means at [startToken, endToken) of the sentence: the most specific of
 * its block's patterns whose words stand before and after it ("criticised the dissolution" is
 * not a stance on anyone), else the verb's own code.
 */
export function readCameo(
  surface: CameoSurface,
  view: SentenceView,
  span: { startToken: number; endToken: number },
  nearGiven?: ReadonlySet<string>,
): CameoReading {
  let best: CameoReading = {
    relation: surface.patternOnly ? null : surface.relation,
    specificity: -1,
  };
  if (surface.block.patterns.length === 0) return best;
  const near = nearGiven ?? nearWords(view, span);
  const { patterns } = surface.block;
  for (const i of candidates(surface.block, near)) {
    const pattern = patterns[i];
    if (pattern === undefined || pattern.specificity <= best.specificity) continue;
    if (!pattern.literals.every((word) => near.has(word))) continue;
    // Without a parser, a pattern gives a verb that means nothing alone ("appear in court") a
    // relation only when it also says where the target stands ("fire on +") and no source
    // stands after the verb ("recognition from +" is the target's act).
    if (surface.relation === null && pattern.relation !== null && !pattern.slotsInOrder) continue;
    const match = matches(pattern, view, span);
    // "expressed Washington's support for Z": the noun that would turn the verb's own sense
    // ("express": disapprove) into another is another actor's, so the subject only relays it.
    // An owned noun that would not ("praised Y's decision") leaves the verb's own sense.
    if (match === 'owned') {
      if (pattern.relation !== null && pattern.relation !== surface.relation)
        best = { relation: null, specificity: pattern.specificity };
    } else if (match === 'own')
      best = { relation: pattern.relation, specificity: pattern.specificity, via: pattern.via };
  }
  if (best.specificity < 0 && listedComplement(surface.block, view.words[span.endToken] ?? ''))
    return { relation: null, specificity: -1 };
  return best;
}

/**
 * "engaged in high-fiving X": when every pattern of the block opens after the verb with one
 * preposition ("engage in firefight", "engage in negotiation", ...), the verb with that preposition
 * means what its complement says; when no pattern matched, the verb's own code ("engage":
 * fight) is not what it means here.
 */
function listedComplement(block: CameoBlock, next: string): boolean {
  if (!PREPOSITIONS.has(next)) return false;
  let opener = openers.get(block);
  if (opener === undefined) openers.set(block, (opener = sharedOpener(block)));
  return opener === next;
}

/** The one word every pattern of the block opens with after the verb, else ''. */
function sharedOpener(block: CameoBlock): string {
  // Several patterns, so that the preposition plainly opens varied complements.
  if (block.patterns.length < 3) return '';
  const first = block.patterns[0]?.post[0];
  if (first?.kind !== 'word' || first.words.size !== 1) return '';
  const [word = ''] = first.words;
  return block.patterns.every((p) => p.post[0]?.kind === 'word' && p.post[0].words.has(word))
    ? word
    : '';
}

const openers = new WeakMap<CameoBlock, string>();

/** A block's patterns by their first literal word; `open` those without one. */
interface PatternIndex {
  open: readonly number[];
  byLiteral: ReadonlyMap<string, readonly number[]>;
}

const indexes = new WeakMap<CameoBlock, PatternIndex>();

function patternIndex(block: CameoBlock): PatternIndex {
  let index = indexes.get(block);
  if (index !== undefined) return index;
  const open: number[] = [];
  const byLiteral = new Map<string, number[]>();
  block.patterns.forEach((pattern, i) => {
    const first = pattern.literals[0];
    if (first === undefined) return void open.push(i);
    const list = byLiteral.get(first);
    if (list === undefined) byLiteral.set(first, [i]);
    else list.push(i);
  });
  index = { open, byLiteral };
  indexes.set(block, index);
  return index;
}

/**
 * Indices, in block order, of the patterns whose first literal word is near the verb (or that
 * have none): the others cannot match, so the block's long pattern list is not walked.
 */
function candidates(block: CameoBlock, near: ReadonlySet<string>): readonly number[] {
  const index = patternIndex(block);
  let out: number[] | undefined;
  for (const word of near) {
    const list = index.byLiteral.get(word);
    if (list === undefined) continue;
    out ??= index.open.slice();
    for (const i of list) out.push(i);
  }
  // Mostly no pattern word is near: the open patterns alone, already in order.
  return out === undefined ? index.open : sortSmall(out, (a, b) => a - b);
}

/** The words a pattern's literals may be among: a few before the verb, more after it. */
export function nearWords(
  view: SentenceView,
  span: { startToken: number; endToken: number },
): ReadonlySet<string> {
  return new Set(
    view.words.slice(Math.max(0, span.startToken - PRE_WINDOW), span.endToken + POST_WINDOW),
  );
}

/** Whether the pattern matches: 'owned' when a word after the verb follows an actor's "'s". */
function matches(
  pattern: CameoPattern,
  view: SentenceView,
  span: { startToken: number; endToken: number },
): 'own' | 'owned' | undefined {
  if (pattern.specificity === 0) return undefined; // slot-only patterns say no more than the verb
  // Words are looked for between the verb and the nearest actor on each side (its subject and
  // object), so "rebuked Peru over sanctions" is not the pattern "* sanctions"; a slot takes the actor.
  const floor = Math.max(0, span.startToken - PRE_WINDOW);
  let t = span.startToken - 1;
  for (const item of pattern.pre) {
    while (t >= floor && !fits(item, view, t) && !stops(item, view, t)) t--;
    if (t < floor || !fits(item, view, t)) return undefined;
    t--;
  }
  t = span.endToken;
  const limit = Math.min(view.words.length, span.endToken + POST_WINDOW);
  let owned = false;
  for (const item of pattern.post) {
    for (;;) {
      while (t < limit && !fits(item, view, t) && !stops(item, view, t)) t++;
      // A word item steps over a possessor right after the verb ("expressed Y's support").
      const at =
        item.kind === 'word' && opensObject(view, span.endToken, t) ? possessorEnd(view, t) : -1;
      if (at < 0) break;
      owned = true;
      t = at;
      // Only a noun of the possessor's own phrase: "Y's strong support", not a word further on.
      while (t < at + OWNED_REACH && t < limit && !fits(item, view, t) && !stops(item, view, t))
        t++;
      if (!fits(item, view, t)) return undefined;
    }
    if (t >= limit || !fits(item, view, t)) return undefined;
    t = item.kind === 'slot' ? lastOfUnit(view, t) + 1 : t + 1;
  }
  return owned ? 'owned' : 'own';
}

/** `t` opens the verb's object: right after it, or after "the". */
function opensObject(view: SentenceView, end: number, t: number): boolean {
  return t === end || (t === end + 1 && view.words[end] === 'the');
}

/** After the actor at `t` and its "'s", the next token; -1 when no possessor stands there. */
function possessorEnd(view: SentenceView, t: number): number {
  if ((view.unitAt[t] ?? -1) < 0) return -1;
  const last = lastOfUnit(view, t);
  const mark = view.words[last + 1];
  return mark === "'s" || mark === "'" ? last + 2 : -1;
}

function stops(item: PatternItem, view: SentenceView, t: number): boolean {
  return (
    CLAUSE_END.has(view.words[t] ?? '') || (item.kind === 'word' && (view.unitAt[t] ?? -1) >= 0)
  );
}

function lastOfUnit(view: SentenceView, t: number): number {
  return view.units[view.unitAt[t] ?? -1]?.lastToken ?? t;
}

function fits(item: PatternItem, view: SentenceView, t: number): boolean {
  if (item.kind === 'slot') return (view.unitAt[t] ?? -1) >= 0;
  return item.words.has(view.words[t] ?? '');
}
