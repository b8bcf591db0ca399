import type { EntityRelationType } from './relationships.js';

/**
 * One colour per relationship type, each distinct from the others, for pictures and exports.
 * OPPOSES, SUPPORTS, ALLIED_WITH and QUOTES keep the colours of the Browser style sheet.
 */
export const RELATIONSHIP_COLORS: Readonly<
  Record<EntityRelationType | 'QUOTES' | 'MENTIONS', string>
> = {
  OPPOSES: '#D9534F',
  SUPPORTS: '#5CB85C',
  ALLIED_WITH: '#4C8EDA',
  MEMBER_OF: '#E67E22',
  LEADS: '#8E5B2E',
  REPRESENTS: '#17A2B8',
  QUOTES: '#9B59B6',
  MENTIONS: '#A5ABB6',
};
