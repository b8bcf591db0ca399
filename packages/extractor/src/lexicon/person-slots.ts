import { z } from 'zod';
import slotsJson from './data/person-slots.json' with { type: 'json' };

const PersonSlotsSchema = z.object({
  agentVerbs: z.array(z.string().regex(/^[a-z]+$/)),
  possessedNouns: z.array(z.string().regex(/^\p{Ll}+$/u)),
  notNames: z.array(z.string().regex(/^[a-z]+$/)),
  gapWords: z.array(z.string().regex(/^[a-z]+$/)),
  objectVerbs: z.record(z.string().regex(/^[a-z]+$/), z.enum(['of', 'for'])),
});

/** Words around a lone name that say it stands where people stand (data/person-slots.json). */
export interface PersonSlots {
  agentVerbs: ReadonlySet<string>;
  possessedNouns: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  /** Adverbs that may stand between a name and its verb, besides the speaker words' and any in -ly. */
  gapWords: ReadonlySet<string>;
  /** Verb → the preposition after its object that makes the object someone who acts. */
  objectVerbs: ReadonlyMap<string, string>;
}

let cached: PersonSlots | undefined;

export function personSlots(): PersonSlots {
  if (cached !== undefined) return cached;
  const parsed = PersonSlotsSchema.safeParse(slotsJson);
  if (!parsed.success) throw new Error(`lexicon person-slots.json: ${parsed.error.message}`);
  cached = {
    agentVerbs: new Set(parsed.data.agentVerbs),
    possessedNouns: new Set(parsed.data.possessedNouns),
    notNames: new Set(parsed.data.notNames),
    gapWords: new Set(parsed.data.gapWords),
    objectVerbs: new Map(Object.entries(parsed.data.objectVerbs)),
  };
  return cached;
}
