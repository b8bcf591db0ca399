import { withProps } from '../with-props.js';
import type { Chunk } from './candidate.js';
import { emitEntry } from './chunk-entries.js';
import { spelledName } from './chunk-end.js';
import { emitNamedOrganization } from './names.js';
import type { ScanContext } from './scan-context.js';

/**
 * "Rally for Democracy in Rwanda (RDR)": a run with lower-case words inside whose capitalised
 * words' initials the acronym in parentheses after it spells is one organization's name.
 */
function spelledByAcronym(ctx: ScanContext, first: number, last: number): boolean {
  if (!spelledName(ctx, first, last)) return false;
  for (let k = first + 1; k < last - 1; k++) if (!ctx.isCap(k)) return true;
  return false;
}

/** A name in lower case, hyphens as spaces: "Al Qaeda" and "al-Qaeda" alike. */
function folded(name: string): string {
  return name.toLowerCase().replace(/[\s-]+/g, ' ');
}

/**
 * The organization a run its acronym spells names: the listed one where the acronym is listed
 * by that name in another case or hyphenation ("Al-Qaeda in the Arabian Peninsula (AQAP)"), else one by its words.
 */
export function emitSpelledName(ctx: ScanContext, chunk: Chunk): boolean {
  const { first, last, sentence } = chunk;
  if (!spelledByAcronym(ctx, first, last)) return false;
  // The acronym's listed body only where the name is its name in other case: "CIS" is listed for
  // the Commonwealth of Independent States, not for every body it spells.
  const name = folded(ctx.span(first, last).text);
  const listed = ctx
    .phrase(last + 1, last + 2)
    ?.values.filter((v) => v.type === 'Organization' && folded(v.name) === name);
  if (listed === undefined || listed.length === 0)
    emitNamedOrganization(ctx, first, last, sentence);
  else
    emitEntry(
      ctx,
      first,
      last,
      listed.map((v) => withProps(v, { mentionKind: 'alias' as const, exactCase: false })),
      sentence,
    );
  return true;
}

/**
 * "Faik Aras of the Kelvaro Party (KP)": where the acronym spells the initials of the words after
 * an "of" and not of the whole run, the start of the body it names after that "of" (and "the").
 */
export function acronymTail(ctx: ScanContext, first: number, last: number): number | undefined {
  if (!ctx.acronymAfter(last) || ctx.acronymDefinedAfter(first, last) !== undefined)
    return undefined;
  for (let j = first + 2; j < last; j++) {
    const after = ctx.lower(j - 1) === 'the' ? j - 2 : j - 1;
    if (ctx.lower(after) === 'of' && ctx.isCap(j) && ctx.acronymDefinedAfter(j, last) !== undefined)
      return j;
  }
  return undefined;
}

/** "Mission in the Central African Republic (MINUSCA)": a name with a head word that an acronym defines. */
export function definedWithHead(ctx: ScanContext, first: number, last: number): boolean {
  if (!ctx.acronymAfter(last)) return false;
  for (let k = first; k < last; k++)
    if (ctx.lex.orgHeads.has(ctx.token(k)?.text ?? '')) return true;
  return false;
}
