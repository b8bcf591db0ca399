import type { SentenceSyntax, VerbGroup } from '../syntax/index.js';

/** How many prepositional adjuncts may stand between an object and the infinitive it controls. */
const MAX_ADJUNCTS = 3;

/** The verb whose object controls an infinitive, and that object's phrase. */
export interface AdjunctController {
  urging: VerbGroup;
  controller: number;
}

/**
 * "X used a rally in Las Vegas on Thursday to praise Y", "X urged voters in Ohio to back Y": an
 * infinitive the parse gave no subject, after prepositional adjuncts ("in Las Vegas", "on
 * Thursday") that follow a verb's object; that object controls it. Undefined when the infinitive
 * has a subject, no adjunct stands before it, or no verb's object is reached.
 */
export function controllerPastAdjuncts(
  syntax: SentenceSyntax,
  verb: VerbGroup,
): AdjunctController | undefined {
  if (!verb.infinitive || verb.subject.length > 0) return undefined;
  let end = verb.start;
  for (let k = 0; k <= MAX_ADJUNCTS; k++) {
    const p = syntax.phraseAt[end - 1] ?? -1;
    const phrase = syntax.phrases[p];
    if (phrase === undefined || phrase.end !== end) return undefined;
    if (k > 0) {
      const urging = syntax.verbs.find((v) => v.object.includes(p));
      if (urging !== undefined) return { urging, controller: p };
    }
    // The phrase must be a preposition's object for the walk to go on past it ("to the region").
    const preposition = syntax.pos[phrase.start - 1];
    if (preposition !== 'IN' && preposition !== 'TO') return undefined;
    end = phrase.start - 1;
  }
  return undefined;
}
