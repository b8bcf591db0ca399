import type { TitleSense } from './cue-lexicon.js';
import type { ArticleContext } from './article-context.js';
import type { Holder } from './title-holder.js';

/**
 * The state a titled person serves according to the actor table on the article's date
 * ("Prime Minister Tony Blair" in 2005 → the United Kingdom), when the article names that state
 * and the title is a state's, not an organization's. A head's title the state does not use
 * ("Chancellor" in Britain, where the chancellor is a minister) serves it without heading it:
 * `demoted`.
 */
export function tableHolder(
  ctx: ArticleContext,
  sense: TitleSense,
  personId: string,
): (Holder & { demoted: boolean }) | undefined {
  if (sense.scope === 'organization') return undefined;
  const state = ctx.entities.get(personId)?.attributes?.['actorState'];
  if (typeof state !== 'string') return undefined;
  const id = `state:${state}`;
  if (!ctx.entities.has(id)) return undefined;
  const demoted = sense.states !== undefined && !sense.states.includes(state);
  return { actor: { id, type: 'State' }, confidence: demoted ? 0.7 : 0.8, demoted };
}
