import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { blockedBetween, type FrameEnv } from './frame-env.js';
import { isPeopleKind } from './member-bodies.js';
import type { SentenceView, Unit } from './sentence-view.js';
import type { Side } from './subject.js';
import { sideOf } from './target.js';
import { unitSide } from './unit-side.js';

/**
 * "backed by its chief ally, China, in March", "Russia's closest ally, Belarus, held drills",
 * "its main ally in the region, Syria,": the actor set off by a comma right after a state's ally
 * cue (past a short place phrase) names that ally ("the" may open it: "its ally, the Syrian
 * government,"). The name must close the phrase: a comma, a full stop, a semicolon, a bracket or
 * a lower-case word (its verb) follows it. Alliances' and blocs' allies ("the NATO ally,
 * Turkey") are left to the membership rules.
 */
export function commaAlly(env: FrameEnv, hit: CueHit, form: CueForm, head: Unit): Side | undefined {
  const { view } = env;
  if (form.family.relation !== 'ALLIED_WITH' || !allianceOwner(env, form, head)) return undefined;
  // "its closest ally in the region, Syria,": a short place phrase may stand before the comma.
  const comma = afterPlace(view, hit.endToken);
  if (view.words[comma] !== ',') return undefined;
  let t = comma + 1;
  if (view.words[t] === 'the') t++;
  const u = view.unitAt[t] ?? -1;
  if (!view.units[u]?.actor) return undefined;
  const side = sideOf(view, u);
  if (side === undefined) return undefined;
  const next = view.words[side.lastToken + 1];
  return next === undefined || /^(?:[,.;)]|\p{Ll}+)$/u.test(next) ? side : undefined;
}

/**
 * A state, or a body whose allies the cue names as allies rather than members: a body of people
 * ("Hezbollah's ally, Syria,"), or any body for a cue with no member reading ("the CDU's coalition
 * partner, the SPD,").
 */
function allianceOwner(env: FrameEnv, form: CueForm, head: Unit): boolean {
  const actor = head.actor;
  if (actor?.type === 'State') return true;
  if (actor?.type !== 'Organization') return false;
  return !form.family.organizationTarget || isPeopleKind(env.ctx, actor.id);
}

/** Tokens back from "its"/"their" to the state it stands for ("X and its Russian ally"). */
const OWNER_REACH = 8;

/**
 * "the Syrian government and its Russian ally bombed ...", "Syria's Iranian ally": a state's
 * singular ally cue that names no ally after it still says the state is allied with the cue's
 * owner, the possessor before it or, for "its"/"their", the nearest actor before, when that is a
 * state.
 */
export function allyOwner(env: FrameEnv, hit: CueHit, form: CueForm, head: Unit): Side | undefined {
  const { view } = env;
  if (form.family.relation !== 'ALLIED_WITH' || head.actor?.type !== 'State') return undefined;
  // "Israel's US allies have been fighting for ...": a plural names people from the state.
  if (view.words[hit.endToken - 1] !== 'ally') return undefined;
  const before = view.words[head.firstToken - 1];
  if (before === "'s") return unitSide(view.units[view.unitAt[head.firstToken - 2] ?? -1]);
  if (before !== 'its' && before !== 'their') return undefined;
  const from = head.firstToken - 2;
  for (let t = from; t >= Math.max(0, from - OWNER_REACH); t--) {
    const unit = view.units[view.unitAt[t] ?? -1];
    if (unit?.actor) return unit.actor.type === 'State' ? unitSide(unit) : undefined;
  }
  return undefined;
}

/**
 * "Russia's former ally Belarus", "Russia and its former ally, Belarus,", "the former Soviet ally
 * Cuba": a blocker ("former", "ex-") from just before the owner to the cue says the alliance is
 * over.
 */
export function pastAlly(env: FrameEnv, hit: CueHit, form: CueForm, head: Unit): boolean {
  if (form.family.relation !== 'ALLIED_WITH') return false;
  return blockedBetween(env, Math.max(0, head.firstToken - 2), hit.startToken);
}

/**
 * Token `t` marks the possessive of the name before it: "X's", or the bare apostrophe of a
 * plural name ("the Christian Democrats'"), not of a demonym ("the Indians' supporter" is a
 * fan of a team, not of a state).
 */
export function isPossessiveMark(view: SentenceView, t: number): boolean {
  const mark = view.words[t];
  if (mark === "'s") return true;
  if (mark !== "'" || !/s$/u.test(view.words[t - 1] ?? '')) return false;
  return view.units[view.unitAt[t - 1] ?? -1]?.mention.kind !== 'demonym';
}

/** "allies in Europe, including X": the token after a short "in <place>" phrase, else `t`. */
export function afterPlace(view: SentenceView, t: number): number {
  if (view.words[t] !== 'in') return t;
  for (let i = t + 1; i <= t + 4; i++) {
    const word = view.words[i] ?? '';
    if (word === ',' || word === 'including') return i;
    if (view.units[view.unitAt[i] ?? -1]?.actor || !/^[\p{L}.-]+$/u.test(word)) return t;
  }
  return t;
}
