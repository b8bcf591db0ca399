import type { TitleSense } from './cue-lexicon.js';
import type { ActorRef, ArticleContext } from './article-context.js';
import type { Holder } from './title-holder.js';
import { strength } from './confidence.js';

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
  // A head of any body ("floor leader", "conservative leader") heads no state the table gives.
  if (sense.scope === 'any' && sense.kind === 'leads') return undefined;
  const state = ctx.entities.get(personId)?.attributes?.['actorState'];
  if (typeof state !== 'string') return undefined;
  const id = `state:${state}`;
  if (!ctx.entities.has(id)) return undefined;
  const demoted = sense.states !== undefined && !sense.states.includes(state);
  return {
    actor: { id, type: 'State' },
    confidence: strength(demoted ? 'title-state-of-person-unusual' : 'title-state-of-person'),
    demoted,
  };
}

/**
 * A state the text seems to give a known person's title ("Russian President Putin and Indian Prime
 * Minister Singh" read across the coordination) gives way to the state every one of the person's
 * table roles names, when the article names that state too.
 */
export function tableOverrules(
  ctx: ArticleContext,
  sense: TitleSense,
  personId: string,
  given: ActorRef,
): ActorRef {
  if (given.type !== 'State') return given;
  const attributes = ctx.entities.get(personId)?.attributes;
  if (attributes?.['actorSole'] !== true) return given;
  const table = tableHolder(ctx, sense, personId);
  return table !== undefined && table.actor.id !== given.id && !table.demoted ? table.actor : given;
}
