import type { Relation } from '@newsgraph/graph-schema';
import type { Analysis, ExtractOptions } from '../types.js';
import { SyntaxCache } from '../syntax/index.js';
import { agentBeforeComplement } from './agent-before-complement.js';
import { agentList } from './agent-list.js';
import { criticsSay, invertedAgents, joinedAgents } from './critics-list.js';
import { ArticleContext } from './article-context.js';
import { joinedIn } from './joined-in.js';
import { participleApposition } from './participle-apposition.js';
import { withoutLeaderStances } from './leader-stance.js';
import { withoutPeopleOnOwnLeader } from './led-state-stance.js';
import { resolveCameoHits } from './cameo/resolve-cameo.js';
import { clauseEnv, clauseFrame } from './clause-frame.js';
import { deniedCharge } from './denied-charge.js';
import { cuesFor } from './cue-lexicon.js';
import { applyFrame } from './cue-frames.js';
import { STRUCTURAL, type FrameEnv } from './frame-env.js';
import { matchCues, type CueHit } from './cue-matches.js';
import { OfficeStates } from './office-projection.js';
import { OwnedObjects } from './owned-objects.js';
import { DiscourseOwners } from './discourse-owners.js';
import { countedGroupCandidates } from './counted-groups.js';
import { RelationSet, type Candidate } from './relation-set.js';
import { RelatedPairs } from './related-pairs.js';
import { extractRoles } from './roles.js';
import { roleMembership } from './role-membership.js';
import { isStateBody } from './member-bodies.js';
import { buildSentenceView, type SentenceView } from './sentence-view.js';
import { isAttributiveJudgement } from './attributive-judgement.js';
import { isRated } from './vader/rated-forms.js';
import { quoteStance } from './quote-stance.js';
import { pairStance } from './pair-stance.js';
import { passingStances } from './passing-stances.js';
import { coercionFrames } from './coercion-28.js';
import { ownedActFeelings } from './owned-act-feelings.js';
import { threatenedCoercion } from './threatened-coercion.js';
import { shouldHaveCriticism } from './should-have.js';
import { wantedEnd } from './wanted-end.js';
import { isMatchBetweenSides, isResultInReport } from './sports-sides.js';

export { loadCueLexicon, defaultCueLexicon, type CompiledCues } from './cue-lexicon.js';
export {
  CueLexiconSchema,
  CUE_FRAMES,
  CUE_RELATIONS,
  type CueLexicon,
  type CueFamily,
  type CueFrame,
} from './cue-lexicon-schema.js';

/**
 * OPPOSES, SUPPORTS, ALLIED_WITH, MEMBER_OF, LEADS and REPRESENTS between the entities of an
 * analysed article, each with the sentences it rests on and a confidence. Cues come from
 * `options.cues` (validated; CONFIG_INVALID when malformed) or the bundled cues.json.
 */
