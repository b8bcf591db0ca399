import { personName } from './person-names.js';

/** One article's mention of a person, as stored: the extractor's id, its name, the node now. */
export interface PersonMention {
  localId: string;
  name: string;
  node: string;
}

/** The relationships of `localId` on node `from` belong on node `to` (minted when missing). */
export interface PersonMove {
  localId: string;
  from: string;
  to: string;
  /** A name for `to` if it has to be created; the mentions then recompute it. */
  name: string;
}

/**
 * Decides, from every stored mention sharing a surname, which node each extractor id belongs
 * on. The answer depends only on the mentions, not on the order articles came in, so loading,
 * reloading and deleting all converge on it:
 * - full names (two words or more) that fold alike (Volodymyr Zelensky, Volodymyr Zelenskyy)
 *   are one person, on the node of the smallest id among them;
 * - a surname-only id (person:blair) joins the one full-name person with that surname, when
 *   there is exactly one; with none or several it keeps its own node.
 * Returns the moves that take the stored graph there.
 */
export function resolvePeople(mentions: readonly PersonMention[]): PersonMove[] {
  const canonical = canonicalIds(mentions);
  const moves = new Map<string, PersonMove>();
  for (const m of mentions) {
    const to = canonical.get(m.localId) ?? m.localId;
    const key = `${m.localId}\0${m.node}`;
    if (m.node !== to && !moves.has(key)) {
      moves.set(key, { localId: m.localId, from: m.node, to, name: m.name });
    }
  }
  return [...moves.values()].sort(
    (a, b) => compare(a.localId, b.localId) || compare(a.from, b.from),
  );
}

function canonicalIds(mentions: readonly PersonMention[]): Map<string, string> {
  const surnames = new Map<string, string>();
  const fullKeys = new Map<string, Set<string>>();
  for (const m of mentions) {
    const name = personName(m.name);
    if (name === undefined) continue;
    surnames.set(m.localId, name.surnameKey);
    if (name.fullKey === undefined) continue;
    const ids = fullKeys.get(name.fullKey) ?? new Set<string>();
    fullKeys.set(name.fullKey, ids.add(m.localId));
  }
  // Full-name ids sharing a folded full name, joined (an id named two ways links two groups).
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let r = id;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  for (const ids of fullKeys.values()) {
    const [first, ...rest] = [...ids];
    if (first === undefined) continue;
    if (!parent.has(first)) parent.set(first, first);
    for (const id of rest) {
      const [a, b] = [root(first), root(id)].sort(compare) as [string, string];
      parent.set(id, parent.get(id) ?? id);
      parent.set(b, a);
    }
  }
  const canonical = new Map<string, string>();
  const people = new Map<string, Set<string>>();
  for (const id of parent.keys()) {
    const person = root(id);
    canonical.set(id, person);
    const surname = surnames.get(id);
    if (surname !== undefined) people.set(surname, (people.get(surname) ?? new Set()).add(person));
  }
  for (const [id, surname] of surnames) {
    if (canonical.has(id)) continue;
    const candidates = people.get(surname);
    if (candidates?.size === 1) canonical.set(id, [...candidates][0] ?? id);
  }
  return canonical;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
