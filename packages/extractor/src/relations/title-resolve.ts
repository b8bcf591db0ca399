import { lexicon } from '../lexicon/lexicon.js';
import type { Mention, RoleCue } from '../types.js';
import type { ActorRef } from './article-context.js';
import { lastMentionEndingBy } from './entity-mentions.js';
import type { TitleSense } from './cue-lexicon.js';
import { DETERMINERS, PREPOSITIONS, SUBJECT_OPENERS } from './word-classes.js';
import { defaultHolder, type Holder } from './title-holder.js';
import { bodyBefore, ownKindLength } from './title-body.js';
import { gap, type RoleEnv } from './title-env.js';
import {
  BETWEEN_HOLDER_AND_TITLE,
  PERSON_DESCRIBERS,
  genericBody,
  impliedBody,
} from './title-generic.js';
import { tableHolder, tableOverrules } from './title-table.js';
import { ownedPortfolio, portfolioSubject } from './title-portfolio.js';
import { titleModifier } from './title-sense.js';
import { premodifierHolder } from './title-possessive.js';
import { communityTitle } from './title-community.js';
import { postedSender, regionalOwner } from './title-region.js';
import { stateBodyBefore, stateBodySense } from './title-state-body.js';
import { strength } from './confidence.js';
import { withProps } from '../with-props.js';

const PORTFOLIO_LAST = /(?:^|\s)(\p{Lu}\p{Ll}+)\s*$/u;

/** Who holds a title and whether the table says the person only serves there. */
export interface ResolvedHolder extends Holder {
  demoted: boolean;
}

/**
 * The holder of `role`, the title of `mention`, by the first that applies: a body right before
 * the title, a common noun for the one body of its kind, the holder the text gives, the dated
 * actor table, else the article's state when the title stands alone.
 */
export function resolveHolder(
  env: RoleEnv,
  mention: Mention,
  role: RoleCue,
  sense: TitleSense,
): ResolvedHolder | undefined {
  const posted = postHolder(env, mention, role, sense);
  if (posted) return posted;
  // "Turkey's EU Affairs Minister X": the EU is what the office deals with; Turkey holds it.
  const portfolio =
    role.start < mention.start
      ? portfolioSubject(env.ctx, env.view.sentence.index, role)
      : undefined;
  if (portfolio)
    return (
      portfolio.owner && {
        actor: portfolio.owner,
        confidence: strength('title-owner-named'),
        demoted: false,
      }
    );
  // "Federal Reserve Board chairman X": the body before the title owns it, not the body's state.
  const body =
    role.start < mention.start
      ? bodyBefore(env.ctx, env.view.sentence.index, role.start)
      : undefined;
  const owner = body === undefined ? undefined : holderOf(env, body.entityId, sense);
  if (owner) return { actor: owner, confidence: strength('title-owner-named'), demoted: false };
  const generic =
    role.of === undefined && body === undefined
      ? genericBody(env.ctx, role, env.view.sentence.index)
      : undefined;
  if (generic)
    return { actor: generic, confidence: strength('title-generic-body'), demoted: false };
  // "Turkish Cypriot leader X": the leader of a community, not of either state.
  if (role.start < mention.start && communityTitle(env, role, sense)) return undefined;
  const explicit = textHolder(env, mention, role, sense);
  if (explicit)
    return { actor: explicit, confidence: strength('title-of-named-holder'), demoted: false };
  // "X, a NATO spokesman,": the name before the title in the apposition holds it.
  const premodifier = role.of === undefined ? premodifierHolder(env, mention, role) : undefined;
  const inApposition = premodifier === undefined ? undefined : holderOf(env, premodifier, sense);
  if (inApposition)
    return { actor: inApposition, confidence: strength('title-owner-named'), demoted: false };
  if (body !== undefined) return undefined;
  // A holder the entity stage guessed ("Iraq" as the headline, then "President Bush said") that the
  // text does not bear out gives way to the table, for a person all of whose roles are one state's.
  if (role.of !== undefined)
    return env.ctx.entities.get(mention.entityId)?.attributes?.['actorSole'] === true
      ? tableHolder(env.ctx, sense, mention.entityId)
      : undefined;
  const tabled = tableHolder(env.ctx, sense, mention.entityId);
  if (tabled) return tabled;
  // "Pope X": the one body a head's title names, when the article names it too.
  const implied = sense.kind === 'leads' ? impliedBody(env.ctx, role.title) : undefined;
  if (implied) return { actor: implied, confidence: strength('implied-body'), demoted: false };
  if (!(role.start < mention.start) || placedElsewhere(env, mention, sense)) return undefined;
  // Whether the title stands alone is read before the words the entity stage gave it.
  const marked = Math.min(mention.role?.start ?? role.start, mention.start);
  // "the foreign ministry spokesman X": a state's body before the title makes it a state's.
  const bodyAt = stateBodyBefore(env, marked);
  if (!standsAlone(env, bodyAt ?? marked)) return undefined;
  const guessed = bodyAt === undefined ? sense : stateBodySense(sense);
  if (guessed === undefined) return undefined;
  const guess = defaultHolder(env.ctx, guessed, mention.entityId, env.view.sentence.index);
  // A lower-case body is any state's: only the state the sentence names holds it.
  if (bodyAt !== undefined && guess && !namedHere(env, guess.actor.id)) return undefined;
  return guess ? withProps(guess, { demoted: false }) : undefined;
}

