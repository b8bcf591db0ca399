import { SYNTAX_WORDS } from '../syntax/syntax-words.js';
import { phraseWords } from './phrase-words.js';
import type { SentenceView, Unit } from './sentence-view.js';
import { topicWords } from './topic-words.js';
import { DETERMINERS, POSSESSIVES, isAdverb } from './word-classes.js';

// A stance on an idea, a topic or a proposal is not a stance on an actor the phrase is about:
// "dismissed the idea of Russia hosting Y", "defended his stance on Y", "the Ukraine crisis".

const GERUND = /^\p{Ll}{2,}ing$/u;
/** Tokens looked back over from an actor to the preposition of the complement it stands in. */
const REACH = 6;

/**
 * Token `t` is an idea or stance noun whose complement opens right after it: "the idea of",
 * "the issue of", "his stance on", "the policy toward", "his position of not allowing", "claims
 * that". "The position of Y" names its owner and opens no topic.
 */
export function opensTopic(view: SentenceView, t: number): boolean {
  if ((view.unitAt[t] ?? -1) >= 0) return false;
  const words = topicWords();
  const noun = view.words[t] ?? '';
  if (view.words[t + 1] === 'that') return SYNTAX_WORDS.contentNouns.has(noun);
  const idea = words.ideaNouns.has(noun);
  if (!idea && !words.stanceNouns.has(noun)) return false;
  const preposition = view.words[t + 1] ?? '';
  if (words.topicPrepositions.has(preposition)) return true;
  if (preposition !== 'of') return false;
  if (idea) return true;
  const next = view.words[t + 2] ?? '';
  return words.contentOpeners.has(next) || (GERUND.test(next) && (view.unitAt[t + 2] ?? -1) < 0);
}

/** Token `t` is a stance noun ("decision", "report"): a later "by X" names its owner. */
export function isStanceNoun(view: SentenceView, t: number): boolean {
  return topicWords().stanceNouns.has(view.words[t] ?? '');
}

/**
 * The object of a verb whose cue ends before token `from` turns, at token `t`, into the
 * complement of a topic noun. Not the "on" after a verb of blame, which names the one blamed
 * ("blamed the crisis on Y").
 */
export function objectOpensTopic(view: SentenceView, from: number, t: number): boolean {
  if (!opensTopic(view, t)) return false;
  return view.words[t + 1] !== 'on' || !phraseWords().blameVerbs.has(view.words[from - 1] ?? '');
}

/**
 * The actor opening at token `first` stands in the complement of a topic noun before it ("the
 * idea of Russia hosting Y was dismissed by X", "his stance on Y was criticised"): looking back
 * over names, determiners, possessives, gerunds and adverbs to the preposition.
 */
export function inTopicComplement(view: SentenceView, first: number): boolean {
  const words = topicWords();
  for (let k = first - 1, steps = 0; k > 0 && steps < REACH; k--, steps++) {
    const unit = view.units[view.unitAt[k] ?? -1];
    if (unit !== undefined) {
      k = unit.firstToken;
      continue;
    }
    const word = view.words[k] ?? '';
    if (word === 'of' || words.topicPrepositions.has(word)) return opensTopic(view, k - 1);
    if (!complementWord(word)) return false;
  }
  return false;
}

function complementWord(word: string): boolean {
  return (
    DETERMINERS.has(word) ||
    POSSESSIVES.has(word) ||
    word === 'not' ||
    GERUND.test(word) ||
    isAdverb(word)
  );
}

/**
 * "the Ukraine crisis", "the Taiwan question", "seek EU and NATO membership": the name, alone or
 * in a list of names sharing the head, says what the matter concerns.
 */
export function modifiesIssue(view: SentenceView, unit: Unit): boolean {
  let last = unit.lastToken;
  for (;;) {
    const word = view.words[last + 1] ?? '';
    const next = view.units[view.unitAt[last + 2] ?? -1];
    if (!LIST_JOINS.has(word) || next === undefined || next.firstToken !== last + 2) break;
    last = next.lastToken;
  }
  return topicWords().issueHeads.has(view.words[last + 1] ?? '');
}

const LIST_JOINS: ReadonlySet<string> = new Set([',', 'and', 'or']);

/** Plain words between a possessive and its noun: "Y's recent arrest", "Y's tarnished image". */
const POSSESSED_REACH = 2;

/**
 * The actor whose last token is `last` possesses a thing it undergoes or only holds: "condemned
 * Navalny's arrest", "bemoaned America's reputation", "contributed to Y's defeat". The token of
 * that noun, or -1; "Y's arrest of Z" is Y's act and gives -1.
 */
export function undergoneAfter(view: SentenceView, last: number): number {
  if (view.tokens[last]?.poss !== true && !POSSESSIVES.has(view.words[last + 1] ?? '')) return -1;
  const nouns = topicWords().undergoneNouns;
  const first = POSSESSIVES.has(view.words[last + 1] ?? '') ? last + 2 : last + 1;
  for (let k = first; k <= first + POSSESSED_REACH; k++) {
    const word = view.words[k] ?? '';
    if (nouns.has(word)) return view.words[k + 1] === 'of' ? -1 : k;
    if ((view.unitAt[k] ?? -1) >= 0 || !/^[\p{Ll}-]+$/u.test(word) || DETERMINERS.has(word))
      return -1;
  }
  return -1;
}
