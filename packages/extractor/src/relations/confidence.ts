import { z } from 'zod';
import confidenceJson from './confidence.json' with { type: 'json' };
import { invalidData } from './invalid-data.js';

// One confidence model for every relation and quote the extractor emits: named evidence strengths
// and modifiers are data (confidence.json); frames name them instead of carrying literals.

const Strength = z.number().gt(0).max(1);

const EVIDENCE_KINDS = Object.keys(
  confidenceJson.evidence,
) as (keyof typeof confidenceJson.evidence)[];
const MODIFIER_KINDS = Object.keys(
  confidenceJson.modifiers,
) as (keyof typeof confidenceJson.modifiers)[];
const END_KINDS = Object.keys(confidenceJson.ends) as (keyof typeof confidenceJson.ends)[];

/** A kind of evidence with a strength of its own ("envoy": "X's ambassador Y"). */
export type EvidenceKind = keyof typeof confidenceJson.evidence;
/** A factor that weakens evidence ("several-actors": one of a coordinated group). */
export type ModifierKind = keyof typeof confidenceJson.modifiers;
/** How an end was reached, when not plainly ("relative-pronoun": "X, which condemned Y"). */
export type EndKind = keyof typeof confidenceJson.ends;

const ConfidenceTableSchema = z
  .object({
    evidence: z.record(z.string().min(1), Strength),
    modifiers: z.record(z.string().min(1), Strength),
    ends: z.record(z.string().min(1), Strength),
    distance: z.object({ perToken: z.number().min(0).max(1), floor: Strength }).strict(),
    subjectGap: z.object({ perWord: z.number().min(0).max(1), floor: Strength }).strict(),
  })
  .strict();

export interface ConfidenceTable {
  evidence: Readonly<Record<EvidenceKind, number>>;
  modifiers: Readonly<Record<ModifierKind, number>>;
  ends: Readonly<Record<EndKind, number>>;
  distance: { perToken: number; floor: number };
  subjectGap: { perWord: number; floor: number };
}

export const CONFIDENCE_FILE = 'relations/confidence.json';

/**
 * Validates a confidence table: every strength in (0, 1], and every kind the code names present
 * (a missing or misspelt one would otherwise read as undefined). Throws CONFIG_INVALID naming `where`.
 */
export function parseConfidenceTable(
  data: unknown,
  where: string = CONFIDENCE_FILE,
): ConfidenceTable {
  const hint = `fix the entry in ${where}`;
  const result = ConfidenceTableSchema.safeParse(data);
  if (!result.success) throw invalidData('confidence table', result.error.issues, where, hint);
  const table = result.data;
  const missing = [
    ...EVIDENCE_KINDS.filter((kind) => table.evidence[kind] === undefined).map(
      (k) => `evidence.${k}`,
    ),
    ...MODIFIER_KINDS.filter((kind) => table.modifiers[kind] === undefined).map(
      (k) => `modifiers.${k}`,
    ),
    ...END_KINDS.filter((kind) => table.ends[kind] === undefined).map((k) => `ends.${k}`),
  ];
  if (missing.length > 0)
    throw invalidData(
      'confidence table',
      [{ code: 'custom', path: missing[0]?.split('.') ?? [], message: 'missing strength' }],
      where,
      hint,
    );
  return table as ConfidenceTable;
}

let cached: ConfidenceTable | undefined;

/** The bundled table (confidence.json), validated once. */
export function confidenceTable(): ConfidenceTable {
  cached ??= parseConfidenceTable(confidenceJson);
  return cached;
}

/** The strength of one kind of evidence. */
export function strength(kind: EvidenceKind): number {
  return confidenceTable().evidence[kind];
}

/** The factor one modifier applies. */
export function modifier(kind: ModifierKind): number {
  return confidenceTable().modifiers[kind];
}

/** How sure an end reached this way is. */
export function endCertainty(kind: EndKind): number {
  return confidenceTable().ends[kind];
}

/** How sure a subject is with `words` unexplained words between it and its verb: linear, floored. */
export function subjectGapCertainty(words: number): number {
  const { perWord, floor } = confidenceTable().subjectGap;
  return Math.max(floor, 1 - perWord * words);
}

/** How much a gap of `tokens` words between a cue and an end weakens it: linear, with a floor. */
export function distanceFactor(tokens: number): number {
  const { perToken, floor } = confidenceTable().distance;
  return Math.max(floor, 1 - perToken * tokens);
}

/** What one sentence says for a relation, before it is combined with other sentences. */
export interface EvidenceInput {
  /** A named evidence kind, or a cue's own weight (cues.json, the CAMEO map). */
  base: EvidenceKind | number;
  /** How sure each end is (a subject found through "which" is less sure than one right before). */
  ends?: readonly number[];
  /** Weakening factors, applied in order. */
  modifiers?: readonly ModifierKind[];
  /** Words between the cue and its farther end. */
  distance?: number;
}

/**
 * A relation's confidence from one piece of evidence: the base strength times the ends'
 * certainties, the modifiers and the distance factor (in that order), clamped to [0, 1].
 */
export function relationConfidence(input: EvidenceInput): number {
  let value = typeof input.base === 'number' ? input.base : strength(input.base);
  for (const end of input.ends ?? []) value *= end;
  for (const kind of input.modifiers ?? []) value *= modifier(kind);
  if (input.distance !== undefined) value *= distanceFactor(input.distance);
  return clampConfidence(value);
}

export function clampConfidence(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/**
 * The one combination rule for a triple found in several sentences lives in graph-schema, so the
 * extractor's RelationSet and `dedupeRelations` (loader, exports) share it: a noisy-or over the
 * distinct sentences, never above 1.
 */
export { combineConfidences } from '@newsgraph/graph-schema';
