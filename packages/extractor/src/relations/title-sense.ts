import type { CompiledCues, TitleSense } from './cue-lexicon.js';
import { foldApostrophes } from './phrase-set.js';

/**
 * What a title means: the sense of its longest known suffix ("Deputy Prime Minister" →
 * "prime minister"), turned into REPRESENTS by a demoter ("deputy"), void with a blocker
 * ("former"). Undefined when no part of it is known.
 */
export function classifyTitle(cues: CompiledCues, title: string): TitleSense | undefined {
  let memo = senses.get(cues);
  if (memo === undefined) senses.set(cues, (memo = new Map<string, TitleSense | undefined>()));
  const known = memo.get(title);
  if (known !== undefined || memo.has(title)) return known;
  const sense = readSense(cues, title);
  // Bounded: the same few titles recur, but a long run sees many texts.
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(title, sense);
  return sense;
}

/** Titles already classified, per lexicon (senses are shared, never mutated). */
const senses = new WeakMap<CompiledCues, Map<string, TitleSense | undefined>>();
const MEMO_LIMIT = 4096;

function readSense(cues: CompiledCues, title: string): TitleSense | undefined {
  const normal = foldApostrophes(title.toLowerCase()).replace(/\s+/g, ' ').trim();
  const sense = longestSuffix(cues, normal) ?? ofHead(cues, normal) ?? withoutCo(cues, normal);
  if (sense === undefined) return undefined;
  const words = normal.split(/[\s]+/);
  if (words.some((word) => isBlocked(cues, word))) return undefined;
  const demoted = sense.word.prefix.some((word) => cues.demoters.has(word) || /^vice-/.test(word));
  return demoted && sense.sense.kind === 'leads'
    ? { ...sense.sense, kind: 'represents' }
    : sense.sense;
}

/** A blocker word ("former", "late") or prefix/suffix ("ex-", "-elect") voids the title. */
export function isBlocked(cues: CompiledCues, word: string): boolean {
  if (cues.blockers.has(word)) return true;
  const parts = word.split('-');
  return parts.length > 1 && parts.some((part) => cues.blockers.has(part));
}

interface Found {
  sense: TitleSense;
  word: { prefix: string[] };
}

function longestSuffix(cues: CompiledCues, normal: string): Found | undefined {
  const words = normal.split(' ');
  for (let k = 0; k < words.length; k++) {
    const sense = cues.titles.get(words.slice(k).join(' '));
    if (sense !== undefined) return { sense, word: { prefix: words.slice(0, k) } };
  }
  return undefined;
}

/** "co-CEO", "co-chief executive": one of two who share a title holds it (as "co-chair" does). */
function withoutCo(cues: CompiledCues, normal: string): Found | undefined {
  if (!normal.startsWith('co-')) return undefined;
  const rest = normal.slice(3);
  return longestSuffix(cues, rest) ?? ofHead(cues, rest);
}

/** "president of the commission": the head before "of". */
function ofHead(cues: CompiledCues, normal: string): Found | undefined {
  const at = normal.indexOf(' of ');
  return at > 0 ? longestSuffix(cues, normal.slice(0, at)) : undefined;
}

/** "chief", "deputy", "acting": a word that may stand inside a title without changing whose it is. */
export function titleModifier(cues: CompiledCues, word: string): boolean {
  return cues.titleModifiers.has(word) || cues.demoters.has(word);
}
