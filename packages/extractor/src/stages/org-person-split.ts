import { entityId } from '@newsgraph/graph-schema';
import type { Lexicon } from '../lexicon/lexicon.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { collapse, type Candidate } from './candidate.js';

export interface SplitInput {
  text: string;
  lexicon: Lexicon;
}

interface Part {
  from: number;
  to: number;
  type: 'Person' | 'Organization';
}

/** The candidate's tokens [from, to) as a candidate of its own. */
function part(text: string, c: Candidate, tokens: readonly Token[], p: Part): Candidate {
  const start = tokens[p.from]?.start ?? c.start;
  const end = tokens[p.to - 1]?.end ?? c.end;
  const name = collapse(text.slice(start, end));
  return {
    start,
    end,
    text: name,
    first: c.first + p.from,
    last: c.first + p.to,
    sentence: c.sentence,
    type: p.type,
    kind: 'name',
    name,
    ...(p.type === 'Organization' ? { id: entityId('Organization', name) } : {}),
    // The person is who spoke or holds the role the whole was read with ("... Logothetis told").
    ...(p.type === 'Person' && c.speaker !== undefined ? { speaker: c.speaker } : {}),
    ...(p.type === 'Person' && c.role !== undefined ? { role: c.role } : {}),
  };
}

const capWord = (t: Token | undefined): boolean => t !== undefined && t.word && t.cap;

/**
 * "the Greek Lawyers Association Konstantinos Logothetis told": capitalised words after a body's
 * head word, read as one person's name, are a person after the body. No person's name holds a
 * word such as "Association" before two more of its words.
 */
function headThenPerson(c: Candidate, tokens: readonly Token[], lex: Lexicon): number | undefined {
  if (c.type !== 'Person' || c.entry !== undefined) return undefined;
  for (let h = 1; h <= tokens.length - 3; h++) {
    if (!lex.orgHeads.has(tokens[h]?.text ?? '')) continue;
    const rest = tokens.slice(h + 1);
    if (rest.length > 3 || !rest.every(capWord)) return undefined;
    if (rest.some((t) => lex.orgHeads.has(t.text))) return undefined;
    return tokens.slice(0, h).every(capWord) ? h + 1 : undefined;
  }
  return undefined;
}

/**
 * "journalist Nadia Haddad of the Institute for Regional Studies": a role word before, a name of
 * two or three words, then "of the" and a body: the person and the body are two.
 */
function personOfBody(
  input: SplitInput,
  c: Candidate,
  tokens: readonly Token[],
): number | undefined {
  if (c.type !== 'Organization' || c.entry !== undefined) return undefined;
  const of = tokens.findIndex((t) => t.text === 'of');
  if (of < 2 || of > 3 || tokens[of + 1]?.text !== 'the') return undefined;
  const name = tokens.slice(0, of);
  const { lexicon: lex } = input;
  if (!name.every(capWord) || name.some((t) => lex.orgHeads.has(t.text))) return undefined;
  if (!tokens.slice(of + 2).some((t) => lex.orgHeads.has(t.text))) return undefined;
  const role = /(\p{Ll}+)\s+$/u.exec(input.text.slice(Math.max(0, c.start - 24), c.start))?.[1];
  return role !== undefined && lex.appositionRoles.has(role) ? of : undefined;
}

/**
 * What both constructions need, tested before the candidate's words are tokenized: an unlisted
 * person, or an unlisted body with "of" in it.
 */
function splittable(c: Candidate, text: string): boolean {
  if (c.entry !== undefined) return false;
  if (c.type === 'Person') return true;
  const of = text.indexOf('of', c.start);
  return c.type === 'Organization' && of >= 0 && of + 2 <= c.end;
}

/** Splits names the rules joined across a person and a body (see the two constructions above). */
export function splitPersonFromBody(
  candidates: readonly Candidate[],
  input: SplitInput,
): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.first + 3 > c.last || !splittable(c, input.text)) {
      out.push(c);
      continue;
    }
    const tokens = tokenize(input.text, c.start, c.end);
    const n = tokens.length;
    const after = headThenPerson(c, tokens, input.lexicon);
    const before = after === undefined ? personOfBody(input, c, tokens) : undefined;
    if (after !== undefined) {
      out.push(part(input.text, c, tokens, { from: 0, to: after, type: 'Organization' }));
      out.push(part(input.text, c, tokens, { from: after, to: n, type: 'Person' }));
    } else if (before !== undefined) {
      out.push(part(input.text, c, tokens, { from: 0, to: before, type: 'Person' }));
      out.push(part(input.text, c, tokens, { from: before + 2, to: n, type: 'Organization' }));
    } else out.push(c);
  }
  return out;
}
