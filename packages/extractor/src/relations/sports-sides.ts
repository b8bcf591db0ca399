import { z } from 'zod';
import type { Entity, EntityRelationType } from '@newsgraph/graph-schema';
import { parseBundled } from '../lexicon/bundled.js';
import type { SportsReport } from '../stages/scan-context.js';
import sportsWordsJson from '../lexicon/data/sports-words.json' with { type: 'json' };
import { organizationKind } from './title-generic.js';

const BodyWordsSchema = z.object({ sportBodyWords: z.array(z.string().min(1)) });
const BODY_WORDS: ReadonlySet<string> = new Set(
  parseBundled(BodyWordsSchema, sportsWordsJson, 'sports-words.json').sportBodyWords,
);

const ACRONYM = /^[\p{Lu}\p{N}]{2,6}$/u;

/** Relations a match between two sides would otherwise give: beating a side is no opposition. */
const STANCE: ReadonlySet<EntityRelationType> = new Set(['OPPOSES', 'SUPPORTS', 'ALLIED_WITH']);

/**
 * A side that plays: a national or youth team or a side read in a report (kind "team"), or a
 * sport organization that is neither a body's letters nor holds a governing-body word in its
 * names (a club, not FIFA or a federation).
 */
export function isSportsSide(entity: Entity | undefined): boolean {
  const kind = organizationKind(entity);
  if (kind === 'team') return true;
  if (kind !== 'sport' || entity === undefined) return false;
  // Clubs go by their names in full; bodies by their letters ("FIFA", "UEFA").
  if (ACRONYM.test(entity.name)) return false;
  return ![entity.name, ...entity.aliases].some((name) =>
    name
      .toLowerCase()
      .split(/[\s-]+/)
      .some((word) => BODY_WORDS.has(word)),
  );
}

/** A stance between two sports sides is a match, not politics: it is not a relation. */
export function isMatchBetweenSides(
  type: EntityRelationType,
  source: Entity | undefined,
  target: Entity | undefined,
): boolean {
  return STANCE.has(type) && isSportsSide(source) && isSportsSide(target);
}

/**
 * In a sports report ("Philippoussis beat Sampras", "Thome hit a pitch from Lira", "Botham
 * dismissed Gatting") opposition is play: an OPPOSES stands only when a body that is no side
 * acts ("the federation banned X", "UEFA fined Y"). So is help and praise between players and
 * coaches ("X helped her team-mate Y to a points lead", "the coach praised Y after the game"):
 * a SUPPORTS stands on the same terms.
 */
export function isResultInReport(
  report: SportsReport,
  type: EntityRelationType,
  source: Entity | undefined,
): boolean {
  if (report === undefined || (type !== 'OPPOSES' && type !== 'SUPPORTS')) return false;
  return source?.type !== 'Organization' || isSportsSide(source);
}
