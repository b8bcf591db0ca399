import { entityId } from '@newsgraph/graph-schema';
import type { Candidate } from './candidate.js';

export interface PersonCluster {
  /** Fullest name seen. */
  name: string;
  tokens: string[];
  members: Candidate[];
  /** Position of the latest mention, to prefer the nearest person when a surname is shared. */
  lastSeen: number;
}

function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

function nameTokens(name: string): string[] {
  return (
    name
      .split(/\s+/)
      // "al-Burhan" is matched as "Burhan".
      .map((w) => fold(w.replace(/\.$/, '')).replace(/^(?:al|el|ad|ar|as|ash|at|az|an|ul)-/, ''))
      .filter((w) => w.length > 0)
  );
}

/** "J" matches "John"; "Donald" matches "Donald". */
function compatibleGiven(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/** Every word of `part` appears in `whole`, in order. */
function subsequence(part: readonly string[], whole: readonly string[]): boolean {
  let j = 0;
  for (const w of whole) if (j < part.length && part[j] === w) j++;
  return j === part.length;
}

/** Person clusters of one article: full names, then surnames and later forms joined to them. */
export class PersonIndex {
  private readonly list: PersonCluster[] = [];

  clusters(): readonly PersonCluster[] {
    return this.list;
  }

  private find(tokens: readonly string[]): PersonCluster[] {
    return this.list.filter((c) => {
      if (tokens.length === 1) return c.tokens.includes(tokens[0] ?? '');
      if (c.tokens.length === 1) return tokens[tokens.length - 1] === c.tokens[0];
      const sameLast = tokens[tokens.length - 1] === c.tokens[c.tokens.length - 1];
      return (
        (sameLast && compatibleGiven(tokens[0] ?? '', c.tokens[0] ?? '')) ||
        subsequence(tokens, c.tokens) ||
        subsequence(c.tokens, tokens)
      );
    });
  }

  private nearest(hits: PersonCluster[]): PersonCluster | undefined {
    return hits.reduce<PersonCluster | undefined>(
      (best, c) => (best === undefined || c.lastSeen > best.lastSeen ? c : best),
      undefined,
    );
  }

  private join(cluster: PersonCluster, member: Candidate, tokens: string[]): void {
    cluster.members.push(member);
    cluster.lastSeen = Math.max(cluster.lastSeen, member.start);
    if (tokens.length > cluster.tokens.length) {
      cluster.tokens = tokens;
      cluster.name = member.name;
    }
  }

  /** A name with person evidence (a title, a given name, "Mr", a speech verb). */
  addStrong(candidate: Candidate, original: Candidate = candidate): void {
    const tokens = nameTokens(candidate.name);
    const cluster = this.nearest(this.find(tokens));
    if (cluster !== undefined) {
      this.join(cluster, original, tokens);
      return;
    }
    this.list.push({
      name: candidate.name,
      tokens,
      members: [original],
      lastSeen: candidate.start,
    });
  }

  /** A bare capitalised word or words: a person only if it names one already known. */
  matchWeak(candidate: Candidate): boolean {
    const tokens = nameTokens(candidate.name);
    const hits = this.find(tokens).filter(
      (c) => tokens.length > 1 || c.tokens.length > 1 || c.tokens[0] === tokens[0],
    );
    const cluster = this.nearest(hits);
    if (cluster === undefined) return false;
    cluster.members.push(candidate);
    return true;
  }

  /** The one person holding a title ("the foreign secretary"), if exactly one does. */
  holderOf(title: string, of: string | undefined): string | undefined {
    const want = title.toLowerCase();
    const hits = this.list.filter((c) =>
      c.members.some(
        (m) =>
          m.role?.title.toLowerCase() === want &&
          (of === undefined || m.role.of === undefined || m.role.of === of),
      ),
    );
    return hits.length === 1 && hits[0] !== undefined
      ? entityId('Person', hits[0].name)
      : undefined;
  }
}
