import { relationConfidence, strength } from './confidence.js';
import { emit, type FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import { findSubject, type Side } from './subject.js';
import { sideOf } from './target.js';
import { wantedEndWords } from './wanted-end-words.js';

/** "the UK budget rebate": common nouns between the owner and the thing's last word. */
const NOUN_REACH = 3;

/**
 * "Chirac wants the UK rebate to end", "X wants Y's tariffs to come to an end", "X wanted the US
 * embargo lifted": wanting what Y owns ended is opposing Y. The owner is a possessive or a name
 * before common nouns right after the verb of wanting; not "wants Y to end ..." (Y is asked to
 * act), a thing without owner, nor a negated, modal or questioned want.
 */
export function wantedEnd(env: FrameEnv): void {
  const { view } = env;
  const words = wantedEndWords();
  for (let t = 0; t < view.words.length - 3; t++) {
    if (!words.wantVerbs.has(view.words[t] ?? '')) continue;
    const owner = ownerAfter(env, t + 1);
    if (owner === undefined) continue;
    const end = endsThing(env, owner.lastToken + 1);
    if (!end) continue;
    const source = findSubject({
      ctx: env.ctx,
      cues: env.cues,
      view,
      cueToken: t,
      reach: 'verb',
      stanceVerbs: env.stanceVerbs,
    });
    if (source === undefined || isNonFactual(env.cues, view, source.firstToken, t)) continue;
    const confidence = relationConfidence({
      base: strength('wanted-end'),
      ends: [source.certainty, owner.certainty],
    });
    for (const s of source.actors)
      for (const o of owner.actors) if (s.id !== o.id) emit(env, 'OPPOSES', s, o, confidence);
  }
}

/**
 * "the UK rebate", "Britain's rebate", "the British budget rebate": the owner, with lastToken at
 * the thing's last noun; undefined unless an actor stands right after "the" or opens the phrase.
 */
function ownerAfter(env: FrameEnv, from: number): Side | undefined {
  const { view } = env;
  const t = view.words[from] === 'the' ? from + 1 : from;
  const u = view.unitAt[t] ?? -1;
  const unit = view.units[u];
  if (!unit?.actor || unit.firstToken !== t) return undefined;
  const side = sideOf(view, u);
  if (side === undefined || side.actors.length !== 1) return undefined;
  let k = side.lastToken + 1;
  if (view.words[k] === "'s") k++;
  let last = -1;
  for (let n = 0; n < NOUN_REACH; n++, k++) {
    const word = view.words[k] ?? '';
    if (!/^\p{Ll}+$/u.test(word) || (view.unitAt[k] ?? -1) >= 0) break;
    if (word === 'to' || wantedEndWords().endParticiples.has(word)) break;
    last = k;
  }
  return last < 0 ? undefined : { ...side, lastToken: last };
}

/** "to end", "to come to an end", "to be scrapped", "lifted" right at `t`. */
function endsThing(env: FrameEnv, t: number): boolean {
  const { view } = env;
  const words = wantedEndWords();
  const word = view.words[t] ?? '';
  if (words.endParticiples.has(word)) return true;
  if (word !== 'to') return false;
  const next = view.words[t + 1] ?? '';
  if (words.endVerbs.has(next)) return true;
  if (next === 'be') return words.endParticiples.has(view.words[t + 2] ?? '');
  return words.endPhrase.every((w, i) => view.words[t + 1 + i] === w);
}
