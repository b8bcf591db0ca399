import { z } from 'zod';
import { parseBundled } from './bundled.js';
import boundsJson from './data/lone-name-bounds.json' with { type: 'json' };

const LoneNameBoundsSchema = z.object({
  populationNouns: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1),
  placePrepositions: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1),
  nounModifiers: z.array(z.string().regex(/^[\p{Ll}-]+$/u)).min(1),
  standaloneDeterminers: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1),
  placeNouns: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1),
});

export interface LoneNameBounds {
  populationNouns: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
  nounModifiers: ReadonlySet<string>;
  standaloneDeterminers: ReadonlySet<string>;
  placeNouns: ReadonlySet<string>;
}

let cached: LoneNameBounds | undefined;

/**
 * Words around a lone listed name that show a people's or place's name, not a person's
 * (data/lone-name-bounds.json). Read on first use.
 */
export function loneNameBounds(): LoneNameBounds {
  if (cached !== undefined) return cached;
  const data = parseBundled(LoneNameBoundsSchema, boundsJson, 'lone-name-bounds.json');
  cached = {
    populationNouns: new Set(data.populationNouns),
    placePrepositions: new Set(data.placePrepositions),
    nounModifiers: new Set(data.nounModifiers),
    standaloneDeterminers: new Set(data.standaloneDeterminers),
    placeNouns: new Set(data.placeNouns),
  };
  return cached;
}
