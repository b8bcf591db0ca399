import type { ArticleContext } from './article-context.js';
import type { Candidate } from './relation-set.js';
import type { SentenceView } from './sentence-view.js';
import { modifier } from './confidence.js';
import { isStance } from './structural.js';
import type { CompiledCues } from './cue-lexicon.js';
import { classifyTitle } from './title-sense.js';

const OFFICES: ReadonlySet<string> = new Set(['LEADS', 'REPRESENTS']);
const TIES: ReadonlySet<string> = new Set(['LEADS', 'REPRESENTS', 'MEMBER_OF']);

/**
 * A person acting in office acts for the state or organization the sentence names as that
 * office's ("Russian Foreign Minister X criticised Y", "X, the U.S. ambassador, accused Y",
 * "X, the director of the Y Agency, criticised Z"): the guidelines accept the state or the
 * organization as the source of the person's stance. Only a LEADS or REPRESENTS of this sentence
 * counts, and only towards a body the sentence names, so a title attached to the article's state
 * from elsewhere projects nothing, and nor does a stance on one of that body's own people (the
 * actor table's `actorState`; a leader, officer or member of the organization in this sentence).
 * Only a title holds an office there: "X of Acme" is affiliated, and a staff title ("professor",
 * "analyst": cues.json `staffOnly`) speaks for no one. Reset per
 * sentence.
 */
export class OfficeStates {
  constructor(private readonly cues: CompiledCues) {}

  private readonly states = new Map<string, Set<string>>();
  private readonly bodies = new Map<string, Set<string>>();
  /** Organization id → the people this sentence ties to it (office or membership). */
  private readonly insiders = new Map<string, Set<string>>();
  /** The states and organizations this sentence names: one set, refilled per sentence. */
  private readonly named = new Set<string>();
  private ctx: ArticleContext | undefined;

  /** Starts a sentence: forgets the offices of the previous one. */
  reset(ctx: ArticleContext, view: SentenceView): void {
    // Cleared only when they hold something, as `named` below: a clear reallocates the table.
    if (this.states.size > 0) this.states.clear();
    if (this.bodies.size > 0) this.bodies.clear();
    if (this.insiders.size > 0) this.insiders.clear();
    this.ctx = ctx;
    const mentions = ctx.mentionsBySentence.get(view.sentence.index) ?? [];
    if (this.named.size > 0) this.named.clear();
    for (const m of mentions)
      if (m.type === 'State' || m.type === 'Organization') this.named.add(m.entityId);
  }

  /** Notes an office a person holds in a state or organization this sentence names. */
  private record(candidate: Candidate): void {
    const { type, source, target } = candidate;
    if (!TIES.has(type) || source.type !== 'Person' || !this.named.has(target.id)) return;
    if (target.type === 'Organization') add(this.insiders, target.id, source.id);
    if (!OFFICES.has(type)) return;
    if (target.type === 'State') add(this.states, source.id, target.id);
    else if (target.type === 'Organization' && this.officeTitle(candidate.role))
      add(this.bodies, source.id, target.id);
  }

  /** Records an office, or adds a stance's state- and organization-level twins to `sink`. */
  observe(candidate: Candidate, sink: { add(candidate: Candidate): void }): void {
    this.record(candidate);
    if (!isStance(candidate.type)) return;
    const state = this.projectState(candidate);
    if (state) sink.add(state);
    const body = this.projectBody(candidate);
    if (body) sink.add(body);
  }

  /** The stance at state level, when its source holds one office in a named state. */
  private projectState(candidate: Candidate): Candidate | undefined {
    const state = only(this.states.get(candidate.source.id));
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

  /**
   * The stance at organization level, when its source holds one office in a named organization
   * and none in a state ("X, the U.S. envoy to the UN" speaks for the state); a quarrel with the
   * body's own people ("Acme chief X criticised Acme director Y") stays the person's.
   */
  private projectBody(candidate: Candidate): Candidate | undefined {
    const source = candidate.source.id;
    if (this.states.has(source)) return undefined;
    const body = only(this.bodies.get(source));
    if (body === undefined || body === candidate.target.id) return undefined;
    if (this.insiders.get(body)?.has(candidate.target.id) === true) return undefined;
    if (this.sameGovernment(body, candidate.target.id)) return undefined;
    return {
      ...candidate,
      source: { id: body, type: 'Organization' },
      confidence: candidate.confidence * modifier('office-body'),
    };
  }

  /** A title that holds an office: not none ("X of Acme"), nor a staff title ("a professor at Y"). */
  private officeTitle(role: string | undefined): boolean {
    return role !== undefined && classifyTitle(this.cues, role)?.staffOnly !== true;
  }

  /**
   * "White House press secretary X blamed the Justice Department": two bodies of one state's
   * government, or a body and one of its state's own people, quarrel inside that state.
   */
  private sameGovernment(body: string, target: string): boolean {
    const ctx = this.ctx;
    if (ctx === undefined || !ctx.isGovernmentBody(body)) return false;
    const state = ctx.entities.get(body)?.attributes?.['state'];
    const other = ctx.entities.get(target)?.attributes;
    if (target === state) return true;
    if (ctx.isGovernmentBody(target) && other?.['state'] === state) return true;
    const own = other?.['actorState'];
    return typeof own === 'string' && state === `state:${own}`;
  }
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set === undefined) map.set(key, new Set([value]));
  else set.add(value);
}

function only(set: ReadonlySet<string> | undefined): string | undefined {
  if (set === undefined || set.size !== 1) return undefined;
  const [one] = set;
  return one;
}
