import { entityId } from '@newsgraph/graph-schema';
import type { Candidate } from './candidate.js';
import { lowerIn, nationalTeamWords } from './national-teams.js';
import type { ScanContext } from './scan-context.js';

const YOUTH_NOUNS: ReadonlySet<string> = new Set(nationalTeamWords.youthNouns);
/** "U21", "U-20s": an age-group side written short. */
const SHORT_AGE_RE = /^u-?(\d\d)s?$/i;
const AGE_RE = /^\d\ds?$/;
const AGE_IN_TEXT_RE = /[Uu]nder-\d\d|U-?\d\d/;
/** How far before the age its country may stand ("the German women's Under-21s"). */
const OWNER_REACH = 4;

/** The side's age at token i and how many tokens it takes: "under-21" (3), "U21s" (1). */
function ageAt(ctx: ScanContext, i: number): { age: string; length: number } | undefined {
  const text = ctx.token(i)?.text;
  // Most tokens fail on their first letter; the rest of the test runs for few.
  if (text === undefined || (text[0] !== 'u' && text[0] !== 'U')) return undefined;
  const short = SHORT_AGE_RE.exec(text);
  if (short?.[1] !== undefined) return { age: short[1], length: 1 };
  const digits = ctx.token(i + 2)?.text ?? '';
  if (ctx.lower(i) === 'under' && ctx.token(i + 1)?.text === '-' && AGE_RE.test(digits))
    return { age: digits.replace(/s$/, ''), length: 3 };
  return undefined;
}

/** The state named just before the age, in the same sentence: whose youth side it is. */
function ownerBefore(ctx: ScanContext, at: number, sentence: number): Candidate | undefined {
  for (let k = ctx.candidates.length - 1; k >= 0; k--) {
    const c = ctx.candidates[k];
    if (c === undefined || c.sentence !== sentence || c.last > at) continue;
    if (c.last < at - OWNER_REACH) return undefined;
    if (c.type === 'State' && c.id !== undefined) return c;
  }
  return undefined;
}

/**
 * "China's under-20 team", "the German women's Under-21s": a country's youth side is an
 * Organization of its own ("China under-20 team"), apart from the state and its senior side. An
 * age with no country before it names no side we can tell apart, so it makes no entity. The
 * mention is the side's own words: a lower-case age takes its noun ("under-20 team"), a
 * capitalised one stands as a name by itself ("Under-21").
 */
export function emitYouthTeams(
  ctx: ScanContext,
  sentences: ReadonlyArray<readonly [number, number]>,
): void {
  // One scan of the sentences' text rules out nearly every article before any token is looked
  // at; only their own span, since a long text is scanned window by window.
  const first = ctx.token(sentences[0]?.[0] ?? 0)?.start ?? 0;
  const last = ctx.token((sentences.at(-1)?.[1] ?? 1) - 1)?.end ?? ctx.text.length;
  if (!AGE_IN_TEXT_RE.test(ctx.text.slice(first, last))) return;
  sentences.forEach(([from, to], sentence) => {
    for (let i = from; i < to; i++) {
      const age = ageAt(ctx, i);
      if (age === undefined) continue;
      const owner = ownerBefore(ctx, i, sentence);
      if (owner === undefined) continue;
      let last = i + age.length;
      if (ctx.token(i)?.cap !== true && lowerIn(ctx, last, YOUTH_NOUNS)) last++;
      insert(
        ctx,
        youthSide(ctx, { first: i, last, sentence }, `${owner.name} under-${age.age} team`),
      );
      i = last - 1;
    }
  });
}

function youthSide(
  ctx: ScanContext,
  at: { first: number; last: number; sentence: number },
  name: string,
): Candidate {
  const span = ctx.span(at.first, at.last);
  return {
    start: span.start,
    end: span.end,
    text: span.text,
    ...at,
    type: 'Organization',
    kind: 'name',
    id: entityId('Organization', name),
    name,
    attributes: { kind: 'team' },
  };
}

/** Candidates stay in text order; one that overlaps the side's words gives way to it. */
function insert(ctx: ScanContext, side: Candidate): void {
  const list = ctx.candidates;
  for (let k = list.length - 1; k >= 0; k--) {
    const c = list[k];
    if (c !== undefined && c.start < side.end && side.start < c.end) list.splice(k, 1);
  }
  const at = list.findIndex((c) => c.start > side.start);
  list.splice(at === -1 ? list.length : at, 0, side);
}
