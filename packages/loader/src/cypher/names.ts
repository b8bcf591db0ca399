import { ARTICLE_LABEL, ENTITY_LABEL } from '@newsgraph/graph-schema';
import { allowedLabel, allowedRelationshipType } from '../allow-list.js';

/** The labels and relationship type every statement names, through the allow-list. */
export const ENTITY = allowedLabel(ENTITY_LABEL);
export const ARTICLE = allowedLabel(ARTICLE_LABEL);
export const MENTIONS = allowedRelationshipType('MENTIONS');
