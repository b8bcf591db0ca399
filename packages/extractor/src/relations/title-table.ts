import type { TitleSense } from './cue-lexicon.js';
import type { ArticleContext } from './article-context.js';
import type { Holder } from './title-holder.js';

/**
 * The state a titled person serves according to the actor table on the article's date
 * ("Prime Minister Tony Blair" in 2005 → the United Kingdom), when the article names that state
 * and the title is a state's: not an organization's title, and one the state uses when the
 * title names its users (a "Chancellor" of Britain heads no state).
 */
export function tableHolder(
  ctx: ArticleContext,
  sense: TitleSense,
  personId: string,
): Holder | undefined {
  if (sense.scope === 'organization') return undefined;
  const state = ctx.entities.get(personId)?.attributes?.['actorState'];
  if (typeof state !== 'string') return undefined;
  if (sense.states !== undefined && !sense.states.includes(state)) return undefined;
  const id = `state:${state}`;
  if (!ctx.entities.has(id)) return undefined;
  return { actor: { id, type: 'State' }, confidence: 0.8 };
}
