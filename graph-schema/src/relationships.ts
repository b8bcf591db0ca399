import { z } from 'zod';
import { ACTOR_TYPES, ARTICLE_LABEL, type EntityType } from './labels.js';

type Endpoint = EntityType | typeof ARTICLE_LABEL;

export interface RelationshipDefinition {
  readonly type: string;
  readonly description: string;
  readonly from: readonly Endpoint[];
  readonly to: readonly Endpoint[];
  /** Symmetric relations are stored once per unordered pair. */
  readonly symmetric: boolean;
  /** Properties the extractor puts in `relation.properties`. */
  readonly properties: z.ZodObject;
}

const STATE_OR_ORG = ['State', 'Organization'] as const;
const noProperties = z.strictObject({});
const roleProperties = z.strictObject({ role: z.string().min(1).optional() });

/** Relations between entities, as ../shared/eval/GUIDELINES.md defines them. */
export const ENTITY_RELATIONSHIPS = {
  OPPOSES: {
    type: 'OPPOSES',
    description: 'opposes, resists, criticises, rejects or fights the target or its stated policy',
    from: ACTOR_TYPES,
    to: ACTOR_TYPES,
    symmetric: false,
    properties: noProperties,
  },
  SUPPORTS: {
    type: 'SUPPORTS',
    description: 'backs, endorses, aids or argues for the target or its stated policy',
    from: ACTOR_TYPES,
    to: ACTOR_TYPES,
    symmetric: false,
    properties: noProperties,
  },
  ALLIED_WITH: {
    type: 'ALLIED_WITH',
    description: 'the two are allies or partners in an alliance',
    from: [...STATE_OR_ORG, 'Group'],
    to: [...STATE_OR_ORG, 'Group'],
    symmetric: true,
    properties: noProperties,
  },
  MEMBER_OF: {
    type: 'MEMBER_OF',
    description: 'the source belongs to the target organization',
    from: ACTOR_TYPES,
    to: ['Organization'],
    symmetric: false,
    properties: noProperties,
  },
  LEADS: {
    type: 'LEADS',
    description: 'the source heads or leads the target; role holds a person’s title',
    from: ['Person', ...STATE_OR_ORG],
    to: [...STATE_OR_ORG, 'Group'],
    symmetric: false,
    properties: roleProperties,
  },
  REPRESENTS: {
    type: 'REPRESENTS',
    description: 'the source holds an office in, or speaks for, the target without heading it',
    from: ['Person'],
    to: STATE_OR_ORG,
    symmetric: false,
    properties: roleProperties,
  },
} as const satisfies Record<string, RelationshipDefinition>;

/** Relations from the article node. */
export const ARTICLE_RELATIONSHIPS = {
  QUOTES: {
    type: 'QUOTES',
    description: 'the article quotes the target directly; text holds the quoted words',
    from: [ARTICLE_LABEL],
    to: ['Person', ...STATE_OR_ORG],
    symmetric: false,
    properties: z.strictObject({ text: z.string().min(1) }),
  },
  MENTIONS: {
    type: 'MENTIONS',
    description: 'the article names the entity; count is how often',
    from: [ARTICLE_LABEL],
    to: ['Person', 'State', 'Organization', 'Location', 'Group', 'Event'],
    symmetric: false,
    properties: z.strictObject({ count: z.number().int().positive() }),
  },
} as const satisfies Record<string, RelationshipDefinition>;

export const ENTITY_RELATION_TYPES = Object.keys(ENTITY_RELATIONSHIPS) as EntityRelationType[];
export type EntityRelationType = keyof typeof ENTITY_RELATIONSHIPS;

/** Relation types a graph document may hold: entity relations and QUOTES (MENTIONS is derived). */
export const DOCUMENT_RELATION_TYPES = [...ENTITY_RELATION_TYPES, 'QUOTES'] as const;
export type DocumentRelationType = EntityRelationType | 'QUOTES';

/** Every relationship type that may reach Cypher text. */
export const RELATIONSHIP_TYPES: readonly string[] = [
  ...ENTITY_RELATION_TYPES,
  ...Object.keys(ARTICLE_RELATIONSHIPS),
];

export function relationshipDefinition(type: DocumentRelationType): RelationshipDefinition {
  return type === 'QUOTES' ? ARTICLE_RELATIONSHIPS.QUOTES : ENTITY_RELATIONSHIPS[type];
}

export function isSymmetric(type: string): boolean {
  return type in ENTITY_RELATIONSHIPS && ENTITY_RELATIONSHIPS[type as EntityRelationType].symmetric;
}
