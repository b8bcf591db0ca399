import { emitRole, gap, type RoleEnv } from './title-env.js';
import { governmentOf } from './title-anaphor.js';
import { strength } from './confidence.js';

// "the administration of X" before the name; "X's administration", "the X administration" after.
const BEFORE = /\badministration\s+of\s+(?:President\s+|Prime\s+Minister\s+)?$/u;
const AFTER = /^(?:['’]s)?\s+administration\b/u;
const FORMER = /\b(?:former|previous|late|past)\s+(?:[\p{L}-]+\s+)?$/iu;
// "a top job in a Hillary Clinton administration", "any future Trump administration": an
// administration one may have, not one anyone heads.
const HYPOTHETICAL =
  /\b(?:an?|any|another|future|possible|potential|would-be)\s+(?:[\p{L}-]+\s+)?$/iu;

/**
 * "The administration of X", "the X administration": X heads the government the actor table
 * puts him in, when the article names that state. Not "a/any/a future X administration", one
 * that may come.
 */
export function administrations(env: RoleEnv): void {
  const { view, ctx } = env;
  for (const unit of view.units) {
    if (unit.mention.type !== 'Person') continue;
    const before = gap(view, view.sentence.start, unit.mention.start);
    const after = gap(view, unit.mention.end, view.sentence.end);
    if (!BEFORE.test(before) && !AFTER.test(after)) continue;
    if (FORMER.test(before.replace(BEFORE, ''))) continue;
    if (AFTER.test(after) && HYPOTHETICAL.test(before)) continue;
    const entity = ctx.entities.get(unit.mention.entityId);
    const state = governmentOf(entity?.attributes);
    if (entity === undefined || state === undefined || !ctx.entities.has(`state:${state}`))
      continue;
    emitRole(env, {
      type: 'LEADS',
      source: { id: entity.id, type: 'Person' },
      target: { id: `state:${state}`, type: 'State' },
      confidence: strength('title-administration'),
    });
  }
}
