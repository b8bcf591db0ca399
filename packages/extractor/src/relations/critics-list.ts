import { actEvaluationWords } from './act-evaluation-words.js';
import { relationConfidence } from './confidence.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { frameWords } from './frame-words.js';
import { STRUCTURAL, emit, emitPairs, subjectOf, targetOf, type FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import { ownedActAt } from './owned-act.js';
import type { Side } from './subject.js';
import { groupAfter } from './target.js';
import { COPULAS, HAVE_FORMS, POSSESSIVES } from './word-classes.js';

const LIST_OPENERS = frameWords().agentListOpeners;
/** "Critics believe Y's plan ...": a held view, like a statement, says what they judge. */
const BELIEF_VERBS = frameWords().beliefVerbs;
/** Dashes that set off an aside, as commas do; syntax, so kept beside the rule. */
const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
/** Possessives before the critics' noun: whose critics they are. */
const OWNED_BY: ReadonlySet<string> = new Set([...POSSESSIVES, 'his', 'her', 'its', 'their']);
/** How many fillers may stand between "join" and the agent noun ("joined a growing chorus of"). */
const JOIN_REACH = 4;

/**
 * "Critics, including X and Z, say Y's plan could hurt workers", "Critics – including X and Z –
 * believe the plans of Y ...": critics named by a list, who
 * say something of an act a named actor owns, oppose its owner (each named member acts). Read
 * only when the speech verb follows the list and the owned act opens what they say.
 */
export function criticsSay(env: FrameEnv): void {
  const { view } = env;
  const { criticNouns } = actEvaluationWords();
  for (let t = 0; t < view.words.length - 4; t++) {
    if (!criticNouns.has(view.words[t] ?? '')) continue;
    // "Russia's critics, including X, say ...": critics of someone else, who may judge anything.
    if (OWNED_BY.has(view.words[t - 1] ?? '')) continue;
    // "Critics – including X and Z – believe ...": a list set off by dashes as by commas.
    const dashed = DASHES.has(view.words[t + 1] ?? '');
    const open = listOpening(view.words, dashed ? t + 2 : t + 1);
    if (open < 0) continue;
    const group = listedGroup(env, open);
    if (group === undefined) continue;
    let k = group.lastToken + 1;
    if (view.words[k] === ',' || (dashed && DASHES.has(view.words[k] ?? ''))) k++;
    if (HAVE_FORMS.has(view.words[k] ?? '')) k++;
    const verb = k;
    const word = view.words[verb] ?? '';
    if (!env.cues.context.speechVerbs.has(word) && !BELIEF_VERBS.has(word)) continue;
    const act = ownedActAt(env, view.words[verb + 1] === 'that' ? verb + 2 : verb + 1, true);
    if (act === undefined || isNonFactual(env.cues, view, group.lastToken + 1, verb)) continue;
    if (isNonFactual(env.cues, view, Math.max(0, t - 3), t)) continue;
    const confidence = relationConfidence({
      base: 'critics-list',
      ends: [group.certainty, act.owner.certainty],
      modifiers: group.actors.length > 1 ? ['several-actors'] : [],
    });
    for (const s of group.actors)
      for (const o of act.owner.actors) if (s.id !== o.id) emit(env, 'OPPOSES', s, o, confidence);
  }
}

/**
 * "Among the critics of Y were X and Z", "Critics of Y's plan include X": the agents of a plural
 * stance noun named after a copula or "include" take its stance toward its complement.
 */
export function invertedAgents(env: FrameEnv, hits: readonly CueHit[]): void {
  const { view } = env;
  for (const hit of hits) {
    const form = pluralAgentForm(env, hit);
    if (form === undefined) continue;
    const among = amongBefore(view.words, hit.startToken);
    if (among < 0 && !opensSentence(view.words, hit.startToken)) continue;
    const target = targetOf(env, hit, form);
    if (target === undefined) continue;
    const k = afterComplement(env, target);
    const linker = among >= 0 ? copulaAt(view.words, k) : includeAt(view.words, k);
    if (linker < 0) continue;
    const source = listedGroup(env, linker);
    if (source === undefined || source.actors.some((a) => target.actors.includes(a))) continue;
    if (isNonFactual(env.cues, view, Math.max(0, among), source.firstToken)) continue;
    emitPairs(env, form, source, target, hit);
  }
}

/**
 * "X joined other critics of Y", "X has joined the chorus of critics of Y's plan": the subject of
 * "join" becomes one of the agents of a plural stance noun after it.
 */
export function joinedAgents(env: FrameEnv, hits: readonly CueHit[]): void {
  const { view } = env;
  const { joinVerbs, joinFillers } = actEvaluationWords();
  for (const hit of hits) {
    const form = pluralAgentForm(env, hit);
    if (form === undefined) continue;
    let j = hit.startToken - 1;
    while (j > hit.startToken - 1 - JOIN_REACH && joinFillers.has(view.words[j] ?? '')) j--;
    if (j < 1 || !joinVerbs.has(view.words[j] ?? '')) continue;
    const target = targetOf(env, hit, form);
    const source = subjectOf(env, { ...hit, startToken: j, endToken: j + 1 }, 'verb');
    if (target === undefined || source === undefined) continue;
    if (isNonFactual(env.cues, view, source.firstToken, j)) continue;
    if (source.actors.some((a) => target.actors.includes(a))) continue;
    emitPairs(env, form, source, target, hit);
  }
}

/** "critics of", "opponents of", "supporters of": an agent cue of a stance, in the plural. */
function pluralAgentForm(env: FrameEnv, hit: CueHit): CueForm | undefined {
  if (!(env.view.words[hit.endToken - 2] ?? '').endsWith('s')) return undefined;
  return hit.forms.find((f) => f.family.frame === 'agent' && !STRUCTURAL.has(f.family.relation));
}

/** The token after the complement, past an act it owns ("critics of Y's plan were"). */
function afterComplement(env: FrameEnv, target: Side): number {
  const act = ownedActAt(env, target.firstToken);
  return (
    (act !== undefined && act.owner.lastToken === target.lastToken ? act.end : target.lastToken) + 1
  );
}

/** "Among the (fiercest) critics of": the token of "among" a few words before, opening a clause. */
function amongBefore(words: readonly string[], cue: number): number {
  for (let k = cue - 1; k >= Math.max(0, cue - 3); k--) {
    if (words[k] === 'among') return opensSentence(words, k) ? k : -1;
    if (!/^\p{Ll}+$/u.test(words[k] ?? '')) return -1;
  }
  return -1;
}

/** At the sentence's start, past a determiner or adjective or two, or after a comma or quote. */
function opensSentence(words: readonly string[], t: number): boolean {
  for (let k = t - 1; k >= Math.max(-1, t - 3); k--) {
    if (k < 0) return true;
    const word = words[k] ?? '';
    if (word === ',' || word === '"' || word === '“' || word === 'but' || word === 'and')
      return true;
    if (!/^\p{Ll}+$/u.test(word) || word === 'of') return false;
  }
  return false;
}

/** The token after a copula at `k` ("were", "have been"), or -1. */
export function copulaAt(words: readonly string[], k: number): number {
  if (HAVE_FORMS.has(words[k] ?? '') && words[k + 1] === 'been') return k + 2;
  return COPULAS.has(words[k] ?? '') ? k + 1 : -1;
}

/** The token after "include(s/d)" at `k` ("have included"), or -1. */
export function includeAt(words: readonly string[], k: number): number {
  const { includeVerbs } = actEvaluationWords();
  const at = HAVE_FORMS.has(words[k] ?? '') ? k + 1 : k;
  return includeVerbs.has(words[at] ?? '') && words[at] !== 'including' ? at + 1 : -1;
}

/** The token after "including" / "such as" at `t` (after an optional comma), else -1. */
export function listOpening(words: readonly string[], t: number): number {
  const at = words[t] === ',' ? t + 1 : t;
  if (LIST_OPENERS.has(words[at] ?? '')) return at + 1;
  if (words[at] === 'such' && words[at + 1] === 'as') return at + 2;
  return -1;
}

/** The actors listed right after token `from` ("including X and Z", "were X and Z"). */
export function listedGroup(env: FrameEnv, from: number): Side | undefined {
  return groupAfter({ cues: env.cues, view: env.view, from, maxGap: 1, cueStarts: env.cueStarts });
}
