import { lexicon } from '../lexicon/lexicon.js';
import { nameOpeners } from '../lexicon/name-openers.js';
import { personNouns } from '../lexicon/person-nouns.js';
import type { CompiledCues } from './cue-lexicon.js';
import { frameWords } from './frame-words.js';
import { countedPeople } from './person-noun.js';
import type { SentenceView, Unit } from './sentence-view.js';
import { OBJECT_BOUNDARIES, PREPOSITIONS } from './word-classes.js';

/**
 * "German conservatives", "Burundian refugees", "the French bank X", "a Ghanaian developer": a
 * name right before a head noun for people or a company it does not stand for (cues.json
 * `nonRepresentativeHeads`; after a demonym also a company noun, words.json `orgNouns`, or a
 * person's occupation, name-openers.json). Such a name describes the head; it acts only through
 * a head that represents it ("French officials").
 */
export function modifiesNonActor(cues: CompiledCues, view: SentenceView, unit: Unit): boolean {
  return nonActorHeadEnd(cues, view, unit) >= 0;
}

const NON_STATE_GROUPS = frameWords().nonStateGroups;

/**
 * "Houthi rebels", "FARC rebels": rebels after an organization's or group's own name are that
 * group acting, though "Syrian rebels" (a state's demonym) are not Syria.
 */
export function armedGroupMembers(view: SentenceView, unit: Unit, next: number): boolean {
  const type = unit.actor?.type;
  return (
    view.words[next] === 'rebels' &&
    (type === 'Organization' || type === 'Group') &&
    unit.mention.kind !== 'demonym'
  );
}

/**
 * "praised Germany's SPD", "attacked Yemen's Houthi rebels": a state's possessive right before
 * another body's or group's own name only says where that body is; the body, heading its phrase
 * (nothing but a clause word, "rebels" or punctuation after it), is the one acted on. A state's
 * government body is no such unit: its actor is the state itself.
 */
export function ownsOtherBody(view: SentenceView, unit: Unit): boolean {
  if (unit.actor?.type !== 'State' || view.tokens[unit.lastToken]?.poss !== true) return false;
  const next = view.units[view.unitAt[unit.lastToken + 2] ?? -1];
  if (next?.firstToken !== unit.lastToken + 2 || next.actor?.id === unit.actor.id) return false;
  if (next.actor?.type !== 'Organization' && next.actor?.type !== 'Group') return false;
  const after = view.words[next.lastToken + 1];
  return (
    after === undefined ||
    !LOWER_WORD.test(after) ||
    PREPOSITIONS.has(after) ||
    OBJECT_BOUNDARIES.has(after) ||
    after === 'and' ||
    after === 'or' ||
    armedGroupMembers(view, next, next.lastToken + 1)
  );
}
const LOWER_WORD = /^\p{Ll}+$/u;

/** The token after the head noun `unit` describes (see modifiesNonActor), or -1. */
export function nonActorHeadEnd(cues: CompiledCues, view: SentenceView, unit: Unit): number {
  const next = unit.lastToken + 1;
  const heads = cues.context.nonRepresentativeHeads;
  const head = heads.matchAt(view.words, next);
  if (head > 0 && !armedGroupMembers(view, unit, next)) return next + head;
  // "the Republican presidential nominee": the head behind one plain adjective.
  if (/^\p{Ll}+al$/u.test(view.words[next] ?? '')) {
    const after = heads.matchAt(view.words, next + 1);
    if (after > 0) return next + 1 + after;
  }
  // A company noun names a body only after its own name ("the Daily Star newspaper"), not after a
  // state's adjective: "the French bank Credit Lyonnais" is the bank's; so does a noun for what a
  // person does ("a Russian billionaire", "the American actor"; name-openers.json).
  const word = view.words[next] ?? '';
  // "the US airline Delta": a state's name before a company noun and the company's own name.
  if (unit.actor?.type === 'State' && lexicon().orgNouns.has(word) && capitalAt(view, next + 1))
    return next + 1;
  if (unit.mention.kind !== 'demonym') return -1;
  // "charged three Syrians": the demonym is itself the head, for that many people.
  if (countedPeople(view, unit)) return next;
  // "a Mexican cartel", "Albanian drug gangs": a group no state acts through (frame-words.json).
  if (NON_STATE_GROUPS.has(word)) return next + 1;
  if (LOWER_WORD.test(word) && NON_STATE_GROUPS.has(view.words[next + 1] ?? '')) return next + 2;
  if (lexicon().orgNouns.has(word) || nameOpeners().has(word)) return next + 1;
  // "a British bartender", "Dutch tourists": a noun that only ever names a kind of person
  // (WordNet; none of those who act for a state) unless the heads say it represents ("lawyers").
  return personNouns().has(word) && !cues.context.representativeHeads.has(word) ? next + 1 : -1;
}

/**
 * "attacked a journalist from Mexico", "praised workers from Y": a name after "from" that only
 * says where the people of the noun before come from (a head of modifiesNonActor's kinds).
 */
export function placesPeople(cues: CompiledCues, view: SentenceView, unit: Unit): boolean {
  const at = view.words[unit.firstToken - 1] === 'the' ? unit.firstToken - 2 : unit.firstToken - 1;
  if (view.words[at] !== 'from') return false;
  const noun = view.words[at - 1] ?? '';
  return cues.context.nonRepresentativeHeads.has(noun) || nameOpeners().has(noun);
}

function capitalAt(view: SentenceView, t: number): boolean {
  return /^\p{Lu}/u.test(view.tokens[t]?.text ?? '');
}
