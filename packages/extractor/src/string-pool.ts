import type { Entity } from '@newsgraph/graph-schema';
import type { Candidate } from './stages/candidate.js';
import type { Mention } from './types.js';

/**
 * One copy of each string: a long text names the same few hundred things tens of thousands of
 * times, and every candidate, mention and mention span would otherwise hold its own copy of the
 * name until the document is done. Values are unchanged, so results are too.
 */
export class StringPool {
  private readonly strings = new Map<string, string>();

  intern(s: string): string {
    const seen = this.strings.get(s);
    if (seen !== undefined) return seen;
    this.strings.set(s, s);
    return s;
  }

  /** Candidates' surfaces and names, in place. */
  candidates(found: Iterable<Candidate>): void {
    for (const c of found) {
      c.text = this.intern(c.text);
      c.name = this.intern(c.name);
    }
  }

  /** Mentions' surfaces and the entities' mention spans, in place. */
  resolution(resolved: { entities: readonly Entity[]; mentions: readonly Mention[] }): void {
    for (const m of resolved.mentions) m.text = this.intern(m.text);
    for (const e of resolved.entities)
      for (const span of e.mentions) span.text = this.intern(span.text);
  }
}
