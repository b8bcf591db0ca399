import type { Gender } from '../lexicon/speaker-words.js';
import { tokenIndexAt } from '../text/tokenize.js';
import type { Mention } from '../types.js';
import type { ReferenceInput } from './speaker-reference.js';

/** A sentence whose subject is someone's relative: "Ruiz's wife was furious". */
export interface KinSubject {
  gender: Gender;
  /** Token index where the relative's words end. */
  end: number;
  /** The relative's own name, when an apposition gives it ("Ruiz's wife, Ana,"). */
  named?: string;
}

/**
 * "Ruiz's wife was furious. '...,' she said": when a sentence opens with a possessor and a noun
 * for a relative (speaker-words.json kinshipNouns), a later pronoun of the relative's gender means
 * the relative, named in an apposition or not at all, never the possessor.
 */
export function kinSubject(
  input: ReferenceInput,
  sentence: number,
  opener: Mention | undefined,
): KinSubject | undefined {
  const { tokens, words } = input;
  let [first] = input.sentenceTokens[sentence] ?? [0, 0];
  if (words.conjunctions.has(tokens[first]?.text.toLowerCase() ?? '')) first++;
  if (opener === undefined || tokenIndexAt(tokens, opener.start) !== first) return undefined;
  let k = tokenIndexAt(tokens, opener.end);
  const next = tokens[k]?.text;
  if (next === "'s" || next === '’s') k++;
  else if (tokens[k - 1]?.poss !== true) return undefined;
  // "Ruiz's late wife": one modifier may come first.
  let gender = words.kinship.get(tokens[k]?.text.toLowerCase() ?? '');
  if (gender === undefined && tokens[k]?.cap === false) {
    k++;
    gender = words.kinship.get(tokens[k]?.text.toLowerCase() ?? '');
  }
  if (gender === undefined) return undefined;
  const apposed = tokens[k + 1]?.text === ',' ? tokens[k + 2] : undefined;
  const named =
    apposed === undefined
      ? undefined
      : input.mentions.find((m) => m.start === apposed.start && m.type === 'Person');
  return { gender, end: k, ...(named === undefined ? {} : { named: named.entityId }) };
}
