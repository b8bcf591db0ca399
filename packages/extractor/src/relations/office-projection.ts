import type { ArticleContext } from './article-context.js';
import type { Candidate } from './relation-set.js';
import type { SentenceView } from './sentence-view.js';
import { modifier } from './confidence.js';
import { isStance } from './structural.js';

const OFFICES: ReadonlySet<string> = new Set(['LEADS', 'REPRESENTS']);

/**
 * A person acting in office acts for the state the sentence names as that office's
 * ("Russian Foreign Minister X criticised Y", "X, the U.S. ambassador, accused Y"): the
 * guidelines accept the state as the source of the person's stance. Only a LEADS or REPRESENTS
 * of this sentence counts, and only towards a state the sentence names, so a title attached to
 * the article's state from elsewhere projects nothing, and nor does a stance on one of that
 * state's own people (the actor table's `actorState`). Reset per sentence.
 */
export class OfficeStates {
  private readonly states = new Map<string, Set<string>>();
  /** The states this sentence names: one set, refilled per sentence. */
  private readonly named = new Set<string>();
  private ctx: ArticleContext | undefined;

  /** Starts a sentence: forgets the offices of the previous one. */
  reset(ctx: ArticleContext, view: SentenceView): void {
    // Cleared only when it holds something, as `named` below: a clear reallocates the table.
    if (this.states.size > 0) this.states.clear();
    this.ctx = ctx;
    const mentions = ctx.mentionsBySentence.get(view.sentence.index) ?? [];
    // Cleared only when it holds something: Set.clear reallocates its table.
    if (this.named.size > 0) this.named.clear();
    for (const m of mentions) if (m.type === 'State') this.named.add(m.entityId);
  }

  /** Notes an office a person holds in a state this sentence names. */
  private record(candidate: Candidate): void {
    const { type, source, target } = candidate;
    if (!OFFICES.has(type) || source.type !== 'Person' || target.type !== 'State') return;
    if (!this.named.has(target.id)) return;
    const held = this.states.get(source.id) ?? new Set<string>();
    held.add(target.id);
    this.states.set(source.id, held);
  }

  /** Records an office, or adds a stance's state-level twin to `sink`. */
  observe(candidate: Candidate, sink: { add(candidate: Candidate): void }): void {
    this.record(candidate);
    const projected = this.project(candidate);
    if (projected) sink.add(projected);
  }

  /** The stance at state level, when its source holds one office in a named state. */
  private project(candidate: Candidate): Candidate | undefined {
    if (!isStance(candidate.type)) return undefined;
    const held = this.states.get(candidate.source.id);
    if (held === undefined || held.size !== 1) return undefined;
    const [state] = held;
    if (state === undefined || state === candidate.target.id) return undefined;
    // "Bank of Japan Governor X disagreed with Abe": a quarrel inside a state is not the state's.
    const attributes = this.ctx?.entities.get(candidate.target.id)?.attributes;
    const own = attributes?.['actorState'];
    if (typeof own === 'string' && state === `state:${own}`) return undefined;
    return {
      ...candidate,
      source: { id: state, type: 'State' },
      confidence: candidate.confidence * modifier('office-state'),
    };
  }
}
