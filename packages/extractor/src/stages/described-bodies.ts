import { entityId } from '@newsgraph/graph-schema';
import type { Lexicon } from '../lexicon/lexicon.js';
import { orgCues } from '../lexicon/org-cues.js';
import { orgSlots } from '../lexicon/org-slots.js';
import type { Candidate } from './candidate.js';

export interface DescribedInput {
  text: string;
  lexicon: Lexicon;
}

/** Words that open a phrase inside an apposition, so its noun is not the apposition's head. */
const NOT_MODIFIER = /^(?:of|for|in|at|on|with|by|from|to|and|or|who|which|that)$/;

/**
 * A name read as a person's by its look alone (name rules or the tagger), or left untyped (a bare
 * name, also one whose person reading an earlier stage took back): no list, role or title says so.
 */
function lookAlike(c: Candidate): boolean {
  return (
    ((c.type === 'Person' && c.kind === 'name') || c.type === null) &&
    c.entry === undefined &&
    c.role === undefined &&
    c.reference === undefined
  );
}

/** "chief economist at IHS Markit": a role held at the name makes it a body, not a person. */
function roleAt(input: DescribedInput, c: Candidate): boolean {
  const slice = input.text.slice(Math.max(0, c.start - 40), c.start);
  // What the pattern needs at the end first ("at" and a space; trimEnd trims what \s matches).
  const head = slice.trimEnd();
  if (head.length === slice.length || !head.endsWith('at')) return false;
  const before = /(\p{L}+)\s+at\s+$/u.exec(slice);
  return before?.[1] !== undefined && input.lexicon.appositionRoles.has(before[1].toLowerCase());
}

/** "Dar al-Nur, the Egyptian fatwa office,": an apposition whose head noun is a body's. */
function bodyApposition(input: DescribedInput, c: Candidate): boolean {
  const after = /^,\s+(?:the|an?)\s+((?:[\p{L}'’-]+\s+){0,4}?)(\p{Ll}+)\s*[,.;]/u.exec(
    input.text.slice(c.end, c.end + 80),
  );
  if (after === undefined || after === null) return false;
  const modifiers = (after[1] ?? '').trim().split(/\s+/).filter(Boolean);
  if (modifiers.some((w) => NOT_MODIFIER.test(w) || /['’]s$/.test(w))) return false;
  return orgSlots().descriptors.has(after[2] ?? '');
}

/** "Red Bull-backed Leipzig": a name hyphenated to a word for backing or owning is a backer's. */
function backer(input: DescribedInput, c: Candidate): boolean {
  const after = /^-(\p{Ll}+)/u.exec(input.text.slice(c.end, c.end + 12))?.[1];
  return after !== undefined && orgCues().backerSuffixes.has(after);
}

/** 'Petra Lind of "Kelvaro Eltern"': a quoted name after a person and "of" is the body they are of. */
function quotedBodyOf(
  input: DescribedInput,
  c: Candidate,
  personEnds: ReadonlySet<number>,
): boolean {
  const before = /\s+of\s+["“]$/u.exec(input.text.slice(Math.max(0, c.start - 8), c.start));
  if (before === null) return false;
  return personEnds.has(c.start - before[0].length) && /^["”]/u.test(input.text.slice(c.end));
}

/**
 * Names the tagger or the name rules read as a person's by their look ("Al Nur", "IHS Markit")
 * that the words around them show to be a body's: a role held at it ("chief economist at X"), an
 * apposition headed by a noun for a body ("X, the Egyptian fatwa office,"), backing ("X-backed"),
 * or a quoted name a person is of ('Ana Lind of "X"').
 */
export function nameDescribedBodies(
  candidates: readonly Candidate[],
  input: DescribedInput,
): Candidate[] {
  const personEnds = new Set<number>();
  for (const c of candidates) if (c.type === 'Person') personEnds.add(c.end);
  const described = (c: Candidate): boolean =>
    roleAt(input, c) ||
    bodyApposition(input, c) ||
    backer(input, c) ||
    quotedBodyOf(input, c, personEnds);
  const bodies = new Set<string>();
  for (const c of candidates) if (lookAlike(c) && described(c)) bodies.add(c.text);
  if (bodies.size === 0) return [...candidates];
  // The same name elsewhere in the article is the same body ("As Dar al-Nur had it").
  return candidates.map((c) => (lookAlike(c) && bodies.has(c.text) ? asBody(c) : c));
}

function asBody(c: Candidate): Candidate {
  const body: Candidate = { ...c, type: 'Organization', id: entityId('Organization', c.name) };
  delete body.speaker;
  delete body.tagged;
  return body;
}
