import type { Mention } from '../types.js';
import type { ActorRef, ArticleContext } from './article-context.js';
import type { CompiledCues } from './cue-lexicon.js';
import type { SentenceView } from './sentence-view.js';
import { classifyTitle } from './title-sense.js';
import { isEnvoyTitle } from './title-generic.js';

export interface EnvoyRole {
  state: ActorRef;
  title: string;
}

// "[State]['s] <title> to [the] [Body or State]": the words between the state and where the envoy is sent.
const BEFORE_BODY = /^(?:['’]s)?\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+to\s+(?:the\s+)?$/u;

function between(view: SentenceView, from: number, to: number): string {
  return view.sentenceText.slice(from - view.sentence.start, to - view.sentence.start);
}

/** `[State]['s] <envoy title> to [the] [Body]` ending at unit `b`, the body. */
function envoyPhrase(cues: CompiledCues, view: SentenceView, b: number): EnvoyRole | undefined {
  const body = view.units[b];
  const state = view.units[b - 1];
  const sentTo = body?.mention.type;
  if (body === undefined || state?.actor?.type !== 'State') return undefined;
  if (sentTo !== 'Organization' && sentTo !== 'State') return undefined;
  const match = BEFORE_BODY.exec(between(view, state.end, body.start));
  const title = match?.[1];
  const kind = title === undefined ? undefined : classifyTitle(cues, title)?.kind;
  if (title === undefined || (kind !== 'represents' && kind !== 'member')) return undefined;
  // "France's ambassador to Germany": only an envoy is sent to a state.
  if (sentTo === 'State' && !isEnvoyTitle(title.split(/\s+/u).pop() ?? '')) return undefined;
  return { state: state.actor, title };
}

/**
 * "Australia's delegate to the GATT, Peter Field" / "U.S. ambassador to the GATT Michael Samuels"
 * / "Peter Field, Australia's delegate to the GATT": an envoy to a body speaks for his own state;
 * he is neither the body's member nor its representative.
 */
export function envoyRole(
  cues: CompiledCues,
  view: SentenceView,
  u: number,
): EnvoyRole | undefined {
  const person = view.units[u];
  if (person === undefined) return undefined;
  const before = view.units[u - 1];
  if (before && /^\s*,?\s*$/.test(between(view, before.end, person.start))) {
    const role = envoyPhrase(cues, view, u - 1);
    if (role) return role;
  }
  const state = view.units[u + 1];
  if (state && /^\s*,\s*(?:(?:a|an|the)\s+)?$/.test(between(view, person.end, state.start))) {
    const body = view.units[u + 2];
    const role = body && body.start > state.end ? envoyPhrase(cues, view, u + 2) : undefined;
    if (role) return role;
  }
  return undefined;
}

/** Whether unit `u` is the body of an envoy phrase ("delegate to the GATT"): no one's holder. */
export function isEnvoyBody(cues: CompiledCues, view: SentenceView, u: number): boolean {
  return envoyPhrase(cues, view, u) !== undefined;
}

// After the title the entity stage gave the person: " to [the] " and where the envoy is sent.
const TO_BODY = /^\s+to\s+(?:the\s+)?$/u;

/**
 * "X, the U.S. ambassador to the United Nations", "X, the UN envoy to Syria": the entity stage
 * folded the sender into the person's apposition and gave the title the place after "to". The
 * envoy speaks for the sender named between the name and the title, not for where he is sent;
 * with no sender named ("X, ambassador to the UN") he speaks for no one we know: null.
 * Undefined when the person's title is no envoy's.
 */
export function envoyAfterName(
  env: { ctx: ArticleContext; cues: CompiledCues; view: SentenceView },
  person: Mention,
): EnvoyRole | null | undefined {
  const role = person.role;
  if (role === undefined || role.start < person.end) return undefined;
  if (!isEnvoyTitle(role.title)) return undefined;
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  const text = env.ctx.analysis.text;
  const sentTo = mentions.find((m) => m.start >= role.end);
  if (sentTo === undefined || !TO_BODY.test(text.slice(role.end, sentTo.start))) return undefined;
  const sender = mentions.findLast((m) => m.start >= person.end && m.end <= role.start);
  const actor = sender === undefined ? undefined : env.ctx.actor(sender.entityId);
  if (actor?.type !== 'State' && actor?.type !== 'Organization') return null;
  return { state: actor, title: role.title };
}
