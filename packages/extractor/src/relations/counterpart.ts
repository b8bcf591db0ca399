import { emitRole, type RoleEnv } from './title-env.js';
import { COUNTERPARTS } from './title-generic.js';
import { strength } from './confidence.js';

// "[his] German counterpart X", "Germany's counterpart, X": the noun between the state and the name.
const COUNTERPART = /^(?:['’]s)?\s+(\p{Ll}+)\s*,?\s+$/u;
const COUNTERPART_WORDS: readonly string[] = [...COUNTERPARTS];

/**
 * "his German counterpart Guido Lang": the person holds, for the state named before the noun, the
 * office the sentence compares him with. Which office the text leaves to the other person, so it
 * is REPRESENTS, which the guidelines also accept for a head.
 */
export function counterparts(env: RoleEnv): void {
  // The noun first: a sentence without "counterpart" (or the like) has none.
  if (!COUNTERPART_WORDS.some((word) => env.view.sentenceText.includes(word))) return;
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  const text = env.ctx.analysis.text;
  mentions.forEach((person, i) => {
    const state = mentions[i - 1];
    if (person.type !== 'Person' || person.role || state === undefined) return;
    const noun = COUNTERPART.exec(text.slice(state.end, person.start))?.[1];
    if (noun === undefined || !COUNTERPARTS.has(noun)) return;
    const source = env.ctx.actor(person.entityId);
    const target = env.ctx.actor(state.entityId);
    if (source === undefined || target?.type !== 'State') return;
    emitRole(env, {
      type: 'REPRESENTS',
      source,
      target,
      confidence: strength('counterpart'),
      role: noun,
    });
  });
}
