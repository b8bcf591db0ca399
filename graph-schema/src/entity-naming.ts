import { ENTITY_ATTRIBUTE_KEYS, storedAttributes, type EntityAttributeKey } from './attributes.js';
import type { EntityType } from './labels.js';

/** How one article named an entity: what the loader keeps on its `MENTIONS` relationship. */
export interface EntityNaming {
  name: string;
  aliases: readonly string[];
  /** Mentions of the entity in that article. */
  count: number;
  attributes?: Readonly<Record<string, string | number | boolean>> | undefined;
}

export interface EntityNames {
  name: string;
  /** The name first, then the other aliases in code-point order. */
  aliases: string[];
  attributes: Partial<Record<EntityAttributeKey, string>>;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * An entity's name, aliases and attributes from the articles that name it now: the name most
 * articles use (then most mentions, then code-point order) among the full names (a name whose words
 * sit inside another candidate's, "Blair" in "Tony Blair", is none; nor, for a person, a one-word
 * name beside a longer one); each allowed attribute's most common value. The loader applies the
 * same rule in Cypher (`RECOMPUTE_ENTITIES`); the exports apply this one to documents.
 */
export function entityNames(type: EntityType, namings: readonly EntityNaming[]): EntityNames {
  const tally = new Map<string, { articles: number; mentions: number }>();
  for (const n of namings) {
    const t = tally.get(n.name) ?? { articles: 0, mentions: 0 };
    t.articles += 1;
    t.mentions += n.count;
    tally.set(n.name, t);
  }
  const names = [...tally.entries()]
    .sort(
      ([a, x], [b, y]) => y.articles - x.articles || y.mentions - x.mentions || byCodePoint(a, b),
    )
    .map(([name]) => name);
  const words = (s: string): number => s.split(' ').length;
  const full = names.filter(
    (x) => !names.some((y) => words(y) > words(x) && ` ${y} `.includes(` ${x} `)),
  );
  const multiword = full.filter((x) => x.includes(' '));
  const name = (type === 'Person' && multiword.length > 0 ? multiword : full)[0] ?? '';
  const others = new Set(namings.flatMap((n) => [n.name, ...n.aliases]));
  others.delete(name);
  return {
    name,
    aliases: [name, ...[...others].sort(byCodePoint)],
    attributes: commonAttributes(namings),
  };
}

function commonAttributes(namings: readonly EntityNaming[]): EntityNames['attributes'] {
  const out: EntityNames['attributes'] = {};
  for (const key of ENTITY_ATTRIBUTE_KEYS) {
    const counts = new Map<string, number>();
    for (const n of namings) {
      const value = storedAttributes(n.attributes)[key];
      if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const [best] = [...counts.entries()].sort(([a, x], [b, y]) => y - x || byCodePoint(a, b));
    if (best !== undefined) out[key] = best[0];
  }
  return out;
}
