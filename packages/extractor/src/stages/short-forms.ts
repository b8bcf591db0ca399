import type { Candidate } from './candidate.js';
import type { Cluster, Clusters } from './clusters.js';

function words(name: string): string[] {
  return name.split(/\s+/).filter((w) => w !== '');
}

/** "Statistics Office" in "Federal Statistics Office", "Supreme Court" in "Supreme Court of France". */
function shortFormOf(part: readonly string[], whole: readonly string[]): boolean {
  if (part.length >= whole.length) return false;
  const tail = whole.slice(whole.length - part.length);
  if (tail.every((w, i) => w === part[i])) return true;
  return whole[part.length] === 'of' && part.every((w, i) => whole[i] === w);
}

/** Named by a rule from its words alone: no lexicon entry stands behind any of its mentions. */
const ruleNamed = (c: Cluster): boolean =>
  c.type === 'Organization' && c.members.every((m) => m.entry === undefined);

/**
 * "the Federal Statistics Office ... the Statistics Office", "China's Communist Party ... the
 * Communist Party": an unlisted organization of two or more words, or of a team's nickname alone,
 * that is the short form of exactly one other organization in the article joins it.
 */
export function mergeShortForms(clusters: Clusters, assigned: Map<Candidate, string>): void {
  // "the New York Yankees ... the Yankees": a team's nickname alone is the team.
  mergeInto(
    clusters,
    assigned,
    (part, whole, target, short) =>
      (part.length >= 2 || target.attributes['kind'] === 'team') &&
      shortFormOf(part, whole) &&
      !acronymsDiffer(short, target),
  );
}

/**
 * "the Kurdistan Democratic Party (KDP)" beside "the Kurdistan Democratic Party of Iran (KDPI)":
 * two names the article gave acronyms of their own are two bodies, however alike.
 */
function acronymsDiffer(a: Cluster, b: Cluster): boolean {
  const own = (c: Cluster): string | undefined => c.members.find((m) => m.kind === 'acronym')?.text;
  const first = own(a);
  const second = own(b);
  return first !== undefined && second !== undefined && first !== second;
}

/**
 * Each unlisted organization whose words `shortOf` finds in exactly one other organization's name
 * joins that organization: its mentions move there and its own cluster goes.
 */
function mergeInto(
  clusters: Clusters,
  assigned: Map<Candidate, string>,
  shortOf: (
    part: readonly string[],
    whole: readonly string[],
    target: Cluster,
    short: Cluster,
  ) => boolean,
): void {
  const organizations = clusters.organizations();
  // Each name's words once, not once per pair: a merge here moves members only, never a name.
  const nameWords = organizations.map((k) => words(k.name));
  organizations.forEach((short, s) => {
    if (!ruleNamed(short) || clusters.byId.get(short.id) !== short) return;
    const part = nameWords[s] ?? [];
    const longer = organizations.filter(
      (k, i) =>
        k !== short && clusters.byId.get(k.id) === k && shortOf(part, nameWords[i] ?? [], k, short),
    );
    const target = longer.length === 1 ? longer[0] : undefined;
    if (target === undefined) return;
    for (const m of short.members) {
      target.members.push(m);
      assigned.set(m, target.id);
    }
    clusters.byId.delete(short.id);
  });
}

/** "Kelvaro" for "Kelvaro Munich", "Greens" for "Green Party": the one word another name opens with. */
function leadingWordOf(word: string, whole: readonly string[]): boolean {
  if (whole.length < 2) return false;
  const first = whole[0] ?? '';
  return word === first || (word === `${first}s` && /^part(?:y|ei)$/i.test(whole.at(-1) ?? ''));
}

/**
 * "Bayern Munich ... Bayern", "the Green Party ... the Greens": an organization of one word that no
 * list knows, which opens the name of exactly one other organization of the article, joins it.
 * Runs after the untyped names are placed, since the tagger's organizations are among them.
 */
export function mergeLeadingWords(clusters: Clusters, assigned: Map<Candidate, string>): void {
  mergeInto(
    clusters,
    assigned,
    // The name's own first word used before the full name is introduced ("House candidates" ...
    // "the House Majority PAC") is not yet its short form; "the Greens" is the party's any time.
    (part, whole, target, short) =>
      part.length === 1 &&
      leadingWordOf(part[0] ?? '', whole) &&
      (part[0] !== whole[0] || firstStart(target) < firstStart(short)),
  );
}

/** Where a cluster is first mentioned. */
function firstStart(cluster: Cluster): number {
  let first = Infinity;
  for (const m of cluster.members) if (m.start < first) first = m.start;
  return first;
}