/**
 * "the UN's Syria envoy X": Syria is the post's region; the UN holds the post, heading no more
 * than its part for the region ("Amnesty's Asia director"). "Britain's UN ambassador X": the
 * state sends the envoy to the body.
 */
function postHolder(
  env: RoleEnv,
  mention: Mention,
  role: RoleCue,
  sense: TitleSense,
): ResolvedHolder | undefined {
  const region = regionalOwner(env, mention, role);
  const regional = region === undefined ? undefined : holderOf(env, region.entityId, sense);
  if (regional)
    return { actor: regional, confidence: strength('title-owner-named'), demoted: true };
  const sender = postedSender(env, mention, role);
  return sender && { actor: sender, confidence: strength('title-owner-named'), demoted: false };
}

/** The holder the text gives the title, when it owns the title; a known person's table may overrule it. */
function textHolder(
  env: RoleEnv,
  mention: Mention,
  role: RoleCue,
  sense: TitleSense,
): ActorRef | undefined {
  const trusted =
    role.of !== undefined && ownsTitle(env, role.of, role, sense) ? role.of : undefined;
  const given = trusted === undefined ? undefined : holderOf(env, trusted, sense);
  if (given === undefined) return undefined;
  // A state right before the title ("Norwegian Prime Minister X") is the text's own word.
  const adjacent = (env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? []).some(
    (m) =>
      m.entityId === trusted &&
      m.end <= role.start &&
      /^\s*(?:['’]s)?\s*$/.test(gap(env.view, m.end, role.start)),
  );
  return adjacent ? given : tableOverrules(env.ctx, sense, mention.entityId, given);
}

/** A person the table places in a state the article does not name is no guess's state holder. */
function placedElsewhere(env: RoleEnv, mention: Mention, sense: TitleSense): boolean {
  const placedIn = env.ctx.entities.get(mention.entityId)?.attributes?.['actorState'];
  return (
    typeof placedIn === 'string' &&
    sense.scope !== 'organization' &&
    !env.ctx.entities.has(`state:${placedIn}`)
  );
}

/**
 * True when nothing qualifies a title from the left ("President X said", "said President X"), so
 * it may belong to the article's state. "Cofinec CEO X" or "rebel military leader X" name (or
 * describe) a holder the article has no entity for: no guess then.
 */
function standsAlone(env: RoleEnv, at: number): boolean {
  const { view } = env;
  // "replaced by Development Minister X": a portfolio word belongs to the title, not its holder.
  let before = withoutPortfolios(gap(view, view.sentence.start, at));
  let previous = /(\S+)\s*$/u.exec(before)?.[1];
  // "conservative Interior Minister X": a word that describes the person names no holder.
  // "Current President X": a describer opening the sentence is capitalised.
  while (previous !== undefined && PERSON_DESCRIBERS.has(previous.toLowerCase())) {
    before = before.trimEnd().slice(0, -previous.length);
    previous = /(\S+)\s*$/u.exec(before)?.[1];
  }
  if (previous === undefined) return true;
  if (/[,;:(\-–—"“”‘]$/u.test(previous)) return true;
  const word = previous.toLowerCase();
  if (DETERMINERS.has(word) || PREPOSITIONS.has(word)) return true;
  // "Earlier Foreign Secretary X", "said President X".
  return SUBJECT_OPENERS.has(word) || env.cues.context.speechVerbs.has(word);
}

/** The text before a title without the capitalised portfolio words that end it ("Development"). */
function withoutPortfolios(before: string): string {
  let rest = before;
  for (let match = PORTFOLIO_LAST.exec(rest); match; match = PORTFOLIO_LAST.exec(rest)) {
    if (!lexicon().portfolios.has(match[1] ?? '')) break;
    rest = rest.slice(0, match.index);
  }
  // "Justice, Freedom and Security Commissioner": a list of portfolios, read whole or not at all.
  return rest !== before && /(?:,|\band|&)\s*$/u.test(rest) ? before : rest;
}

/**
 * Whether the `of` the entity stage gave really owns the title: a name right before it ("Jordanian
 * Foreign Minister") does, a name a lowercase word away ("Burma's democracy leader") or glued by a
 * hyphen ("Moscow-backed leader") does not. A holder after the title is trusted.
 */
function ownsTitle(env: RoleEnv, of: string, role: RoleCue, sense: TitleSense): boolean {
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  // A name ending the line before (a photo credit) is not the holder of the next line's title.
  const text = env.ctx.analysis.text;
  const credit = lastMentionEndingBy(env.ctx.analysis, of, role.start);
  if (credit && /^\s*\n\s*$/.test(text.slice(credit.end, role.start))) return false;
  // Nor is a name ending the sentence before ("... and Indonesia. Chancellor X").
  if (credit && /^[.!?]\s+$/.test(text.slice(credit.end, role.start))) return false;
  const before = mentions.findLast((m) => m.entityId === of && m.end <= role.start);
  // '"The EIB is ready," said X, president of the European Investment Bank': named again right
  // after the title, the holder is that name, whatever came before.
  if (before === undefined || namedRightAfter(env, of, role))
    return !possessesAnother(env, of, role);
  const between = env.ctx.analysis.text.slice(before.end, role.start);
  if (/^\s*(?:['’]s\s*)?$/.test(between)) return true;
  // "DW: Professor Lange, ...": an interviewer's label, not the holder.
  if (/[:;!?]/u.test(between)) return false;
  // "Israel's new defense minister", "South Korean ministry spokesman", "the Iraqi government's
  // spokesman": words that keep the holder.
  const words = between
    .replace(/['’]s(?=\s)/gu, '')
    .trim()
    .split(/\s+/u);
  if (words.every((w) => BETWEEN_HOLDER_AND_TITLE.has(w))) return true;
  // "Greece's migration minister": an officer's field between the holder and the title.
  if (ownedPortfolio(between, sense, before.type, (w) => titleModifier(env.cues, w))) return true;
  // "the UGT union confederation leader": the holder's own kind noun.
  const kind = ownKindLength(before.type, between);
  if (kind > 0 && between.slice(kind).trim() === '') return true;
  return !/^-|\p{Ll}/u.test(between.replace(/['’]s/g, ''));
}

// "president of the", "head of": a title's holder right after it.
const OF_HOLDER = /^\s+(?:of|at)\s+(?:the\s+)?$/u;

function namedRightAfter(env: RoleEnv, of: string, role: RoleCue): boolean {
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  const after = mentions.find((m) => m.start >= role.end);
  return (
    after?.entityId === of && OF_HOLDER.test(env.ctx.analysis.text.slice(role.end, after.start))
  );
}

/**
 * "governor of Pakistan's Punjab province", "secretary of Venezuela's opposition coalition": a
 * state after the title that owns the next noun does not hold the title; that noun does.
 */
function possessesAnother(env: RoleEnv, of: string, role: RoleCue): boolean {
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  const after = mentions.find((m) => m.entityId === of && m.start >= role.end);
  // "head of Bosch's industry unit" still works for Bosch; a state's province is not the state.
  if (after === undefined || env.ctx.actor(of)?.type !== 'State') return false;
  const between = env.ctx.analysis.text.slice(role.end, after.start);
  return (
    /^\s+of\s+(?:the\s+)?$/u.test(between) &&
    /^['’]s?\s+\p{L}/u.test(env.ctx.analysis.text.slice(after.end, after.end + 4))
  );
}

/** The title's holder: a body's head leads the body itself, its other officers serve the state. */
function holderOf(env: RoleEnv, entityId: string, sense: TitleSense): ActorRef | undefined {
  const entity = env.ctx.entities.get(entityId);
  if (sense.kind === 'leads' && entity?.type === 'Organization')
    return { id: entity.id, type: 'Organization' };
  return env.ctx.actor(entityId);
}

/** Whether the sentence names the actor. */
function namedHere(env: RoleEnv, id: string): boolean {
  return (env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? []).some(
    (m) => m.entityId === id,
  );
}
