import type { ArticleContext } from './article-context.js';
import { partyCandidateNouns } from './party-candidate.js';

// The last word before a name ("Democratic front-runner X", "presidential candidate X,"), and the
// head of an apposition after it ("X, the Republican presidential nominee,": up to three words).
const NOUN_BEFORE = /(\p{Ll}[\p{L}-]*),?\s+$/u;
const NOUN_AFTER = /^,\s+(?:the|a|an)\s+(?:[\p{L}'’.-]+\s+){0,3}?(\p{Ll}[\p{L}-]*)\s*(?:[,;.)]|$)/u;
const REACH = 60;

const candidates = new WeakMap<ArticleContext, ReadonlySet<string>>();

/**
 * People the article calls a candidate, front-runner or nominee (party-candidates.json) right
 * before or after a mention: they seek an office, so a bare head's title ("the president") does
 * not stand for them.
 */
export function candidatePeople(ctx: ArticleContext): ReadonlySet<string> {
  let people = candidates.get(ctx);
  if (people === undefined) candidates.set(ctx, (people = findCandidates(ctx)));
  return people;
}

function findCandidates(ctx: ArticleContext): ReadonlySet<string> {
  const { text, mentions } = ctx.analysis;
  const people = new Set<string>();
  for (const mention of mentions) {
    if (mention.type !== 'Person' || people.has(mention.entityId)) continue;
    const before = NOUN_BEFORE.exec(text.slice(Math.max(0, mention.start - REACH), mention.start));
    const after = NOUN_AFTER.exec(text.slice(mention.end, mention.end + REACH));
    if (isCandidateNoun(before?.[1]) || isCandidateNoun(after?.[1])) people.add(mention.entityId);
  }
  return people;
}

/** "front-runner" is the list's "frontrunner". */
function isCandidateNoun(word: string | undefined): boolean {
  return word !== undefined && partyCandidateNouns().has(word.replace(/-/g, ''));
}