export function extractRelations(analysis: Analysis, options: ExtractOptions): Relation[] {
  const cues = cuesFor(options.cues);
  const ctx = new ArticleContext(analysis);
  const set = new RelationSet();
  const syntax = new SyntaxCache(analysis.text);
  const related = new RelatedPairs();
  let emitted = 0;
  const offices = new OfficeStates(cues);
  const emitOne = (candidate: Candidate): void => {
    const { type, source, target } = candidate;
    const sourceEntity = ctx.entities.get(source.id);
    if (isMatchBetweenSides(type, sourceEntity, ctx.entities.get(target.id))) return;
    if (isResultInReport(analysis.sports, type, sourceEntity)) return;
    if (type === 'MEMBER_OF' && source.type === 'Person' && isStateBody(ctx, target.id)) return;
    related.add(candidate.source, candidate.target);
    set.add(candidate);
    emitted++;
    // A role in a body of people, from a title or a cue ("X, the head of Y"), implies membership.
    const member = roleMembership(ctx, candidate);
    if (member) set.add(member);
    offices.observe(candidate, set);
  };
  // "the two Nordic countries": a counted group's relation is each listed member's.
  const emit = (c: Candidate): void => countedGroupCandidates(ctx, c).forEach(emitOne);
  const owned = new OwnedObjects();
  const discourse = new DiscourseOwners();
  for (const sentence of analysis.sentences) {
    related.clear();
    const mentions = ctx.mentionsBySentence.get(sentence.index);
    if (mentions === undefined || mentions.length === 0) continue;
    const view = buildSentenceView(ctx, sentence);
    offices.reset(ctx, view);
    const evidence = { start: sentence.start, end: sentence.end, text: view.sentenceText };
    extractRoles({ ctx, cues, view, evidence, emit });
    if (!view.units.some((unit) => unit.actor)) continue;
    discourse.record(view);
    const hits = resolveCameoHits(matchCues(cues, view), view);
    const { cueStarts, stanceVerbs } = hitStarts(hits, view);
    const env = { ctx, cues, view, evidence, cueStarts, stanceVerbs, emit, owned, discourse };
    // Cues the token frames found no ends for are read again through the sentence's syntax.
    const unresolved = hits.filter((hit) => {
      const before = emitted;
      for (const form of hit.forms) applyFrame(env, hit, form);
      return emitted === before;
    });
    agentBeforeComplement(env);
    agentList(env, hits);
    invertedAgents(env, hits);
    joinedAgents(env, hits);
    criticsSay(env);
    ownedActFeelings(env);
    passingStances(env, hits);
    coercionFrames(env);
    threatenedCoercion(env, hits);
    joinedIn(env, hits);
    participleApposition(env, hits);
    shouldHaveCriticism(env);
    deniedCharge(env);
    lastReadings(env, { syntax, related, unresolved, options });
    owned.record(cues, view);
  }
  return withoutSelfStances(set.relations(options.minConfidence ?? 0), analysis);
}

/**
 * The readings that come after every frame: a wanted end ("X wants Y's tariffs lifted"),
 * quotations, the clause parse for cues no frame resolved, and (when asked) the trained
 * classifier for pairs nothing related.
 */
function lastReadings(
  env: FrameEnv,
  rest: {
    syntax: SyntaxCache;
    related: RelatedPairs;
    unresolved: CueHit[];
    options: ExtractOptions;
  },
): void {
  wantedEnd(env);
  quoteStance(env, rest.unresolved);
  clauseFrame(clauseEnv(env, rest.syntax, rest.related), rest.unresolved);
  if (rest.options.pairStance === true || rest.options.pairCandidates !== undefined)
    pairStance(env, rest.related, rest.options, rest.syntax);
}

/** Stances between a state and its own leader that take no side (leader-stance.ts, led-state-stance.ts). */
function withoutSelfStances(relations: Relation[], analysis: Analysis): Relation[] {
  return withoutPeopleOnOwnLeader(withoutLeaderStances(relations), analysis.mentions);
}

const NO_STARTS: { cueStarts: ReadonlySet<number>; stanceVerbs: ReadonlySet<number> } = {
  cueStarts: new Set<number>(),
  stanceVerbs: new Set<number>(),
};

/** Where the sentence's cues start that end no object, and where its stance verbs start. */
function hitStarts(
  hits: readonly CueHit[],
  view: SentenceView,
): { cueStarts: ReadonlySet<number>; stanceVerbs: ReadonlySet<number> } {
  // Most sentences have no cue: one shared pair of empty sets, never written, serves them.
  if (hits.length === 0) return NO_STARTS;
  const cueStarts = new Set<number>();
  const stanceVerbs = new Set<number>();
  for (const hit of hits) {
    // Participles often head reduced relatives ("the tariffs imposed by X"): they do not end an
    // object; nor do dictionary verbs, many of them nouns too ("filed a claim against X").
    if (
      hit.forms.some((f) => f.shape !== 'past' && f.cameo === undefined && !isRated(f)) &&
      !isAttributiveJudgement(view, hit)
    )
      cueStarts.add(hit.startToken);
    // Verbs taking a stance: another one between a subject and a cue makes the cue nested.
    if (hit.forms.some((f) => f.family.frame === 'verb' && !STRUCTURAL.has(f.family.relation)))
      stanceVerbs.add(hit.startToken);
  }
  return { cueStarts, stanceVerbs };
}
