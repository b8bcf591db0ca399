import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { targetOf, type FrameEnv } from './frame-env.js';
import type { Side } from './subject.js';

/** After the one spoken to, the words that name what the complaint is about. */
const TOPIC_AFTER: ReadonlySet<string> = new Set(['about', 'over']);

/**
 * "X complained to the UN about Y", "X protested to Beijing over Y's visit": right after a verb
 * whose cue does not end in "to", "to" names the one addressed, and the actor after "about" or
 * "over" is the one the stance is on; undefined where that names none, or, for opposition, where
 * there is none ("X complained to the UN"). Any other target stays.
 */
export function pastAddressee(
  env: FrameEnv,
  hit: CueHit,
  form: CueForm,
  target: Side,
): Side | undefined {
  const { words } = env.view;
  if (form.via !== undefined || words[hit.endToken] !== 'to') return target;
  const opens = words[hit.endToken + 1] === 'the' ? hit.endToken + 2 : hit.endToken + 1;
  const topic = target.lastToken + 1;
  if (target.firstToken !== opens) return target;
  if (TOPIC_AFTER.has(words[topic] ?? ''))
    return targetOf(env, { ...hit, endToken: topic + 1 }, form);
  // "contributed to Y's campaign": backing, "to" names who gains by it; a complaint's addressee.
  return form.family.relation === 'OPPOSES' ? undefined : target;
}
