import { NODE_STYLES, type EntityType } from '@newsgraph/graph-schema';

/** Relationship colours, the same as graph-schema's Browser style sheet. */
export const EDGE_COLORS: Readonly<Record<string, string>> = {
  OPPOSES: '#D9534F',
  SUPPORTS: '#5CB85C',
  ALLIED_WITH: '#4C8EDA',
  MEMBER_OF: '#A5ABB6',
  LEADS: '#A5ABB6',
  REPRESENTS: '#A5ABB6',
};

export const DEFAULT_EDGE_COLOR = '#A5ABB6';

export function edgeColor(type: string): string {
  return EDGE_COLORS[type] ?? DEFAULT_EDGE_COLOR;
}

/** Radius in the picture: a quarter of Browser's diameter keeps big graphs readable. */
export function nodeRadius(type: EntityType): number {
  return NODE_STYLES[type].diameter / 4;
}
