import { ID_PREFIX, type EntityType } from './labels.js';

/** Lower-case ASCII slug: accents folded, anything else joined by single dashes. */
export function slugify(text: string): string {
  return asciiSlug(text) ?? unicodeSlug(text);
}

/**
 * The general slug: a Unicode normalisation and five regular-expression passes. Exported for the
 * test that checks the ASCII slug against it; the package index does not export it.
 */
export function unicodeSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * {@link unicodeSlug} of an ASCII text in one pass (undefined for any other text): NFKD leaves
 * ASCII as it is and it has no marks, so only the case, the apostrophes and backticks (dropped)
 * and the runs of other characters (one dash, none at either end) remain. Most names are ASCII,
 * and each new name in an article is slugged once; this is ~3x faster than the passes.
 */
function asciiSlug(text: string): string | undefined {
  let out = '';
  let dash = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code > 0x7f) return undefined;
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      if (dash && out.length > 0) out += '-';
      dash = false;
      out += String.fromCharCode(code);
    } else if (code !== 0x27 && code !== 0x60) dash = true;
  }
  return out;
}

/**
 * A stable id, equal in every article for the same thing: `state:FRA` for a state's ISO alpha-3
 * code, otherwise the type prefix and a slug of the key (`person:jens-stoltenberg`).
 */
export function entityId(type: EntityType, key: string): string {
  let known = idCache.get(type);
  if (known === undefined) idCache.set(type, (known = new Map<string, string>()));
  let id = known.get(key);
  if (id === undefined) {
    if (known.size >= ID_CACHE_SIZE) known.clear();
    id = computeId(type, key);
    known.set(key, id);
  }
  return id;
}

/**
 * Ids already made, by type and key: the extractor asks for the same names' ids many times an
 * article and again in every article that names them, and a slug is a Unicode normalisation and
 * five regular-expression passes. Bounded: cleared when full, so memory stays flat.
 */
const idCache = new Map<EntityType, Map<string, string>>();
const ID_CACHE_SIZE = 50_000;

function computeId(type: EntityType, key: string): string {
  const body = type === 'State' && /^[A-Z]{3}$/.test(key) ? key : slugify(key);
  return `${ID_PREFIX[type]}:${body || 'unnamed'}`;
}
