import { entityId, type Entity } from '@newsgraph/graph-schema';
import type { Mention } from '../types.js';
import { personSlots } from '../lexicon/person-slots.js';
import { collapse, type Candidate } from './candidate.js';
import { Clusters, companyByPrefix, mergeCompanies, type Cluster } from './clusters.js';
import { latestSentenceBefore } from './member-timeline.js';
import { bindPartiesToArticleStates } from './party-context.js';
import { mergeLeadingWords, mergeShortForms } from './short-forms.js';
import { PersonIndex } from './person-index.js';
import { placeSurnames } from './surname-places.js';
import { shareSurnames } from './shared-surnames.js';
import { webAddress } from './org-slot-of.js';
import { sortSmall } from '../small-sort.js';

export interface ResolveInput {
  text: string;
  candidates: readonly Candidate[];
  acronyms: ReadonlyMap<string, Candidate>;
}

export interface Resolution {
  entities: Entity[];
  mentions: Mention[];
}

/**
 * "Congo", "Congolese": the one of its states the article names otherwise; else a name takes its
 * usual reading and a demonym is left out rather than guessed.
 */
function joinShared(
  shared: Candidate[],
  clusters: Clusters,
  assigned: Map<Candidate, string>,
): void {
  const names = shared.filter((c) => c.kind !== 'demonym');
  const demonyms = shared.filter((c) => c.kind === 'demonym');
  for (const c of [...names, ...demonyms]) {
    const named = (c.entry?.ambiguous ?? []).filter((id) => clusters.byId.has(id));
    const id =
      named.length === 1 ? named[0] : named.length === 0 && c.kind !== 'demonym' ? c.id : undefined;
    const state = id === undefined ? undefined : clusters.byId.get(id);
    if (id === undefined) continue;
    const name = state?.name ?? c.name;
    assigned.set(c, clusters.add(id, 'State', name, { ...c, id, name }).id);
  }
}

function referenceTarget(
  ref: Candidate,
  clusters: Clusters,
  persons: PersonIndex,
): string | undefined {
  const r = ref.reference;
  if (r === undefined) return undefined;
  if (r.kind === 'title') return persons.holderOf(r.value, ref.role?.of);
  const hits = clusters
    .organizations()
    .filter((c) =>
      c.type !== 'Organization'
        ? false
        : r.kind === 'orgKind'
          ? c.attributes['kind'] === r.value
          : r.kind === 'union'
            ? c.attributes['kind'] === r.value && /\bUnion\b/.test(c.name)
            : /\bcoalition\b/i.test(c.name),
    );
  if (hits.length === 1) return hits[0]?.id;
  return nearestBefore(ref, hits);
}

/**
 * Of several candidates, the one named last before the reference, in its sentence or the two
 * before, when it was named later than every other: "ECOWAS suspended Mali from the bloc".
 */
function nearestBefore(ref: Candidate, hits: readonly Cluster[]): string | undefined {
  const latest = hits
    .map((c) => ({
      id: c.id,
      sentence: latestSentenceBefore(c.members, ref.start),
    }))
    .sort((a, b) => b.sentence - a.sentence);
  const [top, second] = latest;
  if (top === undefined || top.sentence < ref.sentence - 2) return undefined;
  return second === undefined || top.sentence > second.sentence ? top.id : undefined;
}

/** A lexicon acronym the article defined for another organization: "Coalition for Change (CPC)". */
function definedAcronym(
  c: Candidate,
  acronyms: ReadonlyMap<string, Candidate>,
): { id: string; name: string } | undefined {
  if (c.entry?.mentionKind !== 'acronym') return undefined;
  const defined = acronyms.get(c.text);
  if (defined?.id === undefined || defined.id === c.id || defined.type !== 'Organization')
    return undefined;
  return { id: defined.id, name: defined.name };
}

/** The state resolution builds up, pass by pass. */
interface Pass {
  clusters: Clusters;
  persons: PersonIndex;
  assigned: Map<Candidate, string>;
  acronyms: ReadonlyMap<string, Candidate>;
}

