import { z } from 'zod';
import cuesJson from './data/org-cues.json' with { type: 'json' };
import { LowerWord, parseWordLists } from './word-lists.js';

const CapitalisedWord = z.string().regex(/^\p{Lu}\p{Ll}+$/u, 'expected one capitalised word');

const OrgCuesSchema = z.object({
  negatingPrefixes: z.array(LowerWord).min(1),
  negatingSuffixes: z.array(LowerWord).min(1),
  bareBodies: z.array(CapitalisedWord).min(1),
  mediaNouns: z.array(LowerWord).min(1),
  editionHeads: z.array(CapitalisedWord).min(1),
  backerSuffixes: z.array(LowerWord).min(1),
  legalSuffixes: z
    .array(z.string().regex(/^\p{L}[\p{L}.]*$/u, 'expected a legal-form word'))
    .min(1),
  nameOrdinals: z.array(CapitalisedWord).min(1),
});

export interface OrgCues {
  /** Hyphenated prefixes that turn a listed organization's name into another word ("neo-Nazi"). */
  negatingPrefixes: ReadonlySet<string>;
  /** Hyphenated suffixes that do the same after the name ("Nazi-free"). */
  negatingSuffixes: ReadonlySet<string>;
  /** A state's bodies named by their head word alone ("the Senate", "Parliament"). */
  bareBodies: ReadonlySet<string>;
  /** Nouns for an outlet that, right before a name, make it the outlet's ("the paper X"). */
  mediaNouns: ReadonlySet<string>;
  /** Head words of a meeting's name ("Congress", "Forum"): an event where numbered or dated. */
  editionHeads: ReadonlySet<string>;
  /** Hyphenated words that make a name a backer or owner ("Red Bull-backed"). */
  backerSuffixes: ReadonlySet<string>;
  /** Legal-form words that end a company's name ("Inc.", "AG", "Co"). */
  legalSuffixes: ReadonlySet<string>;
  /** Ordinals that may open a company's name before its legal suffix ("First Albany Corp."). */
  nameOrdinals: ReadonlySet<string>;
}

let cached: OrgCues | undefined;

/** Cues around names that the organization rules read (data/org-cues.json). */
export function orgCues(): OrgCues {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(OrgCuesSchema, cuesJson, 'lexicon/data/org-cues.json');
  cached = {
    negatingPrefixes: new Set(lists.negatingPrefixes),
    negatingSuffixes: new Set(lists.negatingSuffixes),
    bareBodies: new Set(lists.bareBodies),
    mediaNouns: new Set(lists.mediaNouns),
    editionHeads: new Set(lists.editionHeads),
    backerSuffixes: new Set(lists.backerSuffixes),
    legalSuffixes: new Set(lists.legalSuffixes),
    nameOrdinals: new Set(lists.nameOrdinals),
  };
  return cached;
}
