import type { TitleSense } from './cue-lexicon.js';
import { BETWEEN_HOLDER_AND_TITLE, STATE_BODY_NOUNS } from './title-generic.js';
import { gap, type RoleEnv } from './title-env.js';

/** The lower-case word that ends a text, before the spaces that end it. */
const LAST_WORD = /(?<![\p{L}'’-])(\p{Ll}+)[ \t]+$/u;

/**
 * "the foreign ministry spokesman X", "army spokesman X": lower-case words for a state's own body
 * right before the title at `at`, the body's noun last. Where those words start, or undefined.
 */
export function stateBodyBefore(env: RoleEnv, at: number): number | undefined {
  const before = gap(env.view, env.view.sentence.start, at);
  let end = before.length;
  let start: number | undefined;
  for (let match = LAST_WORD.exec(before); match; match = LAST_WORD.exec(before.slice(0, end))) {
    const word = match[1] ?? '';
    const fits =
      STATE_BODY_NOUNS.has(word) || (start !== undefined && BETWEEN_HOLDER_AND_TITLE.has(word));
    if (!fits) break;
    start = match.index;
    end = match.index;
  }
  return start === undefined ? undefined : env.view.sentence.start + start;
}

/** The sense of a title after a state's body: a state's, unless only an organization has it. */
export function stateBodySense(sense: TitleSense): TitleSense | undefined {
  return sense.scope === 'organization' ? undefined : { ...sense, scope: 'state' };
}
