import { peopleNames } from '../lexicon/people-names.js';
import type { Chunk } from './candidate.js';
import { emitNamedOrganization } from './names.js';
import type { ScanContext } from './scan-context.js';

/** A capitalised plural of people ("Citizens", "Veterans"), not "Business" or "Chris". */
const CAPITAL_PLURAL = /^\p{Lu}\p{Ll}+[^s]s$/u;

/** "Americans", "Latinos", "Republicans": a listed people's or party's plural name. */
function listedPlural(ctx: ScanContext, first: number, k: number): boolean {
  const lead = ctx.phrase(first, k);
  if (lead?.end !== k) return false;
  const word = ctx.token(k - 1)?.text ?? '';
  return (
    word.endsWith('s') &&
    lead.values.some(
      (v) => v.mentionKind === 'demonym' || v.type === 'Group' || v.type === 'Organization',
    )
  );
}

/** "Citizens for ...": an unlisted capitalised plural that names no one and nothing. */
function unlistedPlural(ctx: ScanContext, k: number): boolean {
  const word = ctx.token(k - 1)?.text ?? '';
  // "Awards for Excellence", "Games for Peace": an event's or a thing's head.
  const thing = ctx.lex.eventHeads.has(word) || ctx.lex.nonNameHeads.has(word);
  return CAPITAL_PLURAL.test(word) && !thing && !ctx.sentenceInitial(k - 1);
}

/** No listed name and no word of a person's name ("Okafor for Nigeria", "Williams for ..."). */
function noPerson(ctx: ScanContext, first: number, k: number): boolean {
  for (let i = first; i < k; i++) {
    const word = ctx.token(i)?.text ?? '';
    if (ctx.phrase(i, k) !== undefined || ctx.lex.firstNames.has(word) || peopleNames().has(word))
      return false;
  }
  return true;
}

/**
 * "Teach for America": the words after "for" are exactly a state's name and the words before it
 * name no one, outside a sports report ("a goal by Okafor for Nigeria").
 */
function stateAfter(ctx: ScanContext, first: number, k: number, last: number): boolean {
  if (ctx.sports !== undefined || !noPerson(ctx, first, k)) return false;
  const rest = ctx.phrase(k + 1, last);
  return (
    rest?.end === last && rest.values.some((v) => v.type === 'State' && v.mentionKind !== 'demonym')
  );
}

/**
 * "Americans for Prosperity", "Citizens for Responsible Energy", "Latinos for Trump", "Teach for
 * America": capitalised words joined by a lower-case "for" name an advocacy group or a campaign
 * where the words before it are a plural of people or the words after it a state's name. Not an
 * office ("Envoy for Syria", a title) nor a trip ("to Athens for Easter", after a place's
 * preposition).
 */
export function emitAdvocacyName(ctx: ScanContext, chunk: Chunk): boolean {
  const { first, last, sentence } = chunk;
  if (last - first < 3) return false;
  let k = -1;
  for (let i = first + 1; i < last - 1; i++) if (ctx.token(i)?.text === 'for') k = i;
  if (k < 0) return false;
  for (let i = first; i < k; i++) if (ctx.title(i, k) !== undefined) return false;
  const trip = ctx.lex.locationPrepositions.has(ctx.lower(first - 1));
  const plural =
    listedPlural(ctx, first, k) || (!trip && noPerson(ctx, first, k) && unlistedPlural(ctx, k));
  if (!plural && !stateAfter(ctx, first, k, last)) return false;
  emitNamedOrganization(ctx, first, last, sentence);
  return true;
}
