import { initialsOf, type ScanContext } from './scan-context.js';

/**
 * After a run was analysed: an acronym in parentheses right after the organization just made
 * ("Institute of Maritime Studies (IMS)") or spelled out by it ("the KDP (Kurdistan Democratic
 * Party)") names that organization in the rest of the article.
 */
export function noteAcronym(ctx: ScanContext, end: number, before: number): void {
  noteSpelledAcronym(ctx, end, before);
  // 'the self-styled "Islamic State" (IS)': the closing quote of a quoted name stands before it;
  // "the Y Association's (YA) expert": so may the name's possessive.
  const between = ctx.token(end)?.text ?? '';
  const open = CLOSING_QUOTES.has(between) || POSSESSIVES.has(between) ? end + 1 : end;
  const acronym = ctx.token(open + 1);
  if (ctx.token(open)?.text !== '(' || ctx.token(open + 2)?.text !== ')' || acronym === undefined)
    return;
  if (!acronym.upper && !MIXED_ACRONYM.test(acronym.text)) return;
  const made = ctx.candidates[ctx.candidates.length - 1];
  if (made !== undefined && ctx.candidates.length > before && made.type === 'Organization')
    ctx.acronyms.set(acronym.text, made);
}

/**
 * "the KDP (Kurdistan Democratic Party)": the organization just made in parentheses spells out
 * the acronym before them, which then names it (as "Kurdistan Democratic Party (KDP)" does).
 */
function noteSpelledAcronym(ctx: ScanContext, end: number, before: number): void {
  const made = ctx.candidates[ctx.candidates.length - 1];
  if (made === undefined || ctx.candidates.length === before || made.type !== 'Organization')
    return;
  const acronym = ctx.token(made.first - 2);
  if (ctx.token(made.first - 1)?.text !== '(' || ctx.token(end)?.text !== ')') return;
  if (made.last !== end || acronym === undefined || !acronym.upper) return;
  if (initialsOf(made.text) === acronym.text) ctx.acronyms.set(acronym.text, made);
}

const CLOSING_QUOTES = new Set(['"', '”', '’', "'"]);
const POSSESSIVES = new Set(["'s", '’s']);
/** "Bank of Japan (BoJ)", "(BaFin)": a short acronym in mixed case, two capitals or more. */
const MIXED_ACRONYM = /^(?=\p{Lu}.*\p{Lu})\p{L}{2,5}$/u;
