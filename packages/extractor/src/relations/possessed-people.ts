import { peopleNouns } from './people-nouns.js';
import type { SentenceView, Unit } from './sentence-view.js';
import { DETERMINERS, POSSESSIVES, PREPOSITIONS } from './word-classes.js';

const LOWER_WORD = /^\p{Ll}+$/u;
const CAPITALISED_WORD = /^\p{Lu}[\p{L}-]*$/u;
/** Words or names between a possessor and its peers' noun ("Germany's closest NATO allies"). */
const PEER_REACH = 3;

/**
 * "accused Mr. Y's critics of hypocrisy", "expressed support for Y's rebels", "praised Y's eldest
 * son": a possessor before a noun for its critics, rivals, rebels or kin (at most two plain words
 * between, people-nouns.json `possessedPeople`) is not the one the stance is on; those people
 * are, and they are no actor. With `peers` (an OPPOSES cue's object), so are a state's or
 * body's peers ("criticised Germany's NATO partners": `peerNouns`), which are other states;
 * backing them ("promised to embrace America's allies") sides with the possessor's camp, and
 * the stance benchmark reads it as support for the possessor, so SUPPORTS keeps it.
 */
export function possessesPeople(view: SentenceView, unit: Unit, peers = false): boolean {
  if (view.tokens[unit.lastToken]?.poss !== true) return false;
  if (!POSSESSIVES.has(view.words[unit.lastToken + 1] ?? '')) return false;
  return ownsPeople(view, unit.lastToken + 2) || (peers && ownsPeers(view, unit));
}

function ownsPeople(view: SentenceView, first: number): boolean {
  const heads = peopleNouns().possessedPeople;
  for (let t = first; t <= first + 2; t++) {
    const word = view.words[t] ?? '';
    if ((view.unitAt[t] ?? -1) >= 0 || !LOWER_WORD.test(word)) return false;
    // "Y's critics' letter": the people own what follows, which is the object.
    if (heads.has(word)) return !POSSESSIVES.has(view.words[t + 1] ?? '');
    if (DETERMINERS.has(word) || PREPOSITIONS.has(word)) return false;
  }
  return false;
}

/**
 * "Germany's allies", "Poland's EU partners", "France's European neighbours": a state, body or
 * group possessor, then up to three plain words, capitalised modifiers or names of no person,
 * then a peer noun. A person's allies stay out: a stance on them often aims at the person.
 */
function ownsPeers(view: SentenceView, unit: Unit): boolean {
  if (unit.actor === undefined || unit.actor.type === 'Person') return false;
  const peers = peopleNouns().peerNouns;
  let t = unit.lastToken + 2;
  for (let step = 0; step <= PEER_REACH; step++, t++) {
    const word = view.words[t] ?? '';
    const inner = view.units[view.unitAt[t] ?? -1];
    if (inner !== undefined) {
      if (inner.mention.type === 'Person') return false;
      t = inner.lastToken;
      continue;
    }
    if (peers.has(word)) return !POSSESSIVES.has(view.words[t + 1] ?? '');
    if (CAPITALISED_WORD.test(word)) continue;
    if (!LOWER_WORD.test(word) || DETERMINERS.has(word) || PREPOSITIONS.has(word)) return false;
  }
  return false;
}
