import { entityId, type Entity, type EntityType } from '@newsgraph/graph-schema';
import type { Mention } from '../types.js';
import { collapse, type Candidate } from './candidate.js';
import { latestSentenceBefore } from './member-timeline.js';
import { PersonIndex } from './person-index.js';

export interface ResolveInput {
  text: string;
  candidates: readonly Candidate[];
  acronyms: ReadonlyMap<string, Candidate>;
}

export interface Resolution {
  entities: Entity[];
  mentions: Mention[];
}

interface Cluster {
  id: string;
  type: EntityType;
  name: string;
  members: Candidate[];
  attributes: Record<string, string>;
}

class Clusters {
  readonly byId = new Map<string, Cluster>();
  /** Organizations by the first word of their name, in creation order (may hold dropped ones). */
  private readonly orgsByFirstWord = new Map<string, Cluster[]>();
  private readonly orgs: Cluster[] = [];

  add(id: string, type: EntityType, name: string, member: Candidate): Cluster {
    let cluster = this.byId.get(id);
    if (cluster === undefined) {
      cluster = { id, type, name, members: [], attributes: {} };
      this.byId.set(id, cluster);
      if (type === 'Organization') this.listOrganization(cluster);
    }
    cluster.members.push(member);
    Object.assign(cluster.attributes, member.attributes ?? {});
    if (member.entry?.state !== undefined) cluster.attributes['state'] = member.entry.state;
    if (member.entry?.orgKind !== undefined) cluster.attributes['kind'] = member.entry.orgKind;
    if (type === 'State') cluster.attributes['iso3'] = id.slice('state:'.length);
    return cluster;
  }

  private listOrganization(cluster: Cluster): void {
    this.orgs.push(cluster);
    const first = words(cluster.name)[0] ?? '';
    const list = this.orgsByFirstWord.get(first);
    if (list === undefined) this.orgsByFirstWord.set(first, [cluster]);
    else list.push(cluster);
  }

