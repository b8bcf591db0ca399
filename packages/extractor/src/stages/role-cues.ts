import type { RoleCue } from '../types.js';
import { heldByOther, mentionWords } from '../lexicon/mention-words.js';
import type { Candidate } from './candidate.js';
import type { ScanContext } from './scan-context.js';
import { SCAN_WORDS } from './scan-words.js';

/** ", a lawmaker for …" / ", senior fellow at …" / ", the French president," after a name. */
export function apposition(ctx: ScanContext, last: number, limit: number): RoleCue | undefined {
  if (ctx.tokens[last]?.text !== ',') return undefined;
  for (let k = last + 1; k < Math.min(limit, last + 7); k++) {
    const t = ctx.tokens[k];
    if (t === undefined || !t.word) return undefined;
    // ", the son of the leader of Y": the title is the son's father's.
    if (t.text === 'of' && heldByOther(ctx.tokens[k - 1]?.text ?? '', ctx.lower(k - 2)))
      return undefined;
    const title = ctx.title(k, limit);
    // ", criticized former secretary of state Y": a title before another person's given name is
    // that person's (", who was appointed to head Greenpeace" keeps its body).
    if (title !== undefined && !t.cap && givenNameAt(ctx, title.end)) return undefined;
    if (title !== undefined && !t.cap) {
      const info = title.values[0];
      const end = ctx.tokens[title.end - 1]?.end ?? t.end;
      if (info !== undefined) {
        const coordinated = coordinatedTitle(ctx, title.end, limit);
        if (coordinated !== undefined) return coordinated;
        const cue = withVice(ctx, k, last, { title: info.title, start: t.start, end });
        return withTitleAfter(ctx, title.end, limit, cue);
      }
    }
    if (ctx.lex.appositionRoles.has(t.text.toLowerCase()) && !t.cap) {
      const coordinated = coordinatedTitle(ctx, k + 1, limit);
      if (coordinated !== undefined) return coordinated;
      const cue = withVice(ctx, k, last, { title: upperFirst(t.text), start: t.start, end: t.end });
      return withTitleAfter(ctx, k + 1, limit, cue);
    }
  }
  return undefined;
}

function givenNameAt(ctx: ScanContext, at: number): boolean {
  return ctx.isCap(at) && ctx.lex.firstNames.has(ctx.token(at)?.text ?? '');
}

/**
 * ", a lawyer and leader of Y": of two coordinated titles, the one a holder follows is the role
 * ("Leader" of Y, not "Lawyer"). Undefined where no title with "of"/"for"/"at"/"to" follows the "and".
 */
function coordinatedTitle(ctx: ScanContext, at: number, limit: number): RoleCue | undefined {
  if (ctx.lower(at) !== 'and') return undefined;
  let j = at + 1;
  if (mentionWords().articles.has(ctx.lower(j))) j++;
  const t = ctx.tokens[j];
  if (t === undefined || !t.word || t.cap) return undefined;
  const match = ctx.title(j, limit);
  const info = match?.values[0];
  const title =
    info?.title ??
    (ctx.lex.appositionRoles.has(t.text.toLowerCase()) ? upperFirst(t.text) : undefined);
  const end = info !== undefined && match !== undefined ? match.end : j + 1;
  if (title === undefined || !SCAN_WORDS.holderPrepositions.has(ctx.lower(end))) return undefined;
  return { title, start: t.start, end: ctx.tokens[end - 1]?.end ?? t.end };
}

