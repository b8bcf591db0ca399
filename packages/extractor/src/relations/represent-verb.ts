import { emitRole, gap, type RoleEnv } from './title-env.js';
import { REPRESENT_AUXILIARIES, REPRESENT_VERBS } from './title-generic.js';
import { strength } from './confidence.js';

// Between the person and the body: an optional comma and lower-case words (the last may be "the").
const GAP = /^(,?)\s+((?:\p{Ll}+\s+){1,5})$/u;

/**
 * "X will represent the G8 at the talks", "X, who represents Y,": a person speaks for the state or
 * body right after the verb (GUIDELINES: REPRESENTS). Only auxiliaries of fact or plan may stand
 * before it ("will", "is to", "who"): "may represent", "does not represent" give nothing, nor does
 * a person as object ("represents Mr Abbasi"), which is no relation end.
 */
export function representVerbs(env: RoleEnv): void {
  const { units } = env.view;
  units.forEach((unit, u) => {
    const next = units[u + 1];
    if (unit.mention.type !== 'Person' || !unit.actor || next?.actor === undefined) return;
    if (next.actor.type !== 'State' && next.actor.type !== 'Organization') return;
    const match = GAP.exec(gap(env.view, unit.end, next.start));
    const words = (match?.[2]?.trim().split(/\s+/u) ?? []).filter(
      (w, i, all) => i < all.length - 1 || w !== 'the',
    );
    const verb = words.at(-1);
    if (match === null || verb === undefined || !REPRESENT_VERBS.has(verb)) return;
    const before = words.slice(0, -1);
    if (!before.every((w) => REPRESENT_AUXILIARIES.has(w))) return;
    // "X, who represents Y" and "X, representing Y": after a comma only those two readings.
    if (
      match[1] === ',' &&
      before[0] !== 'who' &&
      !(before.length === 0 && verb === 'representing')
    )
      return;
    emitRole(env, {
      type: 'REPRESENTS',
      source: unit.actor,
      target: next.actor,
      confidence: strength('represent-verb'),
    });
  });
}
