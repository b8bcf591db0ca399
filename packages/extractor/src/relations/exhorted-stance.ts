import type { SentenceSyntax, VerbGroup } from '../syntax/index.js';
import type { CueHit } from './cue-matches.js';
import { adjunctWords } from './adjunct-words.js';
import { controllerPastAdjuncts } from './adjunct-controller.js';
import type { ClauseFrameEnv } from './clause-frame.js';
import { actorsOf, factualFrom, isStanceVerb, PARSE_WEIGHT, viewToken } from './clause-parse.js';
import { emit } from './frame-env.js';
import { isDemandCue } from './demanded-measure.js';
import { isNonFactual } from './modality.js';
import { pairKey } from './related-pairs.js';

/**
 * "X urged voters to back Y", "X called on Z to condemn Y": the one urging takes the stance it
 * urges on others. The infinitive's controller is the urging verb's object, and that verb is a
 * demand cue (`demand` families), or that object is a thing issued to serve the stance ("X
 * released an ad to attack Y"); the urging verb must be factual. True when it applied.
 */
export function exhortedStance(
  env: ClauseFrameEnv,
  syntax: SentenceSyntax,
  verb: VerbGroup,
  hit: CueHit,
): boolean {
  // "to back Y", not "to stop attacking Y": the stance verb is the infinitive itself.
  if (!verb.infinitive || syntax.words[verb.main - 1] !== 'to') return false;
  const past = controllerPastAdjuncts(syntax, verb);
  const urging = past?.urging ?? urgingVerb(syntax, verb);
  if (urging === undefined || urging.negated || urging.modal !== undefined) return false;
  const controlled = past !== undefined || verb.subjectSource === 'controller';
  const main = syntax.words[urging.main] ?? '';
  const phrase = `${main} ${syntax.words[urging.main + 1] ?? ''}`;
  // "X launched a website to attack Y": a thing X issues (`stanceCarriers`) serves X's stance.
  const controller = syntax.phrases[past?.controller ?? verb.subject[0] ?? -1];
  const carrier =
    controlled && env.cues.context.stanceCarriers.has(syntax.words[controller?.head ?? -1] ?? '');
  // "X used the summit to attack Y", "X seized on the report to attack Y": the object of a verb
  // of purpose, or of its "on", serves the subject's stance (`urging` was reached through either).
  const purpose = adjunctWords().purposeVerbs.has(main);
  if (!isDemandCue(env.cues, main) && !isDemandCue(env.cues, phrase) && !carrier && !purpose)
    return false;
  const sources = actorsOf(env, syntax, urging.subject, false);
  const targets = actorsOf(env, syntax, verb.object, true);
  const urgingToken = viewToken(env, syntax, urging.main);
  const from = factualFrom(env, syntax, urging, sources.first);
  if (isNonFactual(env.cues, env.view, from, urgingToken)) return true;
  for (const form of hit.forms.filter(isStanceVerb))
    for (const source of sources.actors)
      for (const target of targets.actors)
        if (source.id !== target.id && !env.related.has(pairKey(source, target)))
          emit(env, form.family.relation, source, target, form.weight * PARSE_WEIGHT);
  return true;
}

/** The verb whose object ("urged Z to"), or whose "on"/"upon" phrase ("called on Z to"), controls it. */
function urgingVerb(syntax: SentenceSyntax, verb: VerbGroup): VerbGroup | undefined {
  if (verb.subjectSource === 'controller')
    return syntax.verbs.find((v) => v.object.includes(verb.subject[0] ?? -1));
  if (verb.subject.length > 0) return undefined;
  const phrase = syntax.phrases[syntax.phraseAt[verb.start - 1] ?? -1];
  if (phrase === undefined || phrase.end !== verb.start) return undefined;
  const on = syntax.words[phrase.start - 1];
  if (on !== 'on' && on !== 'upon') return undefined;
  return syntax.verbs.find((v) => v.end === phrase.start - 1);
}
