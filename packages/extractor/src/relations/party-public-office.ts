import { z } from 'zod';
import { parseWordLists } from '../lexicon/word-lists.js';
import type { ActorRef, ArticleContext } from './article-context.js';
import { organizationKind } from './title-generic.js';
import officeJson from './party-public-office.json' with { type: 'json' };

const OfficeSchema = z.object({
  description: z.string(),
  titles: z.array(z.string().regex(/^\p{Ll}[\p{Ll}. ]*$/u)).min(1),
});

let titles: ReadonlySet<string> | undefined;
/** Titles of a public office no party has (party-public-office.json), validated once. */
export function publicOfficeTitles(): ReadonlySet<string> {
  if (titles) return titles;
  const lists = parseWordLists(OfficeSchema, officeJson, 'relations/party-public-office.json');
  titles = new Set(lists.titles);
  return titles;
}

/**
 * "Republican Gov. X", "Democratic Rep. Y": a governor or a congressman holds a state's office,
 * so a party read as the title's holder only says which party the person belongs to (the
 * membership is read from the party's word on its own). True when `holder` is a party and the
 * title, as written or as expanded, is such an office.
 */
export function partyHasNoSuchOffice(
  ctx: ArticleContext,
  holder: ActorRef,
  title: { written: string; expanded: string },
): boolean {
  if (organizationKind(ctx.entities.get(holder.id)) !== 'party') return false;
  const offices = publicOfficeTitles();
  const norm = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');
  return offices.has(norm(title.written)) || offices.has(norm(title.expanded));
}
