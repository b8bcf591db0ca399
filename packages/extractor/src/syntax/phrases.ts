import { SYNTAX_WORDS } from './syntax-words.js';
import { isNegation } from './tags.js';
import type { Token } from '../text/tokenize.js';
import type { NounPhrase, VerbGroup } from './types.js';

interface Tagged {
  /** The tokens, for their case ("evidence Republicans would ..."); absent, none is capitalised. */
  tokens?: readonly Token[];
  words: readonly string[];
  pos: readonly string[];
  chunks: readonly string[];
}

const HEAD_TAGS = /^(?:NN|PRP$|CD$|EX$|WP$|DT$)/;

/** Noun-phrase chunks with their heads, possessors and prepositions (no apposition yet). */
export function nounPhrases({ tokens, words, pos, chunks }: Tagged): NounPhrase[] {
  const out: NounPhrase[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!chunks[i]?.endsWith('-NP') || pos[i] === 'CC') continue;
    const owner = out.at(-1);
    // The tagger opens "'s trade policy" at the 's: it closes the possessor instead.
    if (pos[i] === 'POS' && owner?.end === i) {
      owner.end = i + 1;
      owner.possessive = true;
      if (chunks[i + 1] !== 'I-NP') continue;
      i++;
    }
    let end = i + 1;
    // "[Ruritania and Freedonia]" is one chunk to CoNLL; here each conjunct is a phrase.
    // "a report criticising X": a participle after a noun ends the phrase.
    const participle = (t: number): boolean =>
      pos[t] === 'VBG' && pos[t - 1]?.startsWith('NN') === true;
    // "evidence Republicans would rather run": a content noun's clause, its "that" left out.
    const clause = (t: number): boolean =>
      SYNTAX_WORDS.contentNouns.has(words[t - 1] ?? '') &&
      pos[t]?.startsWith('NN') === true &&
      tokens?.[t]?.cap === true &&
      verbAfterChunk(chunks, t);
    while (chunks[end] === 'I-NP' && pos[end] !== 'CC' && !participle(end) && !clause(end)) end++;
    const possessive = pos[end - 1] === 'POS';
    const last = possessive ? end - 2 : end - 1;
    let head = last;
    while (head > i && !HEAD_TAGS.test(pos[head] ?? '')) head--;
    if (!HEAD_TAGS.test(pos[head] ?? '')) head = last;
    const titled = out.at(-1);
    // "actor Jean Roux": a bare title chunked apart from the name it belongs to.
    if (
      titled?.end === i &&
      isBareTitle(pos, titled) &&
      pos[i]?.startsWith('NNP') &&
      !SYNTAX_WORDS.contentNouns.has(words[i - 1] ?? '')
    ) {
      out.pop();
      i = titled.start;
    }
    const before = out.at(-1);
    const adjoining = before?.possessive === true && before.end === i;
    const prepTag = pos[i - 1];
    out.push({
      start: i,
      end,
      head: Math.max(i, head),
      possessor: adjoining ? out.length - 1 : undefined,
      possessive,
      preposition: prepTag === 'IN' || prepTag === 'TO' ? words[i - 1] : undefined,
      appositionTo: undefined,
      conjuncts: [out.length],
    });
    i = end - 1;
  }
  return out;
}

/** The chunk holding token `t` ends right before a verb group. */
function verbAfterChunk(chunks: readonly string[], t: number): boolean {
  let k = t;
  while (chunks[k] === 'I-NP') k++;
  return chunks[k] === 'B-VP';
}

/** A phrase of common nouns only, no determiner ("actor", "party leader"). */
function isBareTitle(pos: readonly string[], phrase: NounPhrase): boolean {
  if (phrase.possessive) return false;
  for (let t = phrase.start; t < phrase.end; t++) if (pos[t] !== 'NN') return false;
  return true;
}

/** The verb groups of VP chunks; "moved to block" splits at "to" into two groups. */
export function verbGroups({ words, pos, chunks }: Tagged): VerbGroup[] {
  const out: VerbGroup[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!chunks[i]?.endsWith('-VP')) continue;
    let end = i + 1;
    while (chunks[end] === 'I-VP' && !(pos[end] === 'TO' && end > i)) end++;
    // "Peru never said", "X also criticised": the chunker leaves an adverb right before the verb
    // in a chunk of its own; it belongs to the group (a negation above all).
    let start = i;
    const floor = out.at(-1)?.end ?? 0;
    while (
      start - 1 >= floor &&
      chunks[start - 1]?.endsWith('-ADVP') &&
      pos[start - 1]?.startsWith('RB')
    )
      start--;
    const group = verbGroup(words, pos, start, end);
    if (group) out.push(group);
    i = end - 1;
  }
  return out;
}

function verbGroup(
  words: readonly string[],
  pos: readonly string[],
  start: number,
  end: number,
): VerbGroup | undefined {
  let main = -1;
  for (let t = end - 1; t >= start && main < 0; t--) if (pos[t]?.startsWith('VB')) main = t;
  if (main < 0) return undefined;
  const auxiliaries: number[] = [];
  const adverbs: number[] = [];
  let modal: number | undefined;
  let negated = false;
  for (let t = start; t < end; t++) {
    const word = words[t] ?? '';
    if (isNegation(word)) negated = true;
    if (t === main) continue;
    if (pos[t] === 'MD') modal ??= t;
    else if (pos[t]?.startsWith('VB')) auxiliaries.push(t);
    else if (pos[t]?.startsWith('RB') && !isNegation(word)) adverbs.push(t);
  }
  if (modal !== undefined && isNegation(words[modal] ?? '')) negated = true;
  const passive =
    pos[main] === 'VBN' &&
    auxiliaries.some((t) => {
      const word = words[t] ?? '';
      return SYNTAX_WORDS.be.has(word) || SYNTAX_WORDS.passiveGet.has(word);
    });
  return {
    start,
    end,
    main,
    auxiliaries,
    modal,
    negated,
    adverbs,
    voice: passive ? 'passive' : 'active',
    infinitive: pos[start] === 'TO',
    clause: 0,
    subject: [],
    subjectSource: undefined,
    object: [],
    agent: [],
  };
}
