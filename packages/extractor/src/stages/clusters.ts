import type { EntityType } from '@newsgraph/graph-schema';
import type { Candidate } from './candidate.js';

/** One entity being built by resolution: its id, type, name and the candidates that name it. */
export interface Cluster {
  id: string;
  type: EntityType;
  name: string;
  members: Candidate[];
  attributes: Record<string, string>;
}

export class Clusters {
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
    if (member.attributes !== undefined) Object.assign(cluster.attributes, member.attributes);
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

  /** Whether organizations(first) may hold any cluster: false when it is surely empty. */
  mayHaveOrganizations(first: string): boolean {
    return this.orgsByFirstWord.has(first) || this.orgsByFirstWord.has('');
  }
}

const COMPANY_SUFFIXES = new Set(
  'AG ASA NV N.V. SA S.A. SpA S.p.A. GmbH AB Oy Oyj BV B.V. Bhd Tbk SE KK Pty LP Ltd Ltd. Limited Inc Inc. Incorporated Co Co. Corp Corp. Corporation PLC Plc plc LLC Group Holdings'.split(
    ' ',
  ),
);

function words(name: string): string[] {
  return name.split(/\s+/).filter((w) => w !== '');
}

const SPACE = /\s/;

function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text.charAt(i));
}

/** `words(name)[0]` without splitting the whole name: its first run of non-space characters. */
function leadingWord(name: string): string | undefined {
  let start = 0;
  while (start < name.length && isSpaceAt(name, start)) start++;
  if (start === name.length) return undefined;
  let end = start + 1;
  while (end < name.length && !isSpaceAt(name, end)) end++;
  return name.slice(start, end);
}

/** A company named by a rule ("Samsung Electronics Co.", "Hollmann Chemie AG"), not a lexicon entry. */
function ruleCompany(cluster: Cluster): boolean {
  // The type first: most clusters are not organizations, and their names need no split.
  if (cluster.type !== 'Organization') return false;
  const w = words(cluster.name);
  return (
    w.length >= 2 &&
    COMPANY_SUFFIXES.has(w[w.length - 1] ?? '') &&
    cluster.members.every((m) => m.entry === undefined)
  );
}

function startsWith(whole: readonly string[], part: readonly string[]): boolean {
  return part.length < whole.length && part.every((w, i) => whole[i] === w);
}

/** "Hollmann", "Hollmann Chemie" after "Hollmann Chemie AG": the leading words of exactly one company. */
export function companyByPrefix(c: Candidate, clusters: Clusters): Cluster | undefined {
  // Most names share their first word with no organization: then nothing to split or list.
  const lead = leadingWord(c.name);
  if (lead !== undefined && !clusters.mayHaveOrganizations(lead)) return undefined;
  const part = words(c.name);
  // Only an organization sharing the first word can start with these words.
  const hits = clusters
    .organizations(part[0])
    .filter((k) => ruleCompany(k) && startsWith(words(k.name), part));
  return hits.length === 1 ? hits[0] : undefined;
}

/** "Samsung Electronics Co." joins the listed "Samsung" that its name starts with. */
export function mergeCompanies(clusters: Clusters, assigned: Map<Candidate, string>): void {
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
