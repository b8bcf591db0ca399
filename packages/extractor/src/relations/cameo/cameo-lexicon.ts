import type { describeIssue } from '@newsgraph/graph-schema';
import type { CueRelation } from '../cue-lexicon-schema.js';
import { inflectVerb, shapeOf, type VerbShape } from '../inflect.js';
import { invalidData } from '../invalid-data.js';
import { phraseWords } from '../phrase-set.js';
import relationData from './cameo-relations.json' with { type: 'json' };
import verbData from './cameo-verbs.json' with { type: 'json' };
import {
  CameoRelationsSchema,
  CameoVerbsSchema,
  type CameoRelations,
  type CameoVerbs,
} from './cameo-schema.js';

/** One pattern element: a literal word, a synonym set, or an actor slot. */
export type PatternItem =
  { kind: 'word'; words: ReadonlySet<string> } | { kind: 'slot'; role: 'source' | 'target' };

export interface CameoPattern {
  /** Before the verb, nearest last. */
  pre: readonly PatternItem[];
  post: readonly PatternItem[];
  relation: CueRelation | null;
  /** Literal words matched: the more, the more specific. */
  specificity: number;
  /** Words the pattern needs literally (not from a synonym set): a quick first test. */
  literals: readonly string[];
  /** The pattern puts the target (+) after the verb and no source ($) there. */
  slotsInOrder: boolean;
  /** The word right before the target slot ("to" in "* aid to +"): where the target starts. */
  via: string | undefined;
}

export interface CameoBlock {
  name: string;
  patterns: readonly CameoPattern[];
}

/** A surface form of a dictionary verb. */
export interface CameoSurface {
  surface: string;
  shape: VerbShape;
  block: CameoBlock;
  /** The relation of the verb on its own (its own code, else its block's). */
  relation: CueRelation | null;
  /** The own relation is never the reading: only a matched pattern gives one ("express"). */
  patternOnly: boolean;
}

export interface CompiledCameo {
  weight: number;
  surfaces: readonly CameoSurface[];
}

let compiled: CompiledCameo | undefined;

/** The bundled CAMEO verb dictionary and code mapping, validated and compiled once. */
export function cameoLexicon(): CompiledCameo {
  return (compiled ??= compileCameo(
    parse(CameoVerbsSchema, verbData, 'cameo-verbs.json'),
    parse(CameoRelationsSchema, relationData, 'cameo-relations.json'),
  ));
}

function parse<T>(
  schema: {
    safeParse(
      d: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: Parameters<typeof describeIssue>[0][] } };
  },
  data: unknown,
  where: string,
): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  throw invalidData(
    'CAMEO data',
    parsed.error.issues,
    where,
    'regenerate it with node scripts/cameo/convert.mjs',
  );
}

/** Relation of a CAMEO code: the longest mapped prefix. */
export function relationOfCode(map: CameoRelations, code: string): CueRelation | null {
  for (let n = code.length; n >= 2; n--) {
    const hit = map.codes[code.slice(0, n)];
    if (hit !== undefined) return hit;
  }
  return null;
}

export function compileCameo(verbs: CameoVerbs, map: CameoRelations): CompiledCameo {
  const excluded = new Set(map.excludedLemmas);
  const patternOnly = new Set(map.patternOnlyLemmas);
  const relation = (code: string): CueRelation | null =>
    code === '---' ? null : relationOfCode(map, code);
  const surfaces: CameoSurface[] = [];
  for (const raw of verbs.blocks) {
    const patterns = raw.patterns.map(([pre, post, code]) =>
      compilePattern(verbs.synsets, pre, post, relation(code)),
    );
    const block: CameoBlock = { name: raw.name, patterns };
    const useful = patterns.some((p) => p.relation !== null && p.slotsInOrder);
    for (const [lemma, forms, code] of raw.verbs) {
      const bare = lemma.replace(/\+/g, '');
      if (excluded.has(bare)) continue;
      const own = relation(code ?? raw.code);
      if (own === null && !useful) continue;
      const alone = { block, relation: own, patternOnly: patternOnly.has(bare) };
      for (const { surface, shape } of verbForms(lemma, forms))
        surfaces.push({ surface, shape, ...alone });
    }
  }
  return { weight: map.weight, surfaces };
}

/** Surface forms: the listed ones with the lemma, or regular inflections of the verb word. */
function verbForms(
  lemma: string,
  listed: readonly string[] | null,
): { surface: string; shape: VerbShape }[] {
  const parts = lemma.split(' ');
  const at = Math.max(
    0,
    parts.findIndex((w) => w.startsWith('+')),
  );
  const clean = (s: string): string => s.replace(/\+/g, '');
  if (listed !== null) {
    return [lemma, ...listed].map((form) => {
      const words = form.split(' ');
      const verb = words.find((w) => w.startsWith('+')) ?? words[0] ?? form;
      return { surface: clean(form), shape: form === lemma ? 'bare' : shapeOf(clean(verb)) };
    });
  }
  const verb = clean(parts[at] ?? lemma);
  return inflectVerb(verb).map(({ word, shape }) => ({
    surface: parts.map((w, i) => (i === at ? word : clean(w))).join(' '),
    shape,
  }));
}

function compilePattern(
  synsets: CameoVerbs['synsets'],
  pre: string,
  post: string,
  relation: CueRelation | null,
): CameoPattern {
  const literals: string[] = [];
  const items = (side: string): PatternItem[] =>
    side
      .split(' ')
      .filter(Boolean)
      .map((token): PatternItem => {
        if (token === '$') return { kind: 'slot', role: 'source' };
        if (token === '+') return { kind: 'slot', role: 'target' };
        const alternatives = token.split('/').filter(Boolean);
        const set = token.startsWith('&') ? synsets[token] : undefined;
        const words = set ?? alternatives;
        // Synonym-set members are phrases; their head (last word) and its plural stand for them.
        const heads = words.flatMap((w) => {
          const head = phraseWords(w).pop() ?? w;
          return [head, `${head}s`];
        });
        if (!token.startsWith('&') && alternatives.length === 1) literals.push(token);
        return { kind: 'word', words: new Set(token.startsWith('&') ? heads : alternatives) };
      });
  const preItems = items(pre).reverse();
  const postItems = items(post);
  const specificity = [...preItems, ...postItems].filter((i) => i.kind === 'word').length;
  const slot = (role: string): boolean =>
    postItems.some((i) => i.kind === 'slot' && i.role === role);
  const slotsInOrder = slot('target') && !slot('source');
  const at = postItems.findIndex((i) => i.kind === 'slot' && i.role === 'target');
  const before = at > 0 ? postItems[at - 1] : undefined;
  const via = before?.kind === 'word' && before.words.size === 1 ? [...before.words][0] : undefined;
  return { pre: preItems, post: postItems, relation, specificity, literals, slotsInOrder, via };
}
