import { speakerWords } from '../lexicon/speaker-words.js';
import type { RoleCue } from '../types.js';
import type { CompiledCues } from './cue-lexicon.js';
import { describedBody } from './described-body.js';
import { gap, type RoleEnv } from './title-env.js';

// "... the company's ": "the", an organization's noun and its possessive, right before a title.
const OWNER_BEFORE = /(?:^|[\s,;:(“"])(the\s+(\p{Ll}+)['’]s\s+)$/iu;

/**
 * "Siemens lost money. The company's spokesman X": the organization "the company" refers back to
 * (described-body.ts: named last, within three sentences, of a kind the noun fits) owns a title
 * standing right after its possessive. Its entity id, or undefined.
 */
export function describedOwner(env: RoleEnv, titleStart: number): string | undefined {
  // Only the words right before the title matter: the patterns below are anchored at the end.
  const before = gap(env.view, Math.max(env.view.sentence.start, titleStart - 40), titleStart);
  const match = OWNER_BEFORE.exec(before);
  const noun = match?.[2]?.toLowerCase();
  if (match?.[1] === undefined || noun === undefined) return undefined;
  if (!speakerWords().organizationNouns.has(noun)) return undefined;
  const at = titleStart - match[1].length;
  return describedBody(env.ctx, env.view.sentence.index, at, noun);
}

const patterns = new WeakMap<CompiledCues, RegExp>();

// "the company's <up to three words> <title>, " right before the person's name.
function ownedTitleBeforeName(cues: CompiledCues): RegExp {
  let pattern = patterns.get(cues);
  if (pattern === undefined) {
    pattern = new RegExp(
      String.raw`(?:^|[\s,;:(“"])the\s+\p{Ll}+['’]s\s+((?:[\p{L}-]+\s+){0,3}?(?:${cues.titleAlternation})),\s+$`,
      'iu',
    );
    patterns.set(cues, pattern);
  }
  return pattern;
}

/** "The company's chief executive, X, said": the title and the body "the company" refers to. */
export function describedTitleBefore(env: RoleEnv, u: number): RoleCue | undefined {
  const { view } = env;
  const person = view.units[u];
  if (person === undefined) return undefined;
  const from = Math.max(view.sentence.start, person.start - 120);
  const before = gap(view, from, person.start);
  // The cheap test first: a possessive must stand in the words before the name.
  if (!/['’]s\s/u.test(before.slice(-60))) return undefined;
  const match = ownedTitleBeforeName(env.cues).exec(before);
  const title = match?.[1];
  if (match === null || title === undefined) return undefined;
  const start = from + match.index + match[0].indexOf(title);
  const of = describedOwner(env, start);
  return of === undefined ? undefined : { title, start, end: start + title.length, of };
}
