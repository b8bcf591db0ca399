import { personSlots } from '../lexicon/person-slots.js';
import { peopleNames } from '../lexicon/people-names.js';
import { pluralOpeners } from '../lexicon/plural-openers.js';
import { speakerWords } from '../lexicon/speaker-words.js';
import { rawPosTags } from '../syntax/tags.js';
import type { Token } from '../text/tokenize.js';
import { truecaseWords } from '../text/truecase.js';
import type { Chunk } from './candidate.js';
import type { ScanContext } from './scan-context.js';
import { listedName } from './stance-actors.js';

/**
 * "Obamas campaign", "accused Trumps aides", "during Kerrys visit": a surname's possessive whose
 * apostrophe the text has lost, as bare-possessives.ts reads a state's ("Russias economy"). One
 * capitalised word in "s" right before a lower-case word that is no function word, whose stem
 * the list of people's names (or the actor table) has, is that person. Not a name of its own in
 * "s" ("Sanders", "Evans" are listed), a word news writes in lower case ("Banks", "Rivers"), a
 * family after a determiner ("the Obamas", "both Clintons"), nor the owner of what firms and
 * places own ("Fords shares"), nor before a verb ("Yukos accused"), and only in a text that
 * writes no possessive with its apostrophe: where it does, a word in "s" is a name of its own.
 */
export function barePersonPossessive(ctx: ScanContext, chunk: Chunk): boolean {
  const { first, last } = chunk;
  const end = ctx.token(first);
  // The cheap tests first: one word in "s", then a lower-case word after it.
  if (last !== first + 1 || end === undefined || end.upper || !finalS(end.text)) return false;
  const next = ctx.token(last);
  if (next?.word !== true || ctx.isCap(last)) return false;
  // "Reds manager Ray Knight": in a sports report a plural so written is a side.
  if (ctx.sports !== undefined) return false;
  const noun = next.text.toLowerCase();
  if (ctx.lex.stopwords.has(noun) || personSlots().thingNouns.has(noun)) return false;
  const before = ctx.lower(first - 1);
  if (speakerWords().determiners.has(before) || pluralOpeners().has(before)) return false;
  const stem = end.text.slice(0, -1);
  if (peopleNames().has(end.text) || ctx.lex.firstNames.has(end.text) || !listedName(stem))
    return false;
  if (truecaseWords().lower.has(end.text.toLowerCase())) return false;
  // Not a word the lexicon knows as it is ("Bahamas"), nor a stem it names otherwise.
  const tokens = [{ ...end, text: stem }];
  if (ctx.lex.phrases.longest([end], 0) !== undefined) return false;
  if (ctx.lex.phrases.longest(tokens, 0) !== undefined) return false;
  // "Yukos accused": a verb after it makes it the subject, no owner.
  if (verbAfter(ctx, last) || writesPossessives(ctx.tokens)) return false;
  const span = ctx.span(first, last);
  ctx.emit({
    ...span,
    first,
    last,
    sentence: chunk.sentence,
    type: 'Person',
    kind: 'surname',
    name: stem,
  });
  return true;
}

/** Ends in "s" after a lower-case letter ("Russias", not "US" or "Xs"). */
export function finalS(word: string): boolean {
  const n = word.length;
  if (n < 4 || word.charCodeAt(n - 1) !== 115) return false;
  const c = word.charCodeAt(n - 2);
  return c >= 97 && c <= 122;
}

/** Words either side of the word after the name that the part of speech reads. */
const POS_CONTEXT = 4;

const possessiveTexts = new WeakMap<readonly Token[], boolean>();

/** The window writes a possessive with its apostrophe somewhere ("Ruiz’s", "Ruiz's"). */
function writesPossessives(tokens: readonly Token[]): boolean {
  let found = possessiveTexts.get(tokens);
  if (found === undefined) {
    found = tokens.some((t) => t.poss === true || /^['’]s$/.test(t.text));
    possessiveTexts.set(tokens, found);
  }
  return found;
}

/** The part of speech reads token `at` as a finite verb or a modal ("accused", "says", "will"). */
function verbAfter(ctx: ScanContext, at: number): boolean {
  // A few words either side are context enough for one tag.
  const first = Math.max(0, at - POS_CONTEXT);
  const tags = rawPosTags(ctx.tokens.slice(first, Math.min(ctx.sentenceLast, at + POS_CONTEXT)));
  return /^(?:VBD|VBZ|VBP|MD)$/.test(tags[at - first] ?? '');
}
