import type { Mention, RoleCue } from '../types.js';
import type { ActorRef } from './article-context.js';
import type { CompiledCues, TitleSense } from './cue-lexicon.js';
import { classifyTitle } from './title-sense.js';
import { headsAPart } from './title-body.js';
import { PREPOSITIONS } from './word-classes.js';

// "X, chief economist at Y", "X, chief market strategist at Y": up to three words after the title,
// the last a lower-case noun, then the preposition to its body.
const WORDS_AFTER = /^(?:\s+[\p{L}-]+){2,4}/u;
const NOUN = /^\p{Ll}[\p{L}-]*$/u;
const THE_AFTER = /^\s+(?:the\s+)?/u;

/** A title read where it stands, and what it means there. */
export interface ReadTitle {
  role: RoleCue;
  sense: TitleSense;
}

/**
 * The title the entity stage marked after a name, with the noun it only modifies: in "X, chief
 * economist at Y" or "X, chief spokesman for Y" the title is "chief economist" or "chief
 * spokesman", and "chief" heads nothing. The longer title keeps its own sense when it has one
 * ("chief spokesman" speaks for Y); else a head title that only modifies a noun serves the body
 * without leading it.
 */
export function readTitle(
  cues: CompiledCues,
  text: string,
  mention: Mention,
  role: RoleCue,
  holderAt: (offset: number) => boolean,
): ReadTitle | undefined {
  const sense = classifyTitle(cues, role.title);
  const asMarked = sense ? { role, sense } : undefined;
  const found = role.start >= mention.end ? nounBeforeBody(text, role.end) : undefined;
  // Only where the title's holder follows the preposition: "chief economist at [Y]".
  if (found === undefined || !holderAt(found.holderAt)) return asMarked;
  const end = found.nounEnd;
  const wide = { ...role, title: text.slice(role.start, end), end };
  const own = classifyTitle(cues, wide.title);
  if (own) return { role: wide, sense: own };
  if (sense === undefined) return undefined;
  return { role: wide, sense: sense.kind === 'leads' ? { ...sense, kind: 'represents' } : sense };
}

/**
 * The end of the words a title modifies and where its holder may start, when one to three words
 * after the title end in a lower-case noun followed by a preposition ("economist at", "market
 * strategist at"); none of the words before may be a preposition ("chief of staff").
 */
function nounBeforeBody(
  text: string,
  from: number,
): { nounEnd: number; holderAt: number } | undefined {
  const run = WORDS_AFTER.exec(text.slice(from, from + 80))?.[0];
  if (run === undefined) return undefined;
  const spans = [...run.matchAll(/[\p{L}-]+/gu)];
  for (let i = 1; i < spans.length; i++) {
    const word = spans[i]?.[0] ?? '';
    const previous = spans[i - 1];
    if (PREPOSITIONS.has(spans[i - 1]?.[0] ?? '')) return undefined;
    if (!PREPOSITIONS.has(word) || previous === undefined || !NOUN.test(previous[0])) continue;
    const prepEnd = from + (spans[i]?.index ?? 0) + word.length;
    const the = THE_AFTER.exec(text.slice(prepEnd, prepEnd + 8))?.[0].length ?? 0;
    return { nounEnd: from + (previous.index ?? 0) + previous[0].length, holderAt: prepEnd + the };
  }
  return undefined;
}

/** "Britain's Chancellor": a head title that only some states use does not make another's head. */
export function foreignHeadTitle(sense: TitleSense, holder: ActorRef): boolean {
  if (sense.kind !== 'leads' || sense.states === undefined || holder.type !== 'State') return false;
  return !sense.states.some((code) => holder.id === `state:${code}`);
}

/**
 * "South Korean director X", "Spanish executive director X": a title that only heads an
 * organization ("director", "chief executive") gives no state a head, nor an officer: the state
 * says where the person is from, not what he holds. So with a staff title no state office has
 * ("German economist X", "a Syria researcher"): the state is his origin or his subject.
 */
export function organizationTitleOfState(
  sense: TitleSense,
  holder: ActorRef,
  title: string,
): boolean {
  // "army chief of staff": the head of a part of the state's government serves the state.
  if (headsAPart(title)) return false;
  if (holder.type !== 'State') return false;
  return (sense.kind === 'leads' && sense.scope === 'organization') || sense.staffOnly;
}

/** "co-leader", "co-chair": the tokenizer leaves "co-" off the title it marked. */
export function withCoPrefix(text: string, role: RoleCue): RoleCue {
  if (!/(?:^|[^\p{L}])co-$/iu.test(text.slice(Math.max(0, role.start - 4), role.start)))
    return role;
  const start = role.start - 3;
  return { ...role, title: text.slice(start, role.end), start };
}
