import type { Entity, EntityType } from '@newsgraph/graph-schema';
import type { Analysis, Mention, Quote, Sentence } from '../types.js';
import { firstPast } from './bisect.js';
import { sortSmall } from '../small-sort.js';

/** An entity as a relation end: government bodies stand for their state. */
export interface ActorRef {
  id: string;
  type: EntityType;
}

/** Organization kinds (attributes.kind) that are part of a state's government. */
const GOVERNMENT_KINDS: ReadonlySet<string> = new Set([
  'gov',
  'agency',
  'armed',
  'military',
  'ministry',
  'police',
]);

/** The sentences from the first one that ends after `at`, by bisection. */
function* sentencesFrom(sentences: readonly Sentence[], at: number): Generator<Sentence> {
  for (let i = firstPast(sentences, at, (sentence) => sentence.end); i < sentences.length; i++) {
    const s = sentences[i];
    if (s !== undefined) yield s;
  }
}

/** Surface form → the one state or organization it names (null: several). */
function aliasesOf(entities: readonly Entity[]): Map<string, string | null> {
  const aliases = new Map<string, string | null>();
  for (const entity of entities) {
    if (entity.type !== 'State' && entity.type !== 'Organization') continue;
    for (const alias of new Set([entity.name, ...entity.aliases])) {
      const seen = aliases.get(alias);
      aliases.set(alias, seen === undefined || seen === entity.id ? entity.id : null);
    }
  }
  return aliases;
}

const ACTOR_TYPES: ReadonlySet<EntityType> = new Set(['Person', 'State', 'Organization', 'Group']);

/** What every sentence needs to know about the article, built once. */
export class ArticleContext {
  readonly entities = new Map<string, Entity>();
  readonly mentionsBySentence = new Map<number, Mention[]>();
  readonly quotesBySentence = new Map<number, Quote[]>();
  /** Mentions per entity over the article, for "the state this article is about". */
  readonly mentionCounts = new Map<string, number>();
  /** People one of whose mentions ties their title to a state or organization. */
  readonly titledPeople = new Set<string>();
  private readonly actors = new Map<string, ActorRef | undefined>();
  /**
   * Surface form → the one state or organization it names in this article (null: several); read
   * on the first `named` call, which few sentences make.
   */
  private aliases: Map<string, string | null> | undefined;

  constructor(readonly analysis: Analysis) {
    for (const entity of analysis.entities) this.entities.set(entity.id, entity);
    for (const mention of analysis.mentions) {
      const list = this.mentionsBySentence.get(mention.sentence);
      if (list) list.push(mention);
      else this.mentionsBySentence.set(mention.sentence, [mention]);
      const id = this.actor(mention.entityId)?.id ?? mention.entityId;
      this.mentionCounts.set(id, (this.mentionCounts.get(id) ?? 0) + 1);
      if (mention.role?.of !== undefined) this.titledPeople.add(mention.entityId);
    }
    for (const quote of analysis.quotes) {
      // Sentences are in text order: start at the first that ends after the quote starts.
      for (const sentence of sentencesFrom(analysis.sentences, quote.start)) {
        if (sentence.start >= quote.end) break;
        if (sentence.end <= quote.start) continue;
        const list = this.quotesBySentence.get(sentence.index);
        if (list) list.push(quote);
        else this.quotesBySentence.set(sentence.index, [quote]);
      }
    }
    for (const list of this.mentionsBySentence.values()) {
      sortSmall(list, (a, b) => a.start - b.start || b.end - a.end);
    }
  }

  /**
   * The actor an entity id stands for: itself, or for a government body (an Organization whose
   * `attributes.state` names a state of this article) that state. Undefined for non-actors.
   */
  actor(entityId: string): ActorRef | undefined {
    const known = this.actors.get(entityId);
    if (known !== undefined || this.actors.has(entityId)) return known;
    const entity = this.entities.get(entityId);
    let ref: ActorRef | undefined;
    if (entity !== undefined && ACTOR_TYPES.has(entity.type)) {
      ref = { id: entity.id, type: entity.type };
      const state = this.isGovernmentBody(entityId) ? entity.attributes?.['state'] : undefined;
      const stateEntity = typeof state === 'string' ? this.entities.get(state) : undefined;
      if (stateEntity?.type === 'State') {
        ref = { id: stateEntity.id, type: 'State' };
      }
    }
    this.actors.set(entityId, ref);
    return ref;
  }

  /** The state or organization a surface form names here ("US", "Tory"), if exactly one. */
  named(surface: string): string | undefined {
    this.aliases ??= aliasesOf(this.analysis.entities);
    return this.aliases.get(surface) ?? undefined;
  }

  /**
   * True for an organization that is a government body of a state: it names its state in
   * `attributes.state` and is of no kind (a ministry found by rule) or of a governmental kind.
   * A party may name its state too, but it does not act for it.
   */
  isGovernmentBody(entityId: string): boolean {
    const entity = this.entities.get(entityId);
    if (entity?.type !== 'Organization' || typeof entity.attributes?.['state'] !== 'string')
      return false;
    const kind = entity.attributes['kind'];
    return kind === undefined || GOVERNMENT_KINDS.has(String(kind));
  }
}
