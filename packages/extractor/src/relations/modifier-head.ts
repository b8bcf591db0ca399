import { lexicon } from '../lexicon/lexicon.js';
import { nameOpeners } from '../lexicon/name-openers.js';
import type { CompiledCues } from './cue-lexicon.js';
import { frameWords } from './frame-words.js';
import type { SentenceView, Unit } from './sentence-view.js';
import { OBJECT_BOUNDARIES, PREPOSITIONS, SKIPPABLE } from './word-classes.js';

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
const OWNED_GROUND = frameWords().ownedGround;
const LOWER_WORD = /^\p{Ll}+$/u;

/** The token after the head noun `unit` describes (see modifiesNonActor), or -1. */
export function nonActorHeadEnd(cues: CompiledCues, view: SentenceView, unit: Unit): number {
  const next = unit.lastToken + 1;
  if (view.words[next] === "'s") return ownedPeopleEnd(cues, view, next + 1);
  const heads = cues.context.nonRepresentativeHeads;
  const head = heads.matchAt(view.words, next);
  if (head > 0) return next + head;
  // "the Republican presidential nominee": the head behind one plain adjective.
  const word = view.words[next] ?? '';
  if (/^\p{Ll}+al$/u.test(word)) {
    const after = heads.matchAt(view.words, next + 1);
    if (after > 0) return next + 1 + after;
  }
  // A company noun names a body only after its own name ("the Daily Star newspaper"), not after a
  // state's adjective: "the French bank Credit Lyonnais" is the bank's; so does a noun for what a
  // person does ("a Russian billionaire", "the American actor"; name-openers.json).
  if (unit.mention.kind !== 'demonym') return -1;
  // "a Mexican cartel", "Albanian drug gangs": a group no state acts through (frame-words.json).
  if (NON_STATE_GROUPS.has(word)) return next + 1;
  if (LOWER_WORD.test(word) && NON_STATE_GROUPS.has(view.words[next + 1] ?? '')) return next + 2;
  return lexicon().orgNouns.has(word) || nameOpeners().has(word) ? next + 1 : -1;
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

/**
 * "Iran's rebel Kurds", "Germany's allies": past a possessive, a head for people the owner does not
 * act through (perhaps behind one plain word that is no representative head: "Iran's foreign
 * ministry" acts), where it ends the noun phrase ("Trump's executive order" is the order). The
 * owner's own ground stands for it ("invaded Y's territory"; frame-words.json ownedGround).
 */
function ownedPeopleEnd(cues: CompiledCues, view: SentenceView, next: number): number {
  const { nonRepresentativeHeads: heads, representativeHeads } = cues.context;
  const word = view.words[next] ?? '';
  let end = next + heads.matchAt(view.words, next);
  if (end === next) {
    if (!LOWER_WORD.test(word) || SKIPPABLE.has(word)) return -1;
    if (representativeHeads.matchAt(view.words, next) > 0) return -1;
    const after = heads.matchAt(view.words, next + 1);
    if (after === 0) return -1;
    end = next + 1 + after;
  } else if (OWNED_GROUND.has(word)) return -1;
  return endsPhrase(view.words[end]) ? end : -1;
}

/** The word after a head: none, punctuation, or a function word, not a noun the head modifies. */
function endsPhrase(word: string | undefined): boolean {
  if (word === undefined || !LOWER_WORD.test(word)) return true;
  return (
    PREPOSITIONS.has(word) ||
    SKIPPABLE.has(word) ||
    OBJECT_BOUNDARIES.has(word) ||
    CLOSERS.has(word)
  );
}

const CLOSERS: ReadonlySet<string> = new Set(['and', 'or', 'that']);
