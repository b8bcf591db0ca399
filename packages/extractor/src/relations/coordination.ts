import { SYNTAX_WORDS } from '../syntax/index.js';
import type { ActorRef } from './article-context.js';
import { coordinationWords } from './coordination-words.js';
import { modifiedConjunct } from './modified-conjunct.js';
import type { SentenceView, Unit } from './sentence-view.js';

/** A run of coordinated actor units ("France, Germany and Italy"), as unit indices [lo, hi]. */
export interface Group {
  lo: number;
  hi: number;
  /** The actors that act: the named members when the group lists them. */
  members: Unit[];
}

/** The actors of a group's members, in order (a loop: `flatMap` is slow on this hot path). */
export function groupActors(group: Group): ActorRef[] {
  const actors: ActorRef[] = [];
  for (const member of group.members) if (member.actor) actors.push(member.actor);
  return actors;
}

// A short bracket may follow the left name: "Rep. A (R-Mich.) and Rep. B (R-Ky.) criticised";
// the right one may be called the left one's ally: "Russia and its (close) ally Belarus".
const { coordinators, partnerNouns, listOpeners, titlePremodifiers } = coordinationWords();
const JOIN = `^\\s*(?:\\([^()]{0,24}\\)\\s*)?(?:,\\s*(?:(?:and|or)\\s+)?|(?:${coordinators})\\s+)`;
const CONNECTOR = new RegExp(
  `${JOIN}(?:the\\s+|other\\s+|(?:its|their)\\s+(?:[a-z]+\\s+)?(?:${partnerNouns})\\s+)?$`,
  'i',
);
/** "and former secretary of state Y", "and then-President Y": before a titled person only. */
const TITLED_CONNECTOR = new RegExp(`${JOIN}(?:the\\s+)?(?:${titlePremodifiers})(?:\\s+|-)$`, 'i');
const INCLUDING = new RegExp(`^\\s*,?\\s*(?:[-–—]\\s*)?(?:${listOpeners})\\s+(?:the\\s+)?$`, 'i');

/**
 * The coordination group around unit `u`. A unit that lists its members ("European nations
 * including France and Germany") is replaced by them: each named member acts.
 * `stopBefore(unit)` ends a rightward expansion (a new clause's subject after "and").
 */
export function groupAround(
  view: SentenceView,
  u: number,
  stopBefore?: (unit: Unit) => boolean,
): Group {
  let lo = u;
  let hi = u;
  while (lo > 0 && coordinated(view, lo - 1, lo)) lo--;
  while (hi + 1 < view.units.length && coordinated(view, hi, hi + 1)) {
    const next = view.units[hi + 1];
    if (next === undefined || stopBefore?.(next)) break;
    hi++;
  }
  // A lone unit has no apposition to cut: no pair to build for it.
  if (lo < hi) [lo, hi] = cutApposition(view, u, lo, hi);
  const listed = listedMembers(view, hi);
  if (listed !== undefined && lo === hi && view.units[lo]?.actor?.type === 'Group') {
    return { lo, hi: listed.hi, members: listed.members };
  }
  return { lo, hi, members: actorUnits(view, lo, hi) };
}

const BARE_COMMA = /^\s*,\s*(?:the\s+)?$/;

/**
 * "Malaysia and Singapore, Thailand's partners": a list closed by "and" does not go on after a
 * bare comma; what follows is an apposition. The part holding unit `u` is the group.
 */
function cutApposition(view: SentenceView, u: number, lo: number, hi: number): [number, number] {
  let closed = false;
  for (let k = lo; k < hi; k++) {
    const left = view.units[k];
    const right = view.units[k + 1];
    if (left === undefined || right === undefined) break;
    const bare = BARE_COMMA.test(gapText(view, left, right));
    if (bare && closed) return u <= k ? [lo, k] : [k + 1, hi];
    if (!bare) closed = true;
  }
  return [lo, hi];
}

function coordinated(view: SentenceView, a: number, b: number): boolean {
  const left = view.units[a];
  const right = view.units[b];
  if (!left?.actor || !right?.actor) return false;
  const gap = gapText(view, left, right);
  if (CONNECTOR.test(gap)) return true;
  if (right.mention.role !== undefined && TITLED_CONNECTOR.test(gap)) return true;
  return modifiedConjunct(view, right, gap, (g) => CONNECTOR.test(g));
}

/** "X including A and B": the group of A and B after unit `u`, if any. */
function listedMembers(view: SentenceView, u: number): Group | undefined {
  const head = view.units[u];
  const next = view.units[u + 1];
  if (!head || !next?.actor || !INCLUDING.test(gapText(view, head, next))) return undefined;
  let hi = u + 1;
  while (hi + 1 < view.units.length && coordinated(view, hi, hi + 1)) hi++;
  return { lo: u + 1, hi, members: actorUnits(view, u + 1, hi) };
}

/** The units [lo, hi] that are actors, as slice and filter give them, in one loop. */
function actorUnits(view: SentenceView, lo: number, hi: number): Unit[] {
  const { units } = view;
  if (lo < 0) return units.slice(lo, hi + 1).filter((unit) => unit.actor !== undefined);
  const out: Unit[] = [];
  for (let k = lo; k <= hi && k < units.length; k++) {
    const unit = units[k];
    if (unit !== undefined && unit.actor !== undefined) out.push(unit);
  }
  return out;
}

export function gapText(
  view: SentenceView,
  left: { end: number },
  right: { start: number },
): string {
  const text = view.sentenceText;
  const base = view.sentence.start;
  return text.slice(left.end - base, right.start - base);
}

/** "X condemned Y, and Z backed W": unit `u` follows a comma and "and", where a clause may begin. */
export function afterCommaAnd(view: SentenceView, u: number): boolean {
  const prev = view.units[u - 1];
  const unit = view.units[u];
  return (
    prev !== undefined &&
    unit !== undefined &&
    /^\s*,\s*and\s+(?:the\s+)?$/i.test(gapText(view, prev, unit))
  );
}

/** Words that open a clause before the main one ("While X criticised Y", "After X met Y"). */
const OPENING_SUBORDINATORS = SYNTAX_WORDS.subordinators;

/**
 * "While X criticised Y, Z praised W": unit `u` follows the first comma of a sentence that opens
 * with a subordinator, the comma that closes that clause, where the main clause begins.
 */
export function afterOpeningClause(view: SentenceView, u: number): boolean {
  const unit = view.units[u];
  if (unit === undefined || !OPENING_SUBORDINATORS.has(view.words[0] ?? '')) return false;
  let comma = unit.firstToken - 1;
  if (view.words[comma] === 'the') comma--;
  if (view.words[comma] !== ',') return false;
  for (let t = 1; t < comma; t++) if (view.words[t] === ',') return false;
  return true;
}

/**
 * The part of a group from the last ", and" at or before unit `u`: when the whole group does not
 * stand where a subject stands, "Z" in "condemned Y, and Z backed W" may still open a clause.
 */
export function clauseTail(view: SentenceView, group: Group, u: number): Group | undefined {
  for (let k = u; k > group.lo; k--) {
    if (!afterCommaAnd(view, k)) continue;
    return { lo: k, hi: group.hi, members: actorUnits(view, k, group.hi) };
  }
  return undefined;
}
