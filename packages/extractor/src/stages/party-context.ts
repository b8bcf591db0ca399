import { entityId } from '@newsgraph/graph-schema';
import type { Candidate } from './candidate.js';
import {
  bindPartyPlural,
  namedStateParty,
  namedStates,
  partyAlias,
  partyLike,
} from './party-binding.js';

/** The state's name after a party's own name: "Social Democratic Party of Germany". */
const OF_STATE = / of (?:the )?\p{Lu}[\p{L} ]*$/u;

/**
 * "Italy's Democratic Party", "the Social Democrats" in a German story: a party name the lexicon
 * gives one country's party means that party only where the article names that country, or names
 * no country at all. Beside other countries only, it stays a party of its own name, bound to none,
 * unless the story also calls it by its acronym. So each party mention is bound to the states the
 * article names: kept, moved to a named state's party of that name, bound as a plural, or unbound.
 */
export function bindPartiesToArticleStates(sorted: readonly Candidate[]): Candidate[] {
  const named = namedStates(sorted);
  if (named.size === 0 || !sorted.some(partyLike)) return [...sorted];
  // "GOP", "SPD": a party's own acronym names that party whatever other countries the story names.
  const ownParties = statePartiesByName(sorted);
  const byAcronym = new Set<string>();
  for (const c of sorted)
    if (c.entry?.mentionKind === 'acronym' && c.entry.exactCase === true) byAcronym.add(c.entry.id);
  return sorted.map((c) => {
    const entry = c.entry;
    if (c.type === null) return bindPartyPlural(c, named);
    if (c.type !== 'Organization' || entry?.orgKind !== 'party' || entry.state === undefined)
      return c;
    if (named.has(entry.state) || byAcronym.has(entry.id)) return c;
    // "the Conservatives" in a story that names Canada: Canada's party of that name.
    const alias = entry.mentionKind === 'alias' ? namedStateParty(c.text, named) : undefined;
    if (alias !== undefined) return partyAlias(c, alias);
    // "Social Democratic Party of Germany" in a Romanian story: the party family, not Germany's.
    const name = entry.name.replace(OF_STATE, '');
    // "Italy's Democratic Party … the Democratic Party": the one state's party the article named.
    const own = ownParties.get(name);
    if (own !== undefined) return { ...c, id: own.id, name: own.name, entry: undefined };
    const id = entityId('Organization', name);
    const unbound = { ...entry, id, name };
    delete unbound.state;
    return { ...c, id, entry: unbound, ...(c.name === entry.name ? { name } : {}) };
  });
}

/**
 * Parties the article built as a state's own ("Italy's Democratic Party", "the Italian Democratic
 * Party": "Democratic Party of Italy") by the name before "of"; none for a name two states share.
 */
function statePartiesByName(
  sorted: readonly Candidate[],
): Map<string, { id: string; name: string }> {
  const found = new Map<string, { id: string; name: string } | null>();
  for (const c of sorted) {
    if (c.type !== 'Organization' || c.entry !== undefined || c.id === undefined) continue;
    if (c.attributes?.['state'] === undefined) continue;
    const head = OF_STATE.exec(c.name);
    if (head === null) continue;
    const key = c.name.slice(0, head.index);
    const seen = found.get(key);
    found.set(key, seen === undefined || seen?.id === c.id ? { id: c.id, name: c.name } : null);
  }
  const unique = new Map<string, { id: string; name: string }>();
  for (const [k, v] of found) if (v !== null) unique.set(k, v);
  return unique;
}
