import type { CueFamily, CueRelation } from '../cue-lexicon-schema.js';
import type { CueForm } from '../cue-lexicon.js';
import type { CueHit } from '../cue-matches.js';
import type { SentenceView } from '../sentence-view.js';
import { nearWords, readCameo } from './cameo-match.js';
import { withProps } from '../../with-props.js';

/** One family per relation and weight, by relation, then weight (no key string per reading). */
const families = new Map<CueRelation, Map<number, CueFamily>>();

function familyFor(relation: CueRelation, weight: number): CueFamily {
  let byWeight = families.get(relation);
  if (byWeight === undefined) families.set(relation, (byWeight = new Map<number, CueFamily>()));
  let family = byWeight.get(weight);
  if (family === undefined) {
    family = { relation, frame: 'verb', weight, cues: ['(CAMEO dictionary)'] };
    byWeight.set(weight, family);
  }
  return family;
}

/**
 * Gives each CAMEO verb hit the one relation its patterns or code give in this sentence (the
 * most specific reading among the blocks listing the verb); hits that mean nothing are dropped.
 */
export function resolveCameoHits(hits: readonly CueHit[], view: SentenceView): CueHit[] {
  const out: CueHit[] = [];
  for (const hit of hits) {
    if (!hit.forms.some((form) => form.cameo !== undefined)) {
      out.push(hit);
      continue;
    }
    const plain = hit.forms.filter((form) => form.cameo === undefined);
    let best: { form: CueForm; specificity: number } | undefined;
    // The words near the verb are the same for each of its dictionary forms: read once.
    let near: ReadonlySet<string> | undefined;
    for (const form of hit.forms) {
      if (form.cameo === undefined) continue;
      if (form.cameo.block.patterns.length > 0) near ??= nearWords(view, hit);
      const reading = readCameo(form.cameo, view, hit, near);
      if (best !== undefined && reading.specificity <= best.specificity) continue;
      best = {
        specificity: reading.specificity,
        form:
          reading.relation === null
            ? withProps(form, { cameo: undefined, weight: -1 })
            : reading.relation === form.family.relation && reading.via === undefined
              ? form
              : withProps(form, {
                  family: familyFor(reading.relation, form.weight),
                  ...(reading.via === undefined ? {} : { via: [reading.via] }),
                }),
      };
    }
    const forms = best && best.form.weight >= 0 ? [...plain, best.form] : plain;
    if (forms.length === 0) continue;
    // Most hits read as their placeholder said: the hit itself, no new object.
    const same = forms.length === hit.forms.length && forms.every((f, i) => f === hit.forms[i]);
    out.push(same ? hit : withForms(hit, forms));
  }
  return out;
}

/** The hit with the read forms, in the shape cue-matches gives every hit (a spread is slower). */
function withForms(hit: CueHit, forms: readonly CueForm[]): CueHit {
  const { start, end, startToken, endToken, glued } = hit;
  return { start, end, startToken, endToken, forms, glued };
}
