import type { RoleCue } from '../types.js';
import type { TitleSense } from './cue-lexicon.js';
import type { RoleEnv } from './title-env.js';

// Only spaces between the two names ("Turkish Cypriot"), and at most spaces before the title.
const SPACES = /^[ \t]+$/u;
const NOTHING = /^\s*$/u;

/**
 * "Turkish Cypriot leader X", "Kosovo Albanian leader X", "Bosnian Serb leader X": a state's name
 * or demonym right before another state's demonym makes the pair an ethnic community, whose
 * leader heads neither state. Only for a title of any holder ("leader"); a state's own office
 * ("Greek Cypriot President X") is still that state's.
 */
export function communityTitle(env: RoleEnv, role: RoleCue, sense: TitleSense): boolean {
  if (sense.scope !== 'any') return false;
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  const text = env.ctx.analysis.text;
  const at = mentions.findLastIndex((m) => m.end <= role.start);
  const last = mentions[at];
  const first = mentions[at - 1];
  if (last?.type !== 'State' || first?.type !== 'State' || first.entityId === last.entityId)
    return false;
  return (
    NOTHING.test(text.slice(last.end, role.start)) && SPACES.test(text.slice(first.end, last.start))
  );
}
