import type { ActorRef } from './article-context.js';
import { emitRole, gap, type RoleEnv } from './title-env.js';
import { PRESIDENCIES, PRESIDENCY_MODIFIERS } from './title-generic.js';
import { strength } from './confidence.js';

/** Lower-case words, each a presidency modifier ("rotating"), then the office word. */
function isOffice(words: readonly string[]): boolean {
  const office = words.at(-1);
  return (
    office !== undefined &&
    PRESIDENCIES.has(office) &&
    words.slice(0, -1).every((w) => PRESIDENCY_MODIFIERS.has(w))
  );
}

const WORDS_AFTER = /^((?:\s+\p{Ll}+){1,3})\b/u;
const OFFICE_WORDS: readonly string[] = [...PRESIDENCIES];

/**
 * A state that holds a body's presidency for a term leads it (GUIDELINES: LEADS): "the bloc's
 * Luxembourg presidency", "Luxembourg's EU presidency", "the Finnish presidency of the EU",
 * "Finland's rotating presidency of the EU". Only a state and an organization, in either order.
 */
export function statePresidencies(env: RoleEnv): void {
  const { units } = env.view;
  // The office word first: a sentence without "presidency" (or the like) has none.
  if (!OFFICE_WORDS.some((word) => env.view.sentenceText.includes(word))) return;
  units.forEach((first, u) => {
    const second = units[u + 1];
    if (first.actor === undefined || second?.actor === undefined) return;
    const between = gap(env.view, first.end, second.start);
    // "X's Y presidency": the office right after the second name.
    if (/^['’]s?\s+$/u.test(between)) {
      const after = WORDS_AFTER.exec(gap(env.view, second.end, env.view.sentence.end))?.[1];
      const words = after?.trim().split(/\s+/u) ?? [];
      for (let k = 1; k <= words.length; k++) {
        if (isOffice(words.slice(0, k))) return lead(env, first.actor, second.actor);
      }
    }
    // "the X presidency of (the) Y", "X's rotating presidency of Y".
    const of = /^(?:['’]s)?((?:\s+\p{Ll}+){1,3})\s+of\s+(?:the\s+)?$/u.exec(between)?.[1];
    if (of !== undefined && isOffice(of.trim().split(/\s+/u))) lead(env, first.actor, second.actor);
  });
}

function lead(env: RoleEnv, a: ActorRef, b: ActorRef): void {
  const state = a.type === 'State' ? a : b.type === 'State' ? b : undefined;
  const body = a.type === 'Organization' ? a : b.type === 'Organization' ? b : undefined;
  if (state === undefined || body === undefined || env.ctx.isGovernmentBody(body.id)) return;
  emitRole(env, {
    type: 'LEADS',
    source: state,
    target: body,
    confidence: strength('state-presidency'),
  });
}
