import type { LexiconEntry } from '../lexicon/entry.js';
import type { Candidate, Chunk } from './candidate.js';
import type { ScanContext } from './scan-context.js';
import { SCAN_WORDS } from './scan-words.js';

/** Words that say nothing specific: "Communist Party" needs its state to be one thing. */
const GENERIC_ORG_WORDS = SCAN_WORDS.genericOrgWords;

/**
 * The state or organization that owns a listed organ's generic alias ("Security Council",
 * "General Assembly") by a possessive right before it: then the alias is not the listed organ's.
 */
export function ownerOfGenericName(
  ctx: ScanContext,
  chunk: Chunk,
  values: readonly LexiconEntry[],
): Candidate | undefined {
  // The cheap test first: a possessive right before the name ("France 's Ministry").
  if (ctx.token(chunk.first - 2)?.poss !== true) return undefined;
  const entry = ctx.pick(values);
  if (entry?.type !== 'Organization') return undefined;
  const owner = ctx.candidateEndingAt(chunk.first, 1);
  // "Australia's Labor Party": the name is the owner's own listed body or party.
  if (owner?.type === 'State' && values.some((v) => v.state !== undefined && v.state === owner.id))
    return undefined;
  // "France's Ministry of Defence", "Italy's Democratic Party": another state's body or party is
  // not the one a state of the lexicon has.
  const stateBody = entry.state !== undefined && owner?.type === 'State';
  if (stateBody && owner.id !== undefined && owner.id !== entry.state) return owner;
  if (entry.mentionKind !== 'alias') return undefined;
  const words = ctx.span(chunk.first, chunk.last).text.split(' ');
  if (!words.every((w) => GENERIC_ORG_WORDS.has(w))) return undefined;
  if (owner?.id === undefined) return undefined;
  if (owner.id === entry.id || (owner.type !== 'State' && owner.type !== 'Organization'))
    return undefined;
  return owner;
}

/** A state's or a body's possessive right before the name, and no comma after it. */
export function ownedByBody(ctx: ScanContext, first: number, last: number): boolean {
  const owner = ctx.candidateEndingAt(first, 1);
  const body = owner?.type === 'State' || owner?.type === 'Organization';
  return body && ctx.token(last)?.text !== ',';
}

/**
 * "Italy's Senate", "Japan's Cabinet": a state's possessive before a lone generic body word names
 * the state's own body, as "the Italian Senate" does (a title's "the Sheriff's Office" stays no name).
 */
export function statesOwnHead(ctx: ScanContext, chunk: Chunk): boolean {
  const { first, last } = chunk;
  const word = ctx.token(first)?.text ?? '';
  if (last !== first + 1 || ctx.token(first - 2)?.poss !== true) return false;
  if (!GENERIC_ORG_WORDS.has(word) || !ctx.lex.orgHeads.has(word)) return false;
  return ctx.candidateEndingAt(first, 1)?.type === 'State';
}
