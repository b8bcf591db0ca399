import { personOwnsAgent } from './agent-nouns.js';
import type { Group } from './coordination.js';
import type { CompiledCues } from './cue-lexicon.js';
import { armedGroupMembers, nonActorHeadEnd } from './modifier-head.js';
import type { SentenceView } from './sentence-view.js';
import type { Skip } from './subject.js';
import { DETERMINERS, SKIPPABLE } from './word-classes.js';
import { frameWords } from './frame-words.js';

interface HeadQuery {
  view: SentenceView;
  cues: CompiledCues;
}

/**
 * "Germany, France's closest ally, backed Y": the comma list stops at the aside stepped over;
 * the possessor inside it does not act. A person's aside may name the body they act for ("X,
 * Amnesty's Europe director, accused"), an accepted source of the person's act: kept, unless
 * the aside calls the person another's critic, ally or supporter ("X, Y's fiercest critic").
 */
export function beforeAside({ view, cues }: HeadQuery, group: Group, skip: Skip): Group {
  if (skip === undefined || (view.units[group.hi]?.firstToken ?? -1) <= skip[0]) return group;
  if (view.units[group.lo]?.actor?.type === 'Person' && !stanceAside(cues, view, skip))
    return group;
  let hi = group.hi;
  while (hi > group.lo && (view.units[hi]?.firstToken ?? -1) > skip[0]) hi--;
  const members = group.members.filter((m) => m.firstToken < skip[0]);
  return { lo: group.lo, hi, members };
}

/**
 * "German students", "Germany's students", "German peace researchers": people the actor only
 * modifies, at the head right after it (or its "'s") or behind one plain noun before the cue.
 */
export function peopleHeadAfter({ view, cues }: HeadQuery, at: number, to: number): boolean {
  const heads = cues.context.nonRepresentativeHeads;
  // "A British photographer criticised Y", "the Albanian majority boycotted": a demonym before a
  // head the state does not act through, the same heads as on the target's side.
  const modifier = view.units[view.unitAt[at - 1] ?? -1];
  if (modifier?.lastToken === at - 1 && modifier.mention.kind === 'demonym') {
    const end = nonActorHeadEnd(cues, view, modifier);
    if (end >= 0 && end <= to) return true;
  }
  // "Houthi rebels attacked Y": a group's own rebels are the group acting.
  if (modifier?.lastToken === at - 1 && armedGroupMembers(view, modifier, at)) return false;
  // "Mr. X's deputy praised Y": X's deputy acts, not X.
  if (personOwnsAgent(view, at)) return true;
  // "Iran's dissidents", "Iran's jailed dissidents": past the possessive.
  at = headIndex(view, at);
  if (heads.matchAt(view.words, at) > 0) return true;
  const word = view.words[at] ?? '';
  if (at + 1 >= to || !/^\p{Ll}+$/u.test(word) || SKIPPABLE.has(word) || DETERMINERS.has(word))
    return false;
  if (cues.context.representativeHeads.matchAt(view.words, at) > 0) return false;
  return heads.matchAt(view.words, at + 1) > 0;
}

/** Skips "'s" so "Russia's foreign ministry" looks at "foreign ministry". */
function headIndex(view: SentenceView, from: number): number {
  return view.words[from] === "'s" ? from + 1 : from;
}

/** The aside `skip` holds a noun that names a stance ("critic", "ally", "supporter"). */
function stanceAside(
  cues: CompiledCues,
  view: SentenceView,
  [from, to]: [number, number],
): boolean {
  for (let t = from; t <= to; t++) {
    const forms = cues.forms.get(view.words[t] ?? '');
    if (forms?.some((f) => f.family.frame === 'premodifier')) return true;
  }
  return false;
}

const PLACING = frameWords().placingPrepositions;

/** "voters in Ohio", "activists from Chile": a common noun placed by the actor at `first`. */
export function placedNoun(view: SentenceView, cues: CompiledCues, first: number): boolean {
  if (!PLACING.has(view.words[first - 1] ?? '')) return false;
  return cues.context.nonRepresentativeHeads.matchAt(view.words, first - 2) > 0;
}
