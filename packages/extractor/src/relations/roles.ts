import type { EntityRelationType, Span } from '@newsgraph/graph-schema';
import type { Mention, RoleCue } from '../types.js';
import type { ActorRef, ArticleContext } from './article-context.js';
import { lastMentionEndingBy } from './entity-mentions.js';
import type { CompiledCues, TitleSense } from './cue-lexicon.js';
import type { Candidate } from './relation-set.js';
import { tokenAt, type SentenceView, type Unit } from './sentence-view.js';
import { DETERMINERS, PREPOSITIONS, SUBJECT_OPENERS } from './word-classes.js';
import { classifyTitle } from './title-sense.js';
import { defaultHolder } from './title-holder.js';
import { bodyBefore, headsAPart } from './title-body.js';
import { unnamedBodyAfter } from './title-body.js';
import { envoyRole } from './title-envoy.js';
import { genericBody, impliedBody } from './title-generic.js';
import { partyBefore } from './title-party.js';
import { tableHolder, tableOverrules } from './title-table.js';
import { modifiersOnly, possessiveHolder, widenTitle } from './title-span.js';

export interface RoleEnv {
  ctx: ArticleContext;
  cues: CompiledCues;
  view: SentenceView;
  evidence: Span;
  emit: (candidate: Candidate) => void;
}

