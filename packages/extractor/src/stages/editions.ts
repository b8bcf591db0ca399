import { entityId } from '@newsgraph/graph-schema';
import { orgCues } from '../lexicon/org-cues.js';
import type { Candidate } from './candidate.js';

/** "the 165th", "the 2018", "Annual": a number of the meeting or its year before the name. */
const NUMBERED_BEFORE = /(?:\b\d+(?:st|nd|rd|th)|\b(?:19|20)\d\d|\bAnnual)\s+$/u;
/** "Global Media Forum 2018": its year after. */
const DATED_AFTER = /^\s+(?:19|20)\d\d\b/u;

/** Whether the name's head word (the last, or the one before "on"/"of") names a meeting. */
function editionHead(c: Candidate): boolean {
  const heads = orgCues().editionHeads;
  const words = c.text.split(' ');
  if (heads.has(words[words.length - 1] ?? '')) return true;
  return words.some((w, i) => heads.has(w) && /^(?:on|of)$/.test(words[i + 1] ?? ''));
}

/** "Conference on Nigeria": a meeting on a topic. */
const ON_TOPIC = /\b(?:Conference|Summit|Forum|Congress|Convention) on\b/u;

/**
 * "the 165th Annual Congress of Homeopathic Doctors", "Global Media Forum 2018", "the Oslo
 * Conference on Nigeria": a rule-built name whose head names a meeting is that meeting, an event,
 * where the text numbers or dates it or gives its topic. Listed bodies keep their type.
 */
export function retypeEditions(candidates: readonly Candidate[], text: string): Candidate[] {
  return candidates.map((c) => {
    if (c.type !== 'Organization' || c.entry !== undefined || !editionHead(c)) return c;
    const before = text.slice(Math.max(0, c.start - 12), c.start);
    const edition =
      NUMBERED_BEFORE.test(before) ||
      /^Annual /u.test(c.text) ||
      DATED_AFTER.test(text.slice(c.end, c.end + 8)) ||
      ON_TOPIC.test(c.text);
    if (!edition) return c;
    const event: Candidate = { ...c, type: 'Event', id: entityId('Event', c.name) };
    delete event.attributes;
    return event;
  });
}