/** Candidates → one entity per real-world thing, with every mention kept. */
export function resolveEntities(input: ResolveInput): Resolution {
  const scanned = [...input.candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const bound = bindPartiesToArticleStates(scanned);
  // An acronym defined for a party that was unbound stands for the unbound party too.
  const unbound = new Map<Candidate, Candidate>();
  scanned.forEach((c, i) => {
    const u = bound[i];
    if (u !== undefined && u !== c) unbound.set(c, u);
  });
  const pass: Pass = {
    clusters: new Clusters(),
    persons: new PersonIndex(input.text),
    assigned: new Map<Candidate, string>(),
    acronyms: new Map([...input.acronyms].map(([k, c]) => [k, unbound.get(c) ?? c])),
  };
  const sorted = shareSurnames(placeSurnames(bound, input.text), input.text);
  const { clusters, persons, assigned } = pass;
  const { people, places, shared } = addTyped(pass, sorted);
  mergeCompanies(clusters, assigned);
  mergeShortForms(clusters, assigned);
  joinShared(shared, clusters, assigned);
  for (const c of places) {
    // "visiting Beijing" is a Location only where the article does not name the state itself:
    // beside its state, a capital's place sense is left out so it never competes with the state.
    if (c.capitalOf !== undefined && clusters.byId.has(c.capitalOf)) continue;
    if (c.id !== undefined) assigned.set(c, clusters.add(c.id, 'Location', c.name, c).id);
  }
  for (const c of people) {
    // "Brenner Stahl said": a speech verb is weaker evidence than a company named "Brenner Stahl AG".
    const company = c.role === undefined ? companyByPrefix(c, clusters) : undefined;
    if (company !== undefined)
      assigned.set(
        c,
        clusters.add(company.id, company.type, company.name, { ...c, type: 'Organization' }).id,
      );
    else persons.addStrong(c);
  }
  for (const c of sorted)
    if (c.type === null && c.reference === undefined && !persons.matchWeak(c)) addUntyped(pass, c);
  mergeLeadingWords(clusters, assigned);
  for (const cluster of persons.clusters()) {
    const id = entityId('Person', cluster.name);
    for (const m of cluster.members)
      assigned.set(m, clusters.add(id, 'Person', cluster.name, m).id);
  }
  for (const c of sorted) {
    if (c.reference === undefined) continue;
    const target = referenceTarget(c, clusters, persons);
    const cluster = target === undefined ? undefined : clusters.byId.get(target);
    if (cluster !== undefined)
      assigned.set(c, clusters.add(cluster.id, cluster.type, cluster.name, c).id);
  }
  return build(input.text, clusters, assigned);
}

/**
 * Typed candidates with an id (lexicon entries, rule-built names, acronyms defined in
 * parentheses) become clusters at once; people, capitals and names several states share wait
 * for their own passes.
 */
function addTyped(
  pass: Pass,
  sorted: readonly Candidate[],
): { people: Candidate[]; places: Candidate[]; shared: Candidate[] } {
  const { clusters, assigned } = pass;
  const people: Candidate[] = [];
  const places: Candidate[] = [];
  const shared: Candidate[] = [];
  for (const c of sorted) {
    const defined = definedAcronym(c, pass.acronyms);
    if (c.type === 'Person') people.push(c);
    else if (c.entry?.ambiguous !== undefined) shared.push(c);
    else if (c.capitalOf !== undefined) places.push(c);
    else if (defined !== undefined)
      assigned.set(
        c,
        clusters.add(defined.id, 'Organization', defined.name, {
          ...c,
          kind: 'acronym',
          entry: undefined,
        }).id,
      );
    else if (c.type !== null && c.id !== undefined)
      assigned.set(c, clusters.add(c.id, c.type, c.name, c).id);
  }
  return { people, places, shared };
}

/**
 * An untyped name no person claimed: an acronym defined elsewhere, the leading words of a
 * company, an unknown place, a speaker, or the tagger's type as the last resort.
 */
function addUntyped(pass: Pass, c: Candidate): void {
  const { clusters, persons, assigned } = pass;
  const acronym = pass.acronyms.get(c.name);
  if (acronym?.id !== undefined && acronym.type !== null) {
    assigned.set(
      c,
      clusters.add(acronym.id, acronym.type, acronym.name, { ...c, kind: 'acronym' }).id,
    );
    return;
  }
  const company = companyByPrefix(c, clusters);
  if (company !== undefined) {
    assigned.set(c, clusters.add(company.id, company.type, company.name, c).id);
  } else if (c.place === true) {
    assigned.set(c, clusters.add(entityId('Location', c.name), 'Location', c.name, c).id);
  } else if (c.speaker === true && !c.initial && !c.caseless && c.first + 1 === c.last) {
    // "WWF said", "told Politico.com": an acronym or a web address speaks for an organization, a
    // bare name for a person; "the NGO said": a common noun's abbreviation (person-slots.json
    // notNames) names no one.
    if (/^[\p{Lu}\p{N}&.]{2,}$/u.test(c.text) || webAddress(c.text)) {
      if (!personSlots().notNames.has(c.text.toLowerCase()))
        assigned.set(
          c,
          clusters.add(entityId('Organization', c.name), 'Organization', c.name, c).id,
        );
    } else persons.addStrong({ ...c, type: 'Person' }, c);
  } else if (c.tagged === 'Organization') {
    assigned.set(c, clusters.add(entityId('Organization', c.name), 'Organization', c.name, c).id);
  } else if (c.tagged === 'Person') {
    persons.addStrong({ ...c, type: 'Person' }, c);
  }
}

/** What build gives a cluster of one member, without the span map and alias set it needs for more. */
function singleEntity(text: string, cluster: Cluster, m: Candidate): Entity {
  const alias = collapse(m.text);
  return {
    id: cluster.id,
    type: cluster.type,
    name: cluster.name,
    aliases: alias === cluster.name ? [alias] : [cluster.name, alias],
    mentions: [{ start: m.start, end: m.end, text: text.slice(m.start, m.end) }],
    ...(Object.keys(cluster.attributes).length > 0 ? { attributes: cluster.attributes } : {}),
  };
}

function build(text: string, clusters: Clusters, assigned: Map<Candidate, string>): Resolution {
  const entities: Entity[] = [];
  for (const cluster of clusters.byId.values()) {
    const only = cluster.members.length === 1 ? cluster.members[0] : undefined;
    if (only !== undefined) {
      entities.push(singleEntity(text, cluster, only));
      continue;
    }
    // One span per start and end, keyed by a number: no key string per mention.
    const spans = new Map<number, { start: number; end: number; text: string }>();
    for (const m of cluster.members) {
      const key = m.start * (text.length + 1) + m.end;
      if (!spans.has(key))
        spans.set(key, { start: m.start, end: m.end, text: text.slice(m.start, m.end) });
    }
    const aliases = new Set<string>([cluster.name]);
    for (const m of cluster.members) aliases.add(collapse(m.text));
    const attributes =
      Object.keys(cluster.attributes).length > 0 ? { attributes: cluster.attributes } : {};
    entities.push({
      id: cluster.id,
      type: cluster.type,
      name: cluster.name,
      aliases: [...aliases],
      mentions: sortSmall([...spans.values()], (a, b) => a.start - b.start),
      ...attributes,
    });
  }
  const mentions: Mention[] = [];
  for (const [c, id] of assigned) {
    const cluster = clusters.byId.get(id);
    if (cluster === undefined) continue;
    const mention: Mention = {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      entityId: id,
      type: cluster.type,
      sentence: c.sentence,
      kind: c.kind,
    };
    // Set after, not spread from a fresh object: the same keys in the same order, per mention.
    if (c.role !== undefined) mention.role = c.role;
    mentions.push(mention);
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    entities: entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0)),
    mentions,
  };
}
