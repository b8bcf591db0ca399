/** Every entity node carries this label beside its type label; ids are unique across it. */
export const ENTITY_LABEL = 'Entity';
export const ARTICLE_LABEL = 'Article';

export const ENTITY_TYPES = [
  'Person',
  'State',
  'Organization',
  'Location',
  'Group',
  'Event',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Types that can act: sources and targets of stances. */
export const ACTOR_TYPES = [
  'Person',
  'State',
  'Organization',
  'Group',
] as const satisfies readonly EntityType[];

/** Prefix of a stable entity id, by type: `state:FRA`, `org:nato`, `person:jens-stoltenberg`. */
export const ID_PREFIX: Readonly<Record<EntityType, string>> = {
  Person: 'person',
  State: 'state',
  Organization: 'org',
  Location: 'loc',
  Group: 'group',
  Event: 'event',
};

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

/** Every node label that may reach Cypher text. */
export const NODE_LABELS: readonly string[] = [ENTITY_LABEL, ARTICLE_LABEL, ...ENTITY_TYPES];
