import { orgCues } from '../lexicon/org-cues.js';
import { speakerWords } from '../lexicon/speaker-words.js';
import type { ScanContext } from './scan-context.js';

/** A given name, from the lexicon's list or the gendered given names, that no title or head claims. */
function givenName(ctx: ScanContext, i: number): boolean {
  const text = ctx.token(i)?.text ?? '';
  if (ctx.lex.firstNames.has(text)) return true;
  return (
    speakerWords().givenNames.has(text) &&
    !ctx.lex.orgHeads.has(text) &&
    ctx.title(i, i + 1) === undefined &&
    ctx.phrase(i, i + 1) === undefined
  );
}

/**
 * "Dana Kell of Grace Church", "Ivo Marsh of the Baltic Shipping Company": a person's full name
 * (a given name, then one or two capitalised words, none of them listed or a title or an
 * organization head) joined by "of" to the body they belong to. Returns the index of "of", or
 * undefined when the words before it are no such name ("Bank of America", "Duke of York",
 * "University of Iowa").
 */
export function personBeforeOf(ctx: ScanContext, first: number, last: number): number | undefined {
  const given = doubleGivenNameEnd(ctx, first);
  for (let of = given + 2; of <= given + 3 && of < last - 1; of++) {
    if (ctx.lower(of) !== 'of') continue;
    if (!givenName(ctx, first)) return undefined;
    for (let k = given + 1; k < of; k++) {
      const text = ctx.token(k)?.text ?? '';
      const head = ctx.lex.orgHeads.has(text) || orgCues().legalSuffixes.has(text);
      if (!ctx.isCap(k) || head || ctx.phrase(k, k + 1) !== undefined) return undefined;
      if (ctx.title(k, k + 1) !== undefined) return undefined;
    }
    return of;
  }
  return undefined;
}

/**
 * "Anna-Lena Velt", "Hans-Georg Maier": the index of the last given name when two listed given names
 * are joined by a hyphen (the tokenizer keeps the hyphen apart), else `first`.
 */
function doubleGivenNameEnd(ctx: ScanContext, first: number): number {
  const second = ctx.token(first + 2)?.text ?? '';
  return ctx.token(first + 1)?.text === '-' && ctx.lex.firstNames.has(second) ? first + 2 : first;
}

/** Emit the name before "of" as a person: the given name and the body after it say so. */
export function emitPersonBeforeOf(
  ctx: ScanContext,
  first: number,
  of: number,
  sentence: number,
): void {
  const span = ctx.span(first, of);
  ctx.emit({
    start: span.start,
    end: span.end,
    text: span.text,
    first,
    last: of,
    sentence,
    type: 'Person',
    kind: 'name',
    name: span.text,
  });
}
