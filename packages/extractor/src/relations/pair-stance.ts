import type { EntityRelationType, EntityType } from '@newsgraph/graph-schema';
import { classifyPair, shippedPairModel } from '../pair-stance/index.js';
import { pairFeatures } from '../pair-stance/pair-features.js';
import { joinedByVerb } from '../pair-stance/pair-syntax.js';
import { relationConfidence } from './confidence.js';
import type { ExtractOptions } from '../types.js';
import type { SyntaxCache } from '../syntax/syntax-cache.js';
import type { SentenceSyntax } from '../syntax/types.js';
import type { FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import type { RelatedPairs } from './related-pairs.js';
import { isClaimedAct } from './reported-claim.js';
import type { SentenceView, Unit } from './sentence-view.js';

/** The ends stance edges join. */
const STANCE_ENDS: ReadonlySet<EntityType> = new Set(['Person', 'State', 'Organization', 'Group']);
/** The most distinct actors a sentence the classifier reads may name. */
const MAX_ACTORS = 3;
/** The classifier's classes (PAIR_LABELS) as a relation and whether it runs from B to A. */
const VERDICTS: ReadonlyArray<[EntityRelationType, boolean] | undefined> = [
  undefined,
  ['SUPPORTS', false],
  ['SUPPORTS', true],
  ['OPPOSES', false],
  ['OPPOSES', true],
];

/**
 * The trained pair classifier (`model/pair-stance.bin.gz`) for pairs of one sentence the rules
 * related in no way: a stance edge where it is at least its threshold sure, weaker than any rule's.
 * Nothing where the span between the two is not stated as fact (a question, a negation, a modal,
 * a hypothetical, someone's claim), as the rules' own checks read it.
 */
export function pairStance(
  env: FrameEnv,
  related: RelatedPairs,
  options: Pick<ExtractOptions, 'pairStance' | 'pairCandidates'>,
  syntaxCache?: SyntaxCache,
): void {
  const { view } = env;
  if (view.question) return;
  const units = view.units.filter(
    (u): u is Unit & { actor: NonNullable<Unit['actor']> } =>
      u.actor !== undefined && STANCE_ENDS.has(u.actor.type),
  );
  // Articles name many bystanders a sentence: a sentence of more than three actors is not read,
  // nor an actor the rules already related here (its stance in this sentence is told).
  if (units.length < 2 || new Set(units.map((u) => u.actor.id)).size > MAX_ACTORS) return;
  // Read only when asked: a training script collecting pairs may run before any model exists.
  const model = options.pairStance === true ? shippedPairModel() : undefined;
  const threshold = model?.proposalMargin ?? Infinity;
  let syntax: SentenceSyntax | undefined;
  for (let i = 0; i < units.length; i++)
    for (let j = i + 1; j < units.length; j++) {
      const a = units[i];
      const b = units[j];
      if (a === undefined || b === undefined || a.actor.id === b.actor.id) continue;
      if (
        b.firstToken <= a.lastToken ||
        related.involves(a.actor.id) ||
        related.involves(b.actor.id)
      )
        continue;
      const ends = [
        { first: a.firstToken, last: a.lastToken },
        { first: b.firstToken, last: b.lastToken },
      ] as const;
      syntax ??= syntaxCache?.get(view.sentence);
      options.pairCandidates?.(view, ...ends, syntax);
      if (model === undefined) continue;
      const features = pairFeatures(view, ...ends, syntax);
      const verdict = classifyPair(model, features);
      const meaning = VERDICTS[verdict.label];
      if (meaning === undefined || verdict.margin < threshold) continue;
      // The classifier reads words and roles but still calls bystanders in news (a speaker and a
      // name in what was said): only a pair one verb joins, actor and acted-on, is kept.
      if (syntax === undefined || !joinedByVerb(syntax, charSpan(view, a), charSpan(view, b)))
        continue;
      if (isNonFactual(env.cues, view, a.firstToken, b.firstToken)) continue;
      if (isClaimedAct(env.cues, view, a.firstToken, b.firstToken)) continue;
      const [type, backward] = meaning;
      env.emit({
        type,
        source: backward ? b.actor : a.actor,
        target: backward ? a.actor : b.actor,
        confidence: relationConfidence({ base: 'pair-classifier' }),
        evidence: env.evidence,
      });
    }
}

function charSpan(view: SentenceView, u: Unit): { start: number; end: number } {
  return { start: view.tokens[u.firstToken]?.start ?? 0, end: view.tokens[u.lastToken]?.end ?? 0 };
}
