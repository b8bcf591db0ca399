import { truecaseWords } from '../text/truecase.js';
import type { Chunk } from './candidate.js';
import { emitNamedOrganization } from './names.js';
import type { ScanContext } from './scan-context.js';

/** How many nickname words may follow the place ("Red Sox", "Blue Jays"). */
const NICKNAME_WORDS = 2;

/**
 * "Seattle Mariners", "San Diego Padres", "Queens Park Rangers": in a report on team sports, a
 * listed place followed by a capitalised plural that no list knows is a side named after its
 * place and nickname, one team, not the place and a stray word. Not a listed word after the place
 * ("Texas Republicans", "New York Democrats"), nor a lower-case word's capital alone.
 */
export function emitPlaceNickname(ctx: ScanContext, chunk: Chunk): boolean {
  const { first, last, sentence } = chunk;
  if (ctx.sports !== 'teams') return false;
  const place = ctx.phrase(first, last);
  if (place === undefined || place.end >= last || last - place.end > NICKNAME_WORDS) return false;
  if (!place.values.some((v) => v.type === 'Location' || v.type === 'State')) return false;
  const plural = ctx.token(last - 1)?.text ?? '';
  if (!plural.endsWith('s') || plural.endsWith("'s")) return false;
  // "player Jordan Hankins": a place that is also a given name, before a surname, names a person;
  // a side's nickname is a plural news writes in lower case ("Rangers", "Giants").
  const given = place.end === first + 1 && ctx.lex.firstNames.has(ctx.token(first)?.text ?? '');
  if (given && !truecaseWords().lower.has(plural.toLowerCase())) return false;
  for (let k = place.end; k < last; k++)
    if (!ctx.isCap(k) || ctx.phrase(k, k + 1) !== undefined || ctx.lex.stopwords.has(ctx.lower(k)))
      return false;
  emitNamedOrganization(ctx, first, last, sentence, { team: true, attributes: { kind: 'team' } });
  return true;
}
