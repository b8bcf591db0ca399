import { NODE_STYLES, RELATIONSHIP_COLORS, type EntityType } from '@newsgraph/graph-schema';

export const DEFAULT_EDGE_COLOR = RELATIONSHIP_COLORS.MENTIONS;

/** graph-schema's colour for a relationship type: one distinct colour per type. */
export function edgeColor(type: string): string {
  return (RELATIONSHIP_COLORS as Readonly<Record<string, string>>)[type] ?? DEFAULT_EDGE_COLOR;
}

/** The types with a colour of their own, for arrow heads and the legend. */
export function coloredTypes(): string[] {
  return Object.keys(RELATIONSHIP_COLORS);
}

/** Radius in the picture: a quarter of Browser's diameter keeps big graphs readable. */
export function nodeRadius(type: EntityType): number {
  return NODE_STYLES[type].diameter / 4;
}