  /**
   * The organizations whose name could start with `first` (a renamed cluster keeps its first word:
   * see mergeCompanies), or all of them when `first` is undefined; dropped clusters left out.
   */
  organizations(first?: string): Cluster[] {
    const list =
      first === undefined
        ? this.orgs
        : [...(this.orgsByFirstWord.get(first) ?? []), ...(this.orgsByFirstWord.get('') ?? [])];
    return list.filter((c) => this.byId.get(c.id) === c);
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

const COMPANY_SUFFIXES = new Set(
  'AG ASA NV N.V. SA S.A. SpA S.p.A. GmbH AB Oy Oyj BV B.V. Bhd Tbk SE KK Pty LP Ltd Ltd. Limited Inc Inc. Incorporated Co Co. Corp Corp. Corporation PLC Plc plc LLC Group Holdings'.split(
    ' ',
  ),
);

function words(name: string): string[] {
  return name.split(/\s+/).filter((w) => w !== '');
}

/** A company named by a rule ("Samsung Electronics Co.", "Hollmann Chemie AG"), not a lexicon entry. */
function ruleCompany(cluster: Cluster): boolean {
  const w = words(cluster.name);
  return (
    cluster.type === 'Organization' &&
    w.length >= 2 &&
    COMPANY_SUFFIXES.has(w[w.length - 1] ?? '') &&
    cluster.members.every((m) => m.entry === undefined)
  );
}

function startsWith(whole: readonly string[], part: readonly string[]): boolean {
  return part.length < whole.length && part.every((w, i) => whole[i] === w);
}

/** "Hollmann", "Hollmann Chemie" after "Hollmann Chemie AG": the leading words of exactly one company. */
function companyByPrefix(c: Candidate, clusters: Clusters): Cluster | undefined {
  const part = words(c.name);
  // Only an organization sharing the first word can start with these words.
  const hits = clusters
    .organizations(part[0])
    .filter((k) => ruleCompany(k) && startsWith(words(k.name), part));
  return hits.length === 1 ? hits[0] : undefined;
}

/** "Samsung Electronics Co." joins the listed "Samsung" that its name starts with. */
function mergeCompanies(clusters: Clusters, assigned: Map<Candidate, string>): void {
  for (const cluster of [...clusters.byId.values()]) {
    if (!ruleCompany(cluster)) continue;
    const full = words(cluster.name);
    const listed = clusters
      .organizations(full[0])
      .filter(
        (k) =>
          k.type === 'Organization' &&
          k.members.some((m) => m.entry !== undefined) &&
          startsWith(full, words(k.name)),
      );
    const target = listed.length === 1 ? listed[0] : undefined;
    if (target === undefined) continue;
    for (const m of cluster.members) {
      target.members.push(m);
      assigned.set(m, target.id);
    }
    if (full.length > words(target.name).length) target.name = cluster.name;
    clusters.byId.delete(cluster.id);
  }
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

/** Candidates → one entity per real-world thing, with every mention kept. */
export function resolveEntities(input: ResolveInput): Resolution {
  const clusters = new Clusters();
  const persons = new PersonIndex();
  const assigned = new Map<Candidate, string>();
  const sorted = [...input.candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const people: Candidate[] = [];
  const places: Candidate[] = [];
  const shared: Candidate[] = [];
  for (const c of sorted) {
    const defined = definedAcronym(c, input.acronyms);
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
  mergeCompanies(clusters, assigned);
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
  for (const c of sorted) {
    if (c.type !== null || c.reference !== undefined) continue;
    if (persons.matchWeak(c)) continue;
    const acronym = input.acronyms.get(c.name);
    if (acronym?.id !== undefined && acronym.type !== null) {
      assigned.set(
        c,
        clusters.add(acronym.id, acronym.type, acronym.name, { ...c, kind: 'acronym' }).id,
      );
      continue;
    }
    const company = companyByPrefix(c, clusters);
    if (company !== undefined) {
      assigned.set(c, clusters.add(company.id, company.type, company.name, c).id);
    } else if (c.place === true) {
      assigned.set(c, clusters.add(entityId('Location', c.name), 'Location', c.name, c).id);
    } else if (c.speaker === true && !c.initial && !c.caseless && c.first + 1 === c.last) {
      // "WWF said": an acronym speaks for an organization, a bare name for a person.
      if (/^[\p{Lu}\p{N}&.]{2,}$/u.test(c.text))
        assigned.set(
          c,
          clusters.add(entityId('Organization', c.name), 'Organization', c.name, c).id,
        );
      else persons.addStrong({ ...c, type: 'Person' }, c);
    } else if (c.tagged === 'Organization') {
      assigned.set(c, clusters.add(entityId('Organization', c.name), 'Organization', c.name, c).id);
    } else if (c.tagged === 'Person') {
      persons.addStrong({ ...c, type: 'Person' }, c);
    }
  }
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

function build(text: string, clusters: Clusters, assigned: Map<Candidate, string>): Resolution {
  const entities: Entity[] = [];
  for (const cluster of clusters.byId.values()) {
    const spans = new Map<string, { start: number; end: number; text: string }>();
    for (const m of cluster.members)
      spans.set(`${m.start}:${m.end}`, {
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
      });
    const aliases = new Set<string>([cluster.name]);
    for (const m of cluster.members) aliases.add(collapse(m.text));
    const attributes =
      Object.keys(cluster.attributes).length > 0 ? { attributes: cluster.attributes } : {};
    entities.push({
      id: cluster.id,
      type: cluster.type,
      name: cluster.name,
      aliases: [...aliases],
      mentions: [...spans.values()].sort((a, b) => a.start - b.start),
      ...attributes,
    });
  }
  const mentions: Mention[] = [];
  for (const [c, id] of assigned) {
    const cluster = clusters.byId.get(id);
    if (cluster === undefined) continue;
    mentions.push({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      entityId: id,
      type: cluster.type,
      sentence: c.sentence,
      kind: c.kind,
      ...(c.role !== undefined ? { role: c.role } : {}),
    });
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    entities: entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0)),
    mentions,
  };
}
