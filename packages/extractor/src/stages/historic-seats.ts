import type { Entity } from '@newsgraph/graph-schema';
import { z } from 'zod';
import { articleDate } from '../actors/article-date.js';
import { parseBundled } from '../lexicon/bundled.js';
import type { Mention } from '../types.js';
import seatsJson from './historic-seats.json' with { type: 'json' };
import type { Resolved } from './state-body-aliases.js';

const SeatsSchema = z.object({
  seats: z.array(
    z.object({
      state: z.string().regex(/^[A-Z]{3}$/),
      successor: z.string().regex(/^[A-Z]{3}$/),
      until: z.number().int(),
    }),
  ),
});
const SEATS = parseBundled(SeatsSchema, seatsJson, 'historic-seats.json').seats;

/**
 * "Moscow said" in an article about the Soviet Union is the Soviet Union: a capital standing for
 * its government belongs to the old state the article names, when the article is dated before the
 * old state ended, or has no date and names the successor by nothing but that capital.
 */
export function historicSeats(resolved: Resolved, text: string, publishedAt?: string): Resolved {
  let out = resolved;
  for (const seat of SEATS) {
    const old = `state:${seat.state}`;
    const successor = `state:${seat.successor}`;
    if (!out.entities.some((e) => e.id === old)) continue;
    const named = out.mentions.filter((m) => m.entityId === successor);
    const capitals = named.filter((m) => m.kind === 'capital');
    if (capitals.length === 0) continue;
    const date = articleDate(text, publishedAt);
    const before = date === undefined ? capitals.length === named.length : date < seat.until;
    if (before) out = moveMentions(out, new Set(capitals), old, successor);
  }
  return out;
}

function moveMentions(resolved: Resolved, moved: Set<Mention>, to: string, from: string): Resolved {
  const spans = new Set([...moved].map((m) => m.start));
  const mentions = resolved.mentions.map((m) => (moved.has(m) ? { ...m, entityId: to } : m));
  const source = resolved.entities.find((e) => e.id === from);
  const taken = source?.mentions.filter((m) => spans.has(m.start)) ?? [];
  const entities: Entity[] = [];
  for (const e of resolved.entities) {
    if (e.id === from) {
      const rest = e.mentions.filter((m) => !spans.has(m.start));
      if (rest.length > 0) entities.push({ ...e, mentions: rest });
    } else if (e.id === to) {
      const aliases = [...new Set([...e.aliases, ...taken.map((m) => m.text)])];
      const all = [...e.mentions, ...taken].sort((a, b) => a.start - b.start);
      entities.push({ ...e, aliases, mentions: all });
    } else entities.push(e);
  }
  return { entities, mentions };
}