const BLOCKED_BEFORE =
  /\b(?:former|late|then|ex|outgoing|erstwhile)[\s-]+(?:[\p{L}.’'-]+\s+){0,3}$/iu;
const FROM_ORG = /^,?\s+(?:from|of|at|with)\s+(?:the\s+)?$/i;

/**
 * LEADS / REPRESENTS / MEMBER_OF from the people of one sentence: the titles the entity stage
 * marked ("U.S. Defense Secretary Jane Doe"), titles in apposition it missed ("X, senior
 * fellow at Y"), "X, from Y" and a party name right before a person ("Conservative X").
 */
export function extractRoles(env: RoleEnv): void {
  const { view } = env;
  view.units.forEach((unit, u) => {
    const mention = unit.mention;
    if (mention.type !== 'Person' || !unit.actor) return;
    const envoy = envoyRole(env.cues, view, u);
    if (envoy) return emit(env, 'REPRESENTS', unit.actor, envoy.state, 0.8, envoy.title);
    const role = mention.role
      ? completeRole(env, unit, u, widenRole(env, mention, mention.role))
      : appositionRole(env, unit, u);
    const titleParty = mention.role ? partyBefore(env.ctx, mention.role.start) : undefined;
    if (titleParty && mention.role && mention.role.end <= mention.start) {
      emit(env, 'MEMBER_OF', unit.actor, titleParty, 0.7);
    }
    const implied = mention.role ? impliedBody(env.ctx, mention.role.title) : undefined;
    if (implied) emit(env, 'MEMBER_OF', unit.actor, implied, 0.7);
    if (role) return roleRelation(env, unit.actor, mention, role);
    const from = affiliation(env, u);
    if (from) emit(env, 'REPRESENTS', unit.actor, from, 0.6);
    const modifier = view.units[u - 1];
    // "Conservative Thomas Reid": a party's name right before a person's.
    const party =
      env.ctx.entities.get(modifier?.mention.entityId ?? '')?.attributes?.['kind'] === 'party';
    if (modifier?.actor && party && /^\s+$/.test(gap(view, modifier.end, unit.start))) {
      emit(env, 'MEMBER_OF', unit.actor, modifier.actor, 0.6);
    }
  });
}

/** A title before its name gets its missing words ("Trade Representative"). */
function widenRole(env: RoleEnv, mention: Mention, role: RoleCue): RoleCue {
  if (role.end > mention.start) return role;
  const wide = widenTitle(env.ctx, env.cues, env.view, role);
  // With a holder already given, only modifiers may join ("Turkish presidential spokesman"), so
  // "Brazil's democracy leader" keeps its distance from Brazil.
  if (role.of === undefined || modifiersOnly(env.cues, wide.title, role.title)) return wide;
  return role;
}

function roleRelation(env: RoleEnv, person: ActorRef, mention: Mention, role: RoleCue): void {
  const sense = classifyTitle(env.cues, role.title);
  if (sense === undefined) return;
  const text = env.ctx.analysis.text;
  const titleStart = Math.min(role.start, mention.start);
  if (BLOCKED_BEFORE.test(text.slice(Math.max(0, role.start - 40), role.start))) return;
  if (BLOCKED_BEFORE.test(text.slice(Math.max(0, titleStart - 40), titleStart))) return;
  const trusted = role.of !== undefined && ownsTitle(env, role.of, role) ? role.of : undefined;
  const given = trusted === undefined ? undefined : holderOf(env, trusted, sense);
  // A state right before the title ("Norwegian Prime Minister X") is the text's own word.
  const adjacent = (env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? []).some(
    (m) =>
      m.entityId === trusted &&
      m.end <= role.start &&
      /^\s*(?:['’]s)?\s*$/.test(gap(env.view, m.end, role.start)),
  );
  const explicit =
    given && !adjacent ? tableOverrules(env.ctx, sense, mention.entityId, given) : given;
  // A title after the name with no holder found ("president of the self-declared government")
  // names a holder the article has no entity for; a title before it may be the article's state's.
  // Whether the title stands alone is read before the words the entity stage gave it.
  const marked = Math.min(mention.role?.start ?? role.start, mention.start);
  // A person the table places in a state the article does not name is no guess's state holder.
  const placedIn = env.ctx.entities.get(mention.entityId)?.attributes?.['actorState'];
  const placed =
    typeof placedIn === 'string' &&
    sense.scope !== 'organization' &&
    !env.ctx.entities.has(`state:${placedIn}`);
  const guess =
    role.of === undefined && role.start < mention.start && !placed && standsAlone(env, marked);
  // "Federal Reserve Board chairman X": the body before the title owns it, not the body's state.
  const body =
    role.start < mention.start
      ? bodyBefore(env.ctx, env.view.sentence.index, role.start)
      : undefined;
  const owner = body === undefined ? undefined : holderOf(env, body.entityId, sense);
  const generic =
    role.of === undefined && body === undefined
      ? genericBody(env.ctx, role, env.view.sentence.index)
      : undefined;
  const tabled =
    role.of === undefined && body === undefined && generic === undefined
      ? tableHolder(env.ctx, sense, mention.entityId)
      : undefined;
  const holder = owner
    ? { actor: owner, confidence: 0.8 }
    : generic
      ? { actor: generic, confidence: 0.7 }
      : explicit
        ? { actor: explicit, confidence: 0.9 }
        : body
          ? undefined
          : (tabled ??
            (guess
              ? defaultHolder(env.ctx, sense, mention.entityId, env.view.sentence.index)
              : undefined));
  if (holder === undefined) return;
  const title = role.title.trim();
  const demoted = tabled?.demoted === true || headsAPart(title);
  switch (demoted && sense.kind === 'leads' ? 'represents' : sense.kind) {
    case 'leads':
      return emit(env, 'LEADS', person, holder.actor, holder.confidence, title);
    case 'represents':
      return emit(env, 'REPRESENTS', person, holder.actor, holder.confidence, title);
    case 'member':
      if (holder.actor.type === 'Organization')
        return emit(env, 'MEMBER_OF', person, holder.actor, holder.confidence);
      return emit(env, 'REPRESENTS', person, holder.actor, holder.confidence, title);
  }
}

/**
 * True when nothing qualifies a title from the left ("President X said", "said President X"), so
 * it may belong to the article's state. "Cofinec CEO X" or "rebel military leader X" name (or
 * describe) a holder the article has no entity for: no guess then.
 */
function standsAlone(env: RoleEnv, at: number): boolean {
  const { view } = env;
  const before = gap(view, view.sentence.start, at);
  const previous = /(\S+)\s*$/u.exec(before)?.[1];
  if (previous === undefined) return true;
  if (/[,;:(\-–—"“”‘]$/u.test(previous)) return true;
  const word = previous.toLowerCase();
  if (DETERMINERS.has(word) || PREPOSITIONS.has(word)) return true;
  // "Earlier Foreign Secretary X", "said President X".
  return SUBJECT_OPENERS.has(word) || env.cues.context.speechVerbs.has(word);
}

/**
 * Whether the `of` the entity stage gave really owns the title: a name right before it ("Jordanian
 * Foreign Minister") does, a name a lowercase word away ("Burma's democracy leader") or glued by a
 * hyphen ("Moscow-backed leader") does not. A holder after the title is trusted.
 */
function ownsTitle(env: RoleEnv, of: string, role: RoleCue): boolean {
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  // A name ending the line before (a photo credit) is not the holder of the next line's title.
  const text = env.ctx.analysis.text;
  const credit = lastMentionEndingBy(env.ctx.analysis, of, role.start);
  if (credit && /^\s*\n\s*$/.test(text.slice(credit.end, role.start))) return false;
  // Nor is a name ending the sentence before ("... and Indonesia. Chancellor X").
  if (credit && /^[.!?]\s+$/.test(text.slice(credit.end, role.start))) return false;
  const before = mentions.findLast((m) => m.entityId === of && m.end <= role.start);
  if (before === undefined) return true;
  const between = env.ctx.analysis.text.slice(before.end, role.start);
  return /^\s*(?:['’]s\s*)?$/.test(between) || !/^-|\p{Ll}/u.test(between.replace(/['’]s/g, ''));
}

/** The title's holder: a body's head leads the body itself, its other officers serve the state. */
function holderOf(env: RoleEnv, entityId: string, sense: TitleSense): ActorRef | undefined {
  const entity = env.ctx.entities.get(entityId);
  if (sense.kind === 'leads' && entity?.type === 'Organization')
    return { id: entity.id, type: 'Organization' };
  return env.ctx.actor(entityId);
}

/**
 * A title the entity stage marked without its holder: the state or party right before it ("US
 * President X"), or the one after "for"/"of"/"at" when it follows the name ("X, a lawmaker for Y").
 */
function completeRole(env: RoleEnv, unit: Unit, u: number, role: RoleCue): RoleCue {
  const { view } = env;
  if (role.of !== undefined) {
    // "X, a researcher at the Sudan Policy Forum": the body named after the title, not a name in it.
    const after = role.start >= unit.mention.end ? titleHolderAfter(env, u, role) : undefined;
    if (after) return { ...role, title: partTitle(env, role, after), of: after.mention.entityId };
    // "X, head of the populist Free Greeks party": the holder only describes an unnamed body.
    const named = (env.ctx.mentionsBySentence.get(view.sentence.index) ?? []).find(
      (m) => m.entityId === role.of && m.start >= role.end,
    );
    const rest = named ? view.sentenceText.slice(named.end - view.sentence.start) : '';
    return named && unnamedBodyAfter(rest)
      ? { title: role.title, start: role.start, end: role.end }
      : role;
  }
  if (role.end <= unit.mention.start) {
    const mentions = env.ctx.mentionsBySentence.get(view.sentence.index) ?? [];
    const modifier = mentions.findLast((m) => m.end <= role.start);
    const adjacent = modifier && /^\s*(?:['’]s\s*)?$/.test(gap(view, modifier.end, role.start));
    if (adjacent && (modifier.type === 'State' || modifier.type === 'Organization')) {
      return { ...role, of: modifier.entityId };
    }
    const named = namedBefore(env, role.start) ?? possessiveHolder(env.ctx, view, role);
    return named ? { ...role, of: named } : role;
  }
  const holder = titleHolderAfter(env, u, role);
  return holder ? { ...role, of: holder.mention.entityId } : role;
}

/** "X, head of strategy for Y": the words up to the holder belong to the title. */
function partTitle(env: RoleEnv, role: RoleCue, holder: Unit): string {
  const upTo = gap(env.view, role.start, holder.start).replace(TRAILING_PREPOSITION, '');
  return headsAPart(upTo) ? upTo : role.title;
}

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
function holderAfter(env: RoleEnv, u: number, at: number): Unit | undefined {
  const { view } = env;
  const next = view.units.findIndex((unit, i) => i > u && unit.start >= at);
  const unit = view.units[next];
  if (!unit || !/^(?:[\p{L}.-]+\s+){0,2}$/u.test(gap(view, at, unit.start))) return undefined;
  const holder = ownedUnit(view, next, unit.start);
  if (!holder?.actor) return undefined;
  // "head of the populist X party", "head of the X recruitment center": the title's body is one the
  // article has no entity for, and X only describes it.
  return unnamedBodyAfter(view.sentenceText.slice(holder.end - view.sentence.start))
    ? undefined
    : holder;
}

/** "X, a lawmaker for Y", "X, senior fellow at the Y": a title in apposition right after a person. */
function appositionRole(env: RoleEnv, unit: Unit, u: number): RoleCue | undefined {
  const { view } = env;
  const rest = gap(view, unit.end, view.sentence.end);
  const match = appositionPattern(env.cues).exec(rest);
  if (!match?.[1]) return undefined;
  const holder = holderAfter(env, u, unit.end + match[0].length);
  if (holder === undefined) return undefined;
  const start = unit.end + match[0].indexOf(match[1]);
  const cue = { title: match[1], start, end: start + match[1].length };
  const title = partTitle(env, cue, holder);
  return { title, start, end: start + title.length, of: holder.mention.entityId };
}

const appositions = new WeakMap<CompiledCues, RegExp>();

function appositionPattern(cues: CompiledCues): RegExp {
  let pattern = appositions.get(cues);
  if (pattern === undefined) {
    pattern = new RegExp(
      `^,\\s+(?:(?:a|an|the)\\s+)?((?:[\\p{L}’'.-]+\\s+){0,3}?(?:${cues.titleAlternation}))\\s+(?:of|for|at|from|with|in|to)\\s+(?:the\\s+)?`,
      'iu',
    );
    appositions.set(cues, pattern);
  }
  return pattern;
}

/** "Lena Marsh, from Amnesty International", "X of the Y Party": the organization a person comes from. */
function affiliation(env: RoleEnv, u: number): ActorRef | undefined {
  const { view } = env;
  const unit = view.units[u];
  const next = view.units[u + 1];
  if (!unit || !next || !FROM_ORG.test(gap(view, unit.end, next.start))) return undefined;
  const holder = ownedUnit(view, u + 1, next.start);
  return holder?.actor?.type === 'Organization' ? holder.actor : undefined;
}

/** The unit at `at`, following possessives: "the UK's Human Rights Watch" → Human Rights Watch. */
function ownedUnit(view: SentenceView, u: number, at: number): Unit | undefined {
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

function emit(
  env: RoleEnv,
  type: EntityRelationType,
  source: ActorRef,
  target: ActorRef,
  confidence: number,
  role?: string,
): void {
  env.emit({ type, source, target, confidence, evidence: env.evidence, role });
}

function gap(view: SentenceView, from: number, to: number): string {
  return view.sentenceText.slice(from - view.sentence.start, to - view.sentence.start);
}
