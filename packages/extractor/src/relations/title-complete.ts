import type { Mention, RoleCue } from '../types.js';
import { tokenAt, type SentenceView, type Unit } from './sentence-view.js';
import { headsAPart, ownKindAfter, unnamedBodyAfter } from './title-body.js';
import { gap, type RoleEnv } from './title-env.js';
import { possessiveHolder } from './title-span.js';
import { ofAfterName } from './title-possessive.js';
import { withProps } from '../with-props.js';
import { policyWords } from './policy-owners.js';
import { ownedPortfolio } from './title-portfolio.js';
import { describedOwner } from './title-described-owner.js';
import { classifyTitle, titleModifier } from './title-sense.js';
import { bodyModifiedByState } from './state-modified-body.js';

/**
 * A title the entity stage marked without its holder: the state or party right before it ("US
 * President X"), or the one after "for"/"of"/"at" when it follows the name ("X, a lawmaker for Y").
 */
export function completeRole(env: RoleEnv, unit: Unit, u: number, role: RoleCue): RoleCue {
  const { view } = env;
  // "President X of Chile": the holder named right after the name outranks one read before the title.
  const ofAfter = role.end <= unit.mention.start ? ofAfterName(env, u, view.units) : undefined;
  if (ofAfter !== undefined) return withProps(role, { of: ofAfter });
  if (role.of !== undefined) {
    // "X, a researcher at the Sudan Policy Forum": the body named after the title, not a name in it.
    const after = role.start >= unit.mention.end ? titleHolderAfter(env, u, role) : undefined;
    if (after)
      return withProps(role, { title: partTitle(env, role, after), of: after.mention.entityId });
    // "X, head of the populist Free Greeks party": the holder only describes an unnamed body.
    const named = (env.ctx.mentionsBySentence.get(view.sentence.index) ?? []).find(
      (m) => m.entityId === role.of && m.start >= role.end,
    );
    // "X, head of research at Shanghai-based Y": the head of a part of Y, with modifiers before Y.
    const part = named ? partOfBody(env, role, named.start) : undefined;
    if (part !== undefined) return withProps(role, { title: part });
    const rest = named ? view.sentenceText.slice(named.end - view.sentence.start) : '';
    // "X, president of the organization running Germany's league": a body the text leaves unnamed.
    const unnamed =
      named !== undefined &&
      UNNAMED_BODY.test(gap(view, role.end, named.start)) &&
      !/^['’]s\s/.test(gap(view, role.end, view.sentence.end));
    const unnamedAfter =
      unnamedBodyAfter(rest) && !ownKindAfter(named?.type, rest) && !stateBodyAfter(view, named);
    return named && (unnamed || unnamedAfter)
      ? { title: role.title, start: role.start, end: role.end }
      : role;
  }
  if (role.end <= unit.mention.start) {
    const mentions = env.ctx.mentionsBySentence.get(view.sentence.index) ?? [];
    const modifier = mentions.findLast((m) => m.end <= role.start);
    const between = modifier ? gap(view, modifier.end, role.start) : '';
    const adjacent =
      modifier &&
      (adjacentHolder(between) ||
        ownedPortfolio(between, classifyTitle(env.cues, role.title), modifier.type, (w) =>
          titleModifier(env.cues, w),
        ));
    if (adjacent && (modifier.type === 'State' || modifier.type === 'Organization')) {
      return withProps(role, { of: modifier.entityId });
    }
    const named =
      namedBefore(env, role.start) ??
      possessiveHolder(env.ctx, view, role) ??
      pronounPortfolio(env, role) ??
      describedOwner(env, role.start);
    return named ? withProps(role, { of: named }) : role;
  }
  const holder = titleHolderAfter(env, u, role);
  return holder ? withProps(role, { of: holder.mention.entityId }) : role;
}

// "Its foreign ministry spokesman": the pronoun, then the office's field.
const PRONOUN_FIELD = /(?:^|\s)(?:its|their)(\s+(?:\p{Ll}[\p{L}-]*\s+){1,2})$/iu;

/** "Ethiopia rejected it. Its foreign ministry spokesman, X": the holder "its" stands for. */
function pronounPortfolio(env: RoleEnv, role: RoleCue): string | undefined {
  const from = Math.max(env.view.sentence.start, role.start - 60);
  const field = PRONOUN_FIELD.exec(gap(env.view, from, role.start))?.[1];
  if (field === undefined) return undefined;
  const shifted = { ...role, start: role.start - field.length + 1 };
  const holder = possessiveHolder(env.ctx, env.view, shifted);
  const type = holder === undefined ? undefined : env.ctx.actor(holder)?.type;
  const sense = classifyTitle(env.cues, role.title);
  const owned = ownedPortfolio(`'s${field}`, sense, type ?? '', (w) => titleModifier(env.cues, w));
  return type !== undefined && owned ? holder : undefined;
}

const GOVERNMENT_GAP = /^(?:['’]s)?\s+(\p{Ll}+)(?:['’]s)?\s+$/u;

/**
 * The words between a state and the title it holds: none or a possessive ("Iraq's spokesman"), or
 * its government ("the Iraqi government's spokesman", "the US administration spokesman").
 */
function adjacentHolder(between: string): boolean {
  if (/^\s*(?:['’]s\s*)?$/.test(between)) return true;
  const noun = GOVERNMENT_GAP.exec(between)?.[1];
  return noun !== undefined && policyWords().governmentNouns.has(noun);
}

/**
 * "X, head of strategy for Y": the words up to the holder belong to the title. Words that run
 * into the holder's name with no preposition between describe the holder ("head of the
 * right-wing populist Y party"), not a part of it.
 */
export function partTitle(env: RoleEnv, role: RoleCue, holder: Unit): string {
  const words = gap(env.view, role.start, holder.start);
  const upTo = words.replace(TRAILING_PREPOSITION, '');
  return upTo !== words && headsAPart(upTo) ? upTo : role.title;
}

/**
 * "head of research at Shanghai-based Y", "director of strategy for the state-owned Y": a title
 * of a part, then the body after a preposition and up to two modifiers, which the holder search
 * after the title does not reach. The title with its part, or undefined.
 */
function partOfBody(env: RoleEnv, role: RoleCue, bodyStart: number): string | undefined {
  const between = gap(env.view, role.end, bodyStart);
  const part = PART_BEFORE_BODY.exec(between);
  if (part === null) return undefined;
  const title = gap(env.view, role.start, role.end + (part[1] ?? '').length);
  return headsAPart(title) ? title : undefined;
}

// " of research at ", then up to two modifiers ("Shanghai-based", "the state-owned").
const PART_BEFORE_BODY =
  /^(\s+of\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)\s+(?:at|for|with|in)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

const UNNAMED_BODY = /^\s+(?:of|for|at|with)\s+(?:the|a|an)\s+\p{Ll}/u;

const TRAILING_PREPOSITION = /\s+(?:of|for|at|from|with|in|to)\s+(?:the\s+)?$/i;

/** "X, a lawmaker for Y": the holder after "for"/"of"/"at" following a title. */
function titleHolderAfter(env: RoleEnv, u: number, role: RoleCue): Unit | undefined {
  const after = /^\s+(?:of|for|at|from|with|in|to)\s+(?:the\s+)?/i.exec(
    gap(env.view, role.end, env.view.sentence.end),
  );
  return after ? holderAfter(env, u, role.end + after[0].length) : undefined;
}

/** "US President X" where "US" was left without a mention: a known name right before the title. */
function namedBefore(env: RoleEnv, at: number): string | undefined {
  const { view } = env;
  const last = tokenAt(view, at) - 1;
  const end = view.tokens[last]?.end;
  if (end === undefined || /\S/.test(gap(view, end, at))) return undefined;
  // Longest first: "United States" before "States"; "U.S." is four tokens.
  for (let first = Math.max(0, last - 5); first <= last; first++) {
    const start = view.tokens[first]?.start ?? end;
    const surface = gap(view, start, end).replace(/['’]s$/, '');
    const id = env.ctx.named(surface);
    if (id !== undefined) return id;
  }
  return undefined;
}

/** The state or organization a title after person `u` belongs to, starting at offset `at`. */
export function holderAfter(env: RoleEnv, u: number, at: number): Unit | undefined {
  const { view } = env;
  const next = view.units.findIndex((unit, i) => i > u && unit.start >= at);
  const unit = view.units[next];
  if (!unit || !/^(?:[\p{L}.-]+\s+){0,2}$/u.test(gap(view, at, unit.start))) return undefined;
  const holder = ownedUnit(view, next, unit.start);
  if (!holder?.actor) return undefined;
  const described = bodyModifiedByState(view, holder);
  if (described !== undefined) return described;
  // "head of the populist X party", "head of the X recruitment center": the title's body is one the
  // article has no entity for, and X only describes it.
  const rest = view.sentenceText.slice(holder.end - view.sentence.start);
  const unnamed =
    unnamedBodyAfter(rest) &&
    !ownKindAfter(holder.actor.type, rest) &&
    !stateBodyAfter(view, holder.mention);
  return unnamed ? undefined : holder;
}

/**
 * "a spokesman for the Chinese foreign ministry": the lower-case words after the state are not a
 * body the article leaves unnamed but the state's own body, which the entity stage found (an
 * organization mention right after the state's, standing for the same state).
 */
function stateBodyAfter(view: SentenceView, holder: Mention | undefined): boolean {
  if (holder?.type !== 'State') return false;
  const at = view.units.findIndex((unit) => unit.mention === holder);
  const body = view.units[at + 1];
  return (
    body !== undefined &&
    body.mention.type === 'Organization' &&
    body.actor?.id === holder.entityId &&
    /^\s+$/u.test(gap(view, holder.end, body.start))
  );
}

/** The unit at `at`, following possessives: "the UK's Human Rights Watch" → Human Rights Watch. */
export function ownedUnit(view: SentenceView, u: number, at: number): Unit | undefined {
  let unit = view.units[u];
  if (unit === undefined || unit.start !== at) return undefined;
  for (let next = u + 1; next < view.units.length; next++) {
    const after = view.units[next];
    if (!after || !/^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(gap(view, unit.end, after.start)))
      break;
    unit = after;
  }
  return unit;
}
