import { lexicon } from '../lexicon/lexicon.js';
import type { SentenceView, Unit } from './sentence-view.js';
import { gap } from './title-env.js';

// One to three lower-case words and nothing else: " carmaker ", " state news agency ".
const DESCRIPTOR_GAP = /^\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{Ll}[\p{Ll}-]*)\s+$/u;

/**
 * "a spokesman for the Chinese carmaker Geely", "an editor at the Russian state news agency Y":
 * a state's adjective before a descriptor and a name describes the organization so named, which
 * holds the title, not the state. The descriptor must end in a noun for an organization
 * ("carmaker", "agency": words.json orgNouns), so a state's own body found as one mention ("the
 * Chinese foreign ministry") and a state's people ("the Russian president Y") are left alone.
 * The organization's unit, or undefined.
 */
export function bodyModifiedByState(view: SentenceView, holder: Unit): Unit | undefined {
  if (holder.mention.type !== 'State') return undefined;
  const next = view.units[view.units.indexOf(holder) + 1];
  if (next?.mention.type !== 'Organization' || next.actor === undefined) return undefined;
  const noun = DESCRIPTOR_GAP.exec(gap(view, holder.end, next.start))?.[1];
  return noun !== undefined && lexicon().orgNouns.has(noun) ? next : undefined;
}
