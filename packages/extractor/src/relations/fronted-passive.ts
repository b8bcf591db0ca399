import type { SentenceView } from './sentence-view.js';
import type { Side } from './subject.js';
import { sideOf } from './target.js';

/** How far the agent phrase may run before the comma that closes the fronted participle. */
const AGENT_REACH = 8;

/**
 * "Backed by the United States, Poland criticised Y": a passive participle opening the sentence
 * with its agent is said of the main clause's subject, the actor right after the comma that
 * closes the agent phrase. The agent and that subject, each kept to its side of the comma (a list
 * reader would join "the United States, Poland"). Undefined when the participle does not open
 * the sentence or an actor does not follow that comma at once.
 */
export function frontedPassive(
  view: SentenceView,
  participle: number,
  byAt: number,
): { source: Side; target: Side } | undefined {
  if (participle !== 0) return undefined;
  for (let comma = byAt + 1; comma < Math.min(view.words.length, byAt + AGENT_REACH); comma++) {
    if (view.words[comma] !== ',') continue;
    const at = view.words[comma + 1] === 'the' ? comma + 2 : comma + 1;
    const u = view.unitAt[at] ?? -1;
    const by = view.unitAt[view.words[byAt + 1] === 'the' ? byAt + 2 : byAt + 1] ?? -1;
    if (u < 0 || by < 0 || !view.units[u]?.actor) return undefined;
    // "Inspired by X's turnaround, Y ...": the agent is what X owns, no actor.
    const agent = view.units[by];
    if (agent === undefined || view.tokens[agent.lastToken]?.poss === true) return undefined;
    if (/^['’]s?$/.test(view.words[agent.lastToken + 1] ?? '')) return undefined;
    const target = sideOf(view, u, (unit) => unit.lastToken < comma);
    const source = sideOf(view, by, (unit) => unit.firstToken > comma);
    return source && target ? { source, target } : undefined;
  }
  return undefined;
}
