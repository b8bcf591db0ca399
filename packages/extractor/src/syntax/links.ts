import { SYNTAX_WORDS } from './syntax-words.js';
import type { NounPhrase, VerbGroup } from './types.js';

interface LinkInput {
  words: readonly string[];
  pos: readonly string[];
  phrases: NounPhrase[];
  verbs: readonly VerbGroup[];
  verbAt: Int32Array;
}

/**
 * Coordination ("X, Y and Z": phrases joined by commas and a final "and"/"or") and apposition
 * ("X, the leader of Y, said": a phrase opening with a determiner or possessive after a comma,
 * closed by a comma, with only "of"-style phrases inside). Mutates `phrases`.
 */
export function linkPhrases(input: LinkInput): void {
  coordinate(input);
  for (let p = 0; p + 1 < input.phrases.length; p++) appose(input, p);
}

function coordinate({ words, phrases, verbs, verbAt }: LinkInput): void {
  let p = 0;
  while (p < phrases.length) {
    const members = [p];
    let q = p;
    let closed = false;
    for (;;) {
      const here = phrases[q];
      const next = phrases[q + 1];
      if (here === undefined || next === undefined || here.possessive) break;
      const gap = words.slice(here.end, next.start);
      const comma = gap.length === 1 && gap[0] === ',';
      const and = gap.length >= 1 && gap.length <= 2 && ['and', 'or'].includes(gap.at(-1) ?? '');
      const andOk = and && (gap.length === 1 || gap[0] === ',');
      if (!comma && !andOk) break;
      // "In Lima, X and Y": a fronted phrase ends at its comma.
      if (comma && here.preposition !== undefined && here.start === 1) break;
      // "X condemned the attack, and Y backed ...": a new clause, not a longer object.
      if (andOk && gap[0] === ',' && startsVerbAt(verbAt, verbs, next.end)) break;
      members.push(q + 1);
      q++;
      if (andOk) {
        closed = true;
        break;
      }
    }
    if (closed && members.length >= 2) {
      for (const m of members) {
        const phrase = phrases[m];
        if (phrase) phrase.conjuncts = members;
      }
    }
    p = Math.max(p + 1, closed ? q + 1 : p + 1);
  }
}

function appose({ words, pos, phrases, verbAt }: LinkInput, p: number): void {
  const host = phrases[p];
  const inner = phrases[p + 1];
  if (host === undefined || inner === undefined || host.possessive || inner.conjuncts.length > 1)
    return;
  if (words[host.end] !== ',' || inner.start !== host.end + 1) return;
  const opener = words[inner.start] ?? '';
  const titled =
    pos[inner.start]?.startsWith('NN') === true && !/^NNPS?$/.test(pos[inner.head] ?? '');
  if (!SYNTAX_WORDS.appositionOpeners.has(opener) && !titled) return;
  // The apposition runs through "of"/"in" phrases and possessives up to a closing comma.
  let end = inner.end;
  let q = p + 1;
  for (;;) {
    const next = phrases[q + 1];
    if (next === undefined) break;
    const linked =
      next.start === end ||
      (next.start === end + 1 && pos[end] === 'IN' && (verbAt[end] ?? -1) < 0);
    if (!linked) break;
    q++;
    end = next.end;
  }
  if (words[end] !== ',' && end !== words.length && words[end] !== '.') return;
  inner.appositionTo = p;
}

function startsVerbAt(verbAt: Int32Array, verbs: readonly VerbGroup[], t: number): boolean {
  const v = verbAt[t] ?? -1;
  return v >= 0 && verbs[v]?.start === t;
}
