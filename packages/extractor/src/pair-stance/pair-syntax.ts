import { lexicon } from '../lexicon/lexicon.js';
import type { SentenceSyntax, VerbGroup } from '../syntax/types.js';

/** A mention as a character span [start, end) in the text the syntax was parsed from. */
export interface CharSpan {
  start: number;
  end: number;
}

/** A mention's part in one verb group: its subject, object, passive agent, or a phrase after it. */
interface Role {
  verb: number;
  role: string;
}

/**
 * The parse's reading of a pair (A first in the text): which verb group joins the two and in what
 * roles, whether a speech verb has one of them as speaker, one clause or two, a coordination or
 * an apposition, and whether either only owns the phrase it stands in. Words alone cannot tell
 * "X criticised Y" from "X said Y arrived"; the roles can, and they carry no name.
 */
export function syntaxFeatures(
  syntax: SentenceSyntax,
  a: CharSpan,
  b: CharSpan,
  add: (name: string, value: string) => void,
): void {
  const ta = lastTokenIn(syntax, a);
  const tb = lastTokenIn(syntax, b);
  if (ta < 0 || tb < 0) return add('syntax', 'unaligned');
  const pa = syntax.phraseAt[ta] ?? -1;
  const pb = syntax.phraseAt[tb] ?? -1;
  add('clause', String(syntax.clauseAt[ta] === syntax.clauseAt[tb]));
  if (pa >= 0 && pa === pb) return add('syntax', 'one-phrase');
  const phraseA = syntax.phrases[pa];
  const phraseB = syntax.phrases[pb];
  add('possessive', `${phraseA?.possessive === true} ${phraseB?.possessive === true}`);
  if (phraseA !== undefined && phraseA.conjuncts.length > 1 && phraseA.conjuncts.includes(pb))
    add('coordinated', '');
  if (phraseB?.appositionTo === pa && pa >= 0) add('apposition', '');
  const rolesA = rolesOf(syntax, pa);
  const rolesB = rolesOf(syntax, pb);
  let linked = false;
  for (const ra of rolesA)
    for (const rb of rolesB) {
      if (ra.verb !== rb.verb) continue;
      const verb = syntax.verbs[ra.verb];
      if (verb === undefined) continue;
      linked = true;
      add('link', `${ra.role} ${rb.role}`);
      add('link-verb', `${ra.role} ${rb.role} ${syntax.words[verb.main] ?? ''}`);
      add('link-state', `${verb.voice} ${verb.negated} ${verb.modal !== undefined}`);
    }
  if (!linked) add('roles', `${rolesA[0]?.role ?? '-'} ${rolesB[0]?.role ?? '-'}`);
  speech(syntax, { ta, tb }, rolesA, rolesB, add);
}

/** A speech verb between the two with one of them its subject: "X said Y ...", "Y ..., X said". */
function speech(
  syntax: SentenceSyntax,
  { ta, tb }: { ta: number; tb: number },
  rolesA: readonly Role[],
  rolesB: readonly Role[],
  add: (name: string, value: string) => void,
): void {
  const speechVerbs = lexicon().speechVerbs;
  syntax.verbs.forEach((verb, k) => {
    if (!speechVerbs.has(syntax.words[verb.main] ?? '')) return;
    const between = verb.main > ta && verb.main < tb;
    const aSpeaks = rolesA.some((r) => r.verb === k && r.role === 'subj');
    const bSpeaks = rolesB.some((r) => r.verb === k && r.role === 'subj');
    if (between || aSpeaks || bSpeaks) add('speech', `${between} ${aSpeaks} ${bSpeaks}`);
  });
}

/** The roles of a phrase, or of the phrase it owns ("X's plan"), in the sentence's verb groups. */
function rolesOf(syntax: SentenceSyntax, p: number): Role[] {
  if (p < 0) return [];
  const own = direct(syntax, p);
  if (own.length > 0) return own;
  const owned = syntax.phrases.findIndex((q) => q.possessor === p);
  if (owned >= 0) return direct(syntax, owned).map((r) => ({ ...r, role: `owner-${r.role}` }));
  return [];
}

function direct(syntax: SentenceSyntax, p: number): Role[] {
  const out: Role[] = [];
  syntax.verbs.forEach((verb: VerbGroup, k) => {
    if (verb.subject.includes(p)) out.push({ verb: k, role: 'subj' });
    else if (verb.object.includes(p)) out.push({ verb: k, role: 'obj' });
    else if (verb.agent.includes(p)) out.push({ verb: k, role: 'agent' });
  });
  if (out.length > 0) return out;
  // A prepositional phrase: of the nearest verb group before it in its clause ("fought against Y").
  const phrase = syntax.phrases[p];
  if (phrase?.preposition === undefined) return out;
  const clause = syntax.clauseAt[phrase.start];
  for (let t = phrase.start - 1; t >= 0 && syntax.clauseAt[t] === clause; t--) {
    const k = syntax.verbAt[t] ?? -1;
    if (k >= 0) return [{ verb: k, role: `prep-${phrase.preposition}` }];
  }
  return out;
}

/** The last syntax token inside a span (its head, mostly), or -1. */
function lastTokenIn(syntax: SentenceSyntax, span: CharSpan): number {
  let found = -1;
  syntax.tokens.forEach((token, t) => {
    if (token.start >= span.start && token.start < span.end) found = t;
  });
  return found;
}

const ACTOR_ROLES = new Set(['subj', 'owner-subj', 'agent']);

/**
 * Whether one verb group has one of the two as its actor (subject, its owner, a passive agent)
 * and the other after it as object or prepositional object, with no speech verb between: the
 * construction a stance is stated in. A pair outside it (a speaker and a name in what was said,
 * two names of one event) is, in news, almost always neutral.
 */
export function joinedByVerb(syntax: SentenceSyntax, a: CharSpan, b: CharSpan): boolean {
  const ta = lastTokenIn(syntax, a);
  const tb = lastTokenIn(syntax, b);
  if (ta < 0 || tb < 0) return false;
  const speechVerbs = lexicon().speechVerbs;
  for (let t = ta + 1; t < tb; t++) {
    const k = syntax.verbAt[t] ?? -1;
    if (k >= 0 && speechVerbs.has(syntax.words[syntax.verbs[k]?.main ?? -1] ?? '')) return false;
  }
  // "German researchers accused Y", "blamed Albanian dissidents": a name that only modifies the
  // phrase's head is not the one acting or acted on.
  if (!heads(syntax, ta) || !heads(syntax, tb)) return false;
  const rolesA = rolesOf(syntax, syntax.phraseAt[ta] ?? -1);
  const rolesB = rolesOf(syntax, syntax.phraseAt[tb] ?? -1);
  const joins = (x: readonly Role[], y: readonly Role[]): boolean =>
    x.some(
      (r) =>
        ACTOR_ROLES.has(r.role) && y.some((s) => s.verb === r.verb && !ACTOR_ROLES.has(s.role)),
    );
  return joins(rolesA, rolesB) || joins(rolesB, rolesA);
}

/** The token heads its noun phrase, or ends one that owns the next ("Y's plan"). */
function heads(syntax: SentenceSyntax, t: number): boolean {
  const phrase = syntax.phrases[syntax.phraseAt[t] ?? -1];
  return phrase !== undefined && (phrase.head === t || phrase.possessive);
}
