import type { Entity, EntityType } from '@newsgraph/graph-schema';
import type { Analysis, Mention } from '../types.js';

/** An entity as a relation end: government bodies stand for their state. */
export interface ActorRef {
  id: string;
  type: EntityType;
}

const ACTOR_TYPES: ReadonlySet<EntityType> = new Set(['Person', 'State', 'Organization', 'Group']);

/** What every sentence needs to know about the article, built once. */
export class ArticleContext {
  readonly entities = new Map<string, Entity>();
  readonly mentionsBySentence = new Map<number, Mention[]>();
  /** Mentions per entity over the article, for "the state this article is about". */
  readonly mentionCounts = new Map<string, number>();
  /** People one of whose mentions ties their title to a state or organization. */
  readonly titledPeople = new Set<string>();
  private readonly actors = new Map<string, ActorRef | undefined>();

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
    for (const list of this.mentionsBySentence.values()) {
      list.sort((a, b) => a.start - b.start || b.end - a.end);
    }
  }

  /**
   * The actor an entity id stands for: itself, or for a government body (an Organization whose
   * `attributes.state` names a state of this article) that state. Undefined for non-actors.
   */
  actor(entityId: string): ActorRef | undefined {
    if (this.actors.has(entityId)) return this.actors.get(entityId);
    const entity = this.entities.get(entityId);
    let ref: ActorRef | undefined;
    if (entity !== undefined && ACTOR_TYPES.has(entity.type)) {
      ref = { id: entity.id, type: entity.type };
      const state = entity.attributes?.['state'];
      const stateEntity = typeof state === 'string' ? this.entities.get(state) : undefined;
      if (entity.type === 'Organization' && stateEntity?.type === 'State') {
        ref = { id: stateEntity.id, type: 'State' };
      }
    }
    this.actors.set(entityId, ref);
    return ref;
  }

  /** True for an organization that is a government body of a state. */
  isGovernmentBody(entityId: string): boolean {
    const entity = this.entities.get(entityId);
    return entity?.type === 'Organization' && typeof entity.attributes?.['state'] === 'string';
  }
}
