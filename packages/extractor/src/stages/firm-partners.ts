import { entityId } from '@newsgraph/graph-schema';
import type { Candidate } from './candidate.js';
import { collapse } from './candidate.js';

/** A name joined by an ampersand ("Cunniff & Goldfarb") that no list or rule has typed otherwise. */
function ampersandName(c: Candidate): boolean {
  if (c.entry !== undefined || c.reference !== undefined || c.role !== undefined) return false;
  return (c.type === null || c.type === 'Organization') && c.text.includes(' & ');
}

/** One capitalised word that no list has typed: a partner's surname ("Ruane", "Skadden"). */
function partnerWord(c: Candidate): boolean {
  if (c.entry !== undefined || c.reference !== undefined || c.role !== undefined) return false;
  if (c.type !== null && c.type !== 'Person') return false;
  return c.last - c.first === 1 && /^\p{Lu}\p{Ll}/u.test(c.text);
}

/**
 * The partners' surnames before "B & C", each followed by a comma and a space: their indexes in
 * order, or undefined where a listed or typed name stands in the same list ("France, Hale &
 * Brennan" is a list of things, not a firm).
 */
function partnersBefore(
  candidates: readonly Candidate[],
  at: number,
  text: string,
): number[] | undefined {
  const partners: number[] = [];
  let start = candidates[at]?.start ?? 0;
  for (let j = at - 1; j >= 0; j--) {
    const p = candidates[j];
    if (p === undefined || p.end !== start - 2 || text.slice(p.end, start) !== ', ') break;
    if (!partnerWord(p)) return undefined;
    partners.unshift(j);
    start = p.start;
  }
  return partners;
}

/** The firm as one organization candidate from its first partner through the ampersand name. */
function firmOf(c: Candidate, head: Candidate, text: string): Candidate {
  const name = collapse(text.slice(head.start, c.end));
  const firm: Candidate = {
    ...c,
    start: head.start,
    first: head.first,
    text: name,
    name,
    type: 'Organization',
    kind: 'name',
    id: entityId('Organization', name),
  };
  delete firm.tagged;
  delete firm.place;
  delete firm.speaker;
  return firm;
}

/**
 * "Ruane, Cunniff increased its stake": the firm's first two partners, comma and all, later in the
 * article are the firm's short name (`firms` maps "Ruane, Cunniff" to the firm).
 */
function shortForms(
  out: Candidate[],
  dropped: Set<number>,
  text: string,
  firms: ReadonlyMap<string, Candidate>,
): void {
  for (let j = 0; j + 1 < out.length; j++) {
    const a = out[j];
    const b = out[j + 1];
    if (a === undefined || b === undefined || dropped.has(j) || dropped.has(j + 1)) continue;
    if (!partnerWord(a) || !partnerWord(b) || text.slice(a.end, b.start) !== ', ') continue;
    const firm = firms.get(`${a.text}, ${b.text}`);
    if (firm === undefined || /^\s*&/.test(text.slice(b.end, b.end + 3))) continue;
    out[j] = {
      ...firm,
      start: a.start,
      end: b.end,
      first: a.first,
      last: b.last,
      text: text.slice(a.start, b.end),
      sentence: a.sentence,
    };
    dropped.add(j + 1);
  }
}

/**
 * "Ruane, Cunniff & Goldfarb", "Skadden, Arps, Slate & Meagher": surnames in a comma list that
 * ends in a name joined by an ampersand are the partners of one firm, the way law firms, funds and
 * agencies are named, not people; the whole list is the organization's name, and its first two
 * partners later in the article its short name.
 */
export function nameFirmPartners(
  candidates: readonly Candidate[],
  text: string,
): readonly Candidate[] {
  let out: Candidate[] | undefined;
  const dropped = new Set<number>();
  const firms = new Map<string, Candidate>();
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c === undefined || !ampersandName(c)) continue;
    const partners = partnersBefore(candidates, i, text);
    const head = candidates[partners?.[0] ?? -1];
    if (partners === undefined || head === undefined) continue;
    out ??= [...candidates];
    for (const j of partners) dropped.add(j);
    const firm = firmOf(c, head, text);
    out[i] = firm;
    const second = candidates[partners[1] ?? i];
    const short = second === undefined ? '' : `${head.text}, ${second.text.split(' ')[0] ?? ''}`;
    if (!firms.has(short)) firms.set(short, firm);
  }
  if (out === undefined) return candidates;
  shortForms(out, dropped, text, firms);
  return out.filter((_, i) => !dropped.has(i));
}
