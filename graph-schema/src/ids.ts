import { ID_PREFIX, type EntityType } from './labels.js';

/** Lower-case ASCII slug: accents folded, anything else joined by single dashes. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A stable id, equal in every article for the same thing: `state:FRA` for a state's ISO alpha-3
 * code, otherwise the type prefix and a slug of the key (`person:jens-stoltenberg`).
 */
export function entityId(type: EntityType, key: string): string {
  const body = type === 'State' && /^[A-Z]{3}$/.test(key) ? key : slugify(key);
  return `${ID_PREFIX[type]}:${body || 'unnamed'}`;
}
