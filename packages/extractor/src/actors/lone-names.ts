import type { Candidate } from '../stages/candidate.js';
import type { ArticleMeta, ExtractOptions } from '../types.js';
import type { Actor } from './actor-table.js';
import { actorIndex, actorKey, inOffice, type ActorIndex } from './actor-index.js';
import { articleDate } from './article-date.js';
import { withProps } from '../with-props.js';

/** Whether the actor could be spoken of on `date`: some role of theirs began by then, or is undated. */
function knownBy(actor: Actor, date: number | undefined): boolean {
  return date === undefined || actor.roles.some((r) => r.from === 0 || r.from <= date);
}

/**
 * "Assad", "Obama": the one table person whose dictionary entry lets that word alone name them
 * (Phoenix's one-word synonyms, kept when they are a word of the person's own name), known by the
 * article's date; of several, the one in office on it. Nobody when that leaves none or several.
 */
export function loneActor(
  index: ActorIndex,
  word: string,
  date: number | undefined,
): Actor | undefined {
  const all = (index.byLoneName.get(actorKey(word)) ?? []).filter((a) => knownBy(a, date));
  if (all.length === 1) return all[0];
  if (date === undefined || all.length === 0) return undefined;
  const current = all.filter((a) => inOffice(a, date));
  return current.length === 1 ? current[0] : undefined;
}

/**
 * Untyped one-word names ("Assad rejected the plan", "endorsed Obama") that the actor table names
 * as a person on their own: the candidate carries the Person hint, so resolution keeps it where no
 * full name, acronym or company in the article claims it, and the linker gives it the actor's id.
 * The table's word is evidence enough at the start of a sentence or in a headline too.
 */
export function hintLoneNames(
  candidates: readonly Candidate[],
  context: { text: string; meta: ArticleMeta; options: ExtractOptions },
): Candidate[] {
  const index = actorIndex(context.options.actors);
  if (index.byLoneName.size === 0) return [...candidates];
  const date = articleDate(context.text, context.meta.publishedAt);
  return candidates.map((c) => {
    if (c.type !== null || c.reference !== undefined || c.last - c.first !== 1) return c;
    if (c.tagged === 'Person' || loneActor(index, c.text, date) === undefined) return c;
    const hinted: Candidate = withProps(c, { tagged: 'Person' as const });
    delete hinted.place;
    return hinted;
  });
}
