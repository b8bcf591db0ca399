import type { Mention } from '../types.js';
import type { ActorRef, ArticleContext } from './article-context.js';
import { countedGroupWords } from './counted-group-words.js';
import type { Candidate } from './relation-set.js';

// "Turkey objected to Finland and Sweden joining, accusing the two Nordic countries of ...":
// a group counted by its determiner is the list of that many actors named just before it.

/** Between two members of a list: a comma, "and", or both. */
const LIST_JOINT = /^(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)$/u;
const WORD = /\p{L}+/gu;

/**
 * A candidate whose end is a counted group ("the three European powers") stands for each actor
 * of the latest list of exactly that many states or organizations named before it; the group's
 * own relation is dropped. Other candidates come back unchanged.
 */
export function countedGroupCandidates(ctx: ArticleContext, candidate: Candidate): Candidate[] {
  const { source, target } = candidate;
  if (source.type !== 'Group' && target.type !== 'Group') return [candidate];
  const sources = source.type === 'Group' ? membersOf(ctx, source, candidate) : [source];
  const targets = target.type === 'Group' ? membersOf(ctx, target, candidate) : [target];
  if (sources === undefined || targets === undefined) return [candidate];
  const out: Candidate[] = [];
  for (const s of sources)
    for (const t of targets) if (s.id !== t.id) out.push({ ...candidate, source: s, target: t });
  return out;
}

function membersOf(
  ctx: ArticleContext,
  group: ActorRef,
  candidate: Candidate,
): ActorRef[] | undefined {
  const { evidence } = candidate;
  const sentence = ctx.analysis.sentences.find(
    (s) => s.start <= evidence.start && evidence.start < s.end,
  );
  if (sentence === undefined) return undefined;
  const mention = (ctx.mentionsBySentence.get(sentence.index) ?? []).find(
    (m) => m.entityId === group.id,
  );
  if (mention === undefined) return undefined;
  const count = countBefore(ctx, mention, sentence.start);
  if (count === undefined) return undefined;
  const words = countedGroupWords();
  for (let i = sentence.index; i >= 0 && i >= sentence.index - words.backSentences; i--) {
    const before = (ctx.mentionsBySentence.get(i) ?? []).filter((m) => m.end <= mention.start);
    const lists = listsIn(ctx, before);
    for (let l = lists.length - 1; l >= 0; l--) {
      const list = lists[l];
      if (list !== undefined && list.length === count) return list;
    }
  }
  return undefined;
}

/** "the two Nordic countries", "both Gulf states": the count the words before the group give. */
function countBefore(ctx: ArticleContext, mention: Mention, from: number): number | undefined {
  const words = countedGroupWords();
  const lead = /^[\p{Ll}\s]*/u.exec(mention.text)?.[0] ?? '';
  const text = ctx.analysis.text.slice(Math.max(from, mention.start - 40), mention.start) + lead;
  const before = (text.match(WORD) ?? []).map((w) => w.toLowerCase());
  const last = before[before.length - 1] ?? '';
  const count = words.counts.get(last);
  if (count === undefined) return undefined;
  // "two Nordic countries" may be two others; "the two", "both" point back.
  if (last === 'both' || words.determiners.has(before[before.length - 2] ?? '')) return count;
  return undefined;
}

/** Coordinated lists ("Britain, France and Germany") of states or organizations of one type. */
function listsIn(ctx: ArticleContext, mentions: readonly Mention[]): ActorRef[][] {
  const lists: ActorRef[][] = [];
  let run: ActorRef[] = [];
  let previous: Mention | undefined;
  for (const mention of mentions) {
    const actor = ctx.actor(mention.entityId);
    const member = actor !== undefined && (actor.type === 'State' || actor.type === 'Organization');
    const joined =
      previous !== undefined &&
      LIST_JOINT.test(ctx.analysis.text.slice(previous.end, mention.start)) &&
      run[0]?.type === actor?.type;
    if (!member) {
      if (run.length > 1) lists.push(run);
      run = [];
      previous = undefined;
      continue;
    }
    if (!joined) {
      if (run.length > 1) lists.push(run);
      run = [];
    }
    if (!run.some((a) => a.id === actor.id)) run.push(actor);
    previous = mention;
  }
  if (run.length > 1) lists.push(run);
  return lists;
}