/** "lawyer" → "Lawyer": a lower-case role word as a title. */
function upperFirst(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** ", vice chairman of Y": "vice" before the title belongs to it (one who serves, not heads). */
function withVice(ctx: ScanContext, k: number, last: number, cue: RoleCue): RoleCue {
  const before = ctx.tokens[k - 1];
  if (k <= last + 1 || before?.text !== 'vice') return cue;
  return { ...cue, title: `Vice ${cue.title}`, start: before.start };
}

/** ", deputy chairman of Y": a role word ("deputy") before a title joins it ("Deputy Chairman"). */
function withTitleAfter(ctx: ScanContext, at: number, limit: number, cue: RoleCue): RoleCue {
  const next = ctx.tokens[at];
  const match = next !== undefined && !next.cap ? ctx.title(at, limit) : undefined;
  const info = match?.values[0];
  if (match === undefined || info === undefined) return cue;
  const end = ctx.tokens[match.end - 1]?.end ?? cue.end;
  return { ...cue, title: `${cue.title} ${info.title}`, end };
}

/**
 * "the UN's special envoy for Sudan, Lamin Sarr," / "its chief executive, Iain Ross, said": a
 * lower-case title (with its "for X" portfolio) and a comma right before the name.
 */
export function titleBeforeComma(
  ctx: ScanContext,
  first: number,
  last: number,
): RoleCue | undefined {
  if (ctx.tokens[first - 1]?.text !== ',') return undefined;
  const after = ctx.tokens[last];
  if (
    after !== undefined &&
    after.text !== ',' &&
    after.text !== '.' &&
    !ctx.lex.speechVerbs.has(after.text)
  )
    return undefined;
  for (let k = first - 2; k >= Math.max(0, first - 8); k--) {
    const t = ctx.tokens[k];
    if (t === undefined || !t.word) return undefined;
    if (t.cap) continue;
    const match = ctx.title(k, first - 1);
    const info = match?.values[0];
    if (match !== undefined && info !== undefined) {
      for (let j = match.end; j < first - 1; j++)
        if (
          !ctx.isCap(j) &&
          !ctx.isConnector(j) &&
          ctx.tokens[j]?.text !== '’s' &&
          ctx.tokens[j]?.text !== "'s"
        )
          return undefined;
      return { title: info.title, start: t.start, end: ctx.tokens[match.end - 1]?.end ?? t.end };
    }
    if (!ctx.isConnector(k)) return undefined;
  }
  return undefined;
}

/** A lower-case title right before a name: "chief negotiator Omar Haddad", "president Jose …". */
export function titleBefore(ctx: ScanContext, first: number): RoleCue | undefined {
  for (let len = 4; len >= 1; len--) {
    const from = first - len;
    if (from < 0) continue;
    const t = ctx.tokens[from];
    if (t === undefined || t.cap) continue;
    const match = ctx.title(from, first);
    const info = match?.values[0];
    if (match?.end !== first || info === undefined) continue;
    const role: RoleCue = {
      title: info.title,
      start: t.start,
      end: ctx.tokens[first - 1]?.end ?? t.end,
    };
    const owner = ctx.candidateEndingAt(from, 2);
    if (owner?.id !== undefined && (owner.type === 'State' || owner.type === 'Organization')) {
      role.of = owner.entry?.state ?? owner.id;
      if (owner.type === 'Organization' && owner.entry?.orgKind === 'party') role.of = owner.id;
    }
    return role;
  }
  return undefined;
}

/**
 * "the CEO of Kelvaro said", "Chairman of Kelvaro": a title whose "of" (at `end`) takes one
 * capitalised word that ends the chunk names the body it heads, not the holder ("Secretary of
 * State John Kerry" has the portfolio read before `end`, and a name after it).
 */
export function titleOfBody(ctx: ScanContext, end: number, last: number): boolean {
  return last === end + 2 && ctx.lower(end) === 'of' && ctx.token(end + 1)?.cap === true;
}

/**
 * The state or body right before a capitalised title that may own it: "Norway's Prime Minister",
 * "Britain's new Prime Minister". A connector between them joins two phrases rather than a
 * holder to its title: "talks with Siemens and Economy Minister X" names no holder, so the title
 * may be the article's state's.
 */
export function titleOwnerBefore(ctx: ScanContext, k: number): Candidate | undefined {
  const owner = ctx.candidateEndingAt(k, 1);
  if (owner === undefined) return undefined;
  const possessive = /^['’]s$/u.test(ctx.token(owner.last)?.text ?? '');
  const end = possessive ? owner.last + 1 : owner.last;
  if (end === k) return owner;
  return ctx.isConnector(k - 1) ? undefined : owner;
}
