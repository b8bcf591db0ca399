import type { Chunk } from './candidate.js';
import { emitNamedOrganization } from './names.js';
import type { ScanContext } from './scan-context.js';

/** A plural people's word that a state's entry lists: "Greeks", "Finns", "Russians". */
const PEOPLE_PLURAL = /^\p{Lu}\p{Ll}+s$/u;

/** A capitalised word before the people's word that no list reads as a title, date or function word. */
function plainWord(ctx: ScanContext, i: number): boolean {
  const t = ctx.token(i);
  if (t === undefined || !t.word || !t.cap || t.upper) return false;
  if (ctx.lex.stopwords.has(t.text.toLowerCase()) || ctx.lex.calendar.has(t.text)) return false;
  if (ctx.lex.firstNames.has(t.text)) return false;
  return ctx.phrase(i, i + 1) === undefined && ctx.title(i, i + 1) === undefined;
}

/**
 * "the Independent Greeks party", "the True Finns party": capitalised words, then a people's plural
 * a state is listed by, then a lower-case noun for a body ("party", "movement") name that body,
 * not the state; the words before the plural must be plain ones, and a common word opening the
 * sentence ("Many Greeks ...") names nothing.
 */
export function emitPeoplePartyName(ctx: ScanContext, chunk: Chunk): boolean {
  const { first, last, sentence } = chunk;
  if (last - first < 2 || !ctx.orgNounAfter(last)) return false;
  const people = ctx.token(last - 1)?.text ?? '';
  if (!PEOPLE_PLURAL.test(people)) return false;
  const listed = ctx.phrase(last - 1, last);
  if (listed?.end !== last || !listed.values.some((v) => v.type === 'State')) return false;
  if (ctx.sentenceInitial(first) && ctx.seenLower(ctx.token(first)?.text ?? '')) return false;
  for (let i = first; i < last - 1; i++) if (!plainWord(ctx, i)) return false;
  emitNamedOrganization(ctx, first, last, sentence);
  return true;
}
