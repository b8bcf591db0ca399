import { z } from 'zod';
import { LowerWord, Phrase, parseWordLists } from '../lexicon/word-lists.js';
import frameJson from './frame-words.json' with { type: 'json' };

const FrameWordsSchema = z.object({
  attributiveOrdinals: z.array(LowerWord).min(1),
  verbParticles: z.array(LowerWord).min(1),
  placingPrepositions: z.array(LowerWord).min(1),
  titleVerbs: z.array(LowerWord).min(1),
  nonHeadNouns: z.array(LowerWord).min(1),
  frontedOpeners: z.array(LowerWord).min(1),
  agentListOpeners: z.array(LowerWord).min(1),
  addresseeVerbs: z.array(LowerWord).min(1),
  lyNonAdverbs: z.array(LowerWord).min(1),
  placeNouns: z.array(LowerWord).min(1),
  locatives: z.array(LowerWord).min(1),
  placeDirections: z.array(LowerWord).min(1),
  durationNouns: z.array(LowerWord).min(1),
  stimulusVerbs: z.array(LowerWord).min(1),
  nonStateGroups: z.array(LowerWord).min(1),
  opinionNouns: z.array(LowerWord).min(1),
  restatingVerbs: z.array(LowerWord).min(1),
  coSubjectOpeners: z.array(Phrase).min(1),
  defeatVerbs: z.array(LowerWord).min(1),
  notionNouns: z.array(LowerWord).min(1),
  objectDoerVerbs: z.array(LowerWord).min(1),
  beliefVerbs: z.array(LowerWord).min(1),
  allianceUndoers: z.array(LowerWord).min(1),
  receivingVerbs: z.array(LowerWord).min(1),
  ledForces: z.array(LowerWord).min(1),
  unrealisedModifiers: z.array(LowerWord).min(1),
  leadingVerbs: z.array(LowerWord).min(1),
});

export interface FrameWords {
  /** "the first contested primary": besides adverbs, between a determiner and an attributive participle. */
  attributiveOrdinals: ReadonlySet<string>;
  /** "stepped up the", "carried out the": particles of a phrasal verb. */
  verbParticles: ReadonlySet<string>;
  /** "voters in Ohio", "activists from Chile": an actor after them places a common noun. */
  placingPrepositions: ReadonlySet<string>;
  /** "Dutch champions Ajax": verb forms that are also a title right before a name. */
  titleVerbs: ReadonlySet<string>;
  /** "heads the OSCE mission", "the NATO summit": after a name, they make it a modifier. */
  nonHeadNouns: ReadonlySet<string>;
  /** "In a statement X said": words that open an adjunct before the subject. */
  frontedOpeners: ReadonlySet<string>;
  /** "critics of Y, including X": words that open the list of the agents. */
  agentListOpeners: ReadonlySet<string>;
  /** "X told reporters Y was lying": their object is spoken to, not judged. */
  addresseeVerbs: ReadonlySet<string>;
  /** "rally", "supply": words in -ly that are no adverbs. */
  lyNonAdverbs: ReadonlySet<string>;
  /** "in the streets of Y": nouns for a part of a place, which makes Y a place. */
  placeNouns: ReadonlySet<string>;
  /** "in", "across": before an actor (perhaps past a direction and a part), they make it a place. */
  locatives: ReadonlySet<string>;
  /** "the", "northern": words between a locative and the place. */
  placeDirections: ReadonlySet<string>;
  /** "for years", "for the first time": after "for", a span of time, not what the cue is for. */
  durationNouns: ReadonlySet<string>;
  /** "was encouraged by Y's announcement": the passive's agent is what moved the subject. */
  stimulusVerbs: ReadonlySet<string>;
  /** "a Mexican cartel": a demonym before them says where the group is from, not who acts. */
  nonStateGroups: ReadonlySet<string>;
  /** "its position that …": a held view, whose clause after "that" states the owner's judgement. */
  opinionNouns: ReadonlySet<string>;
  /** "reiterated its position that …": verbs that state a view held before such a noun. */
  restatingVerbs: ReadonlySet<string>;
  /** "X, along with Y, criticised Z": phrases opening an aside that names more doers, split in words. */
  coSubjectOpeners: readonly (readonly string[])[];
  /** "vetoed a UN resolution condemning Y": verbs keeping a resolution from effect ("voted down/against"). */
  defeatVerbs: ReadonlySet<string>;
  notionNouns: ReadonlySet<string>;
  objectDoerVerbs: ReadonlySet<string>;
  beliefVerbs: ReadonlySet<string>;
  /** "broke its alliance with Y", "considered a defence pact with Y": the alliance is over or not yet. */
  allianceUndoers: ReadonlySet<string>;
  /** "X read (received) a report criticising Y": X took the carrier in and did not issue it. */
  receivingVerbs: ReadonlySet<string>;
  /** "the Saudi-led coalition attacked Y": a force that acts for the actor glued before "-led". */
  ledForces: ReadonlySet<string>;
  /** "a possible US-led coalition": the thing modified does not exist yet. */
  unrealisedModifiers: ReadonlySet<string>;
  /** "a coalition led by X", "X leads a coalition": the verbs of leading a force. */
  leadingVerbs: ReadonlySet<string>;
}

let cached: FrameWords | undefined;

/** Word lists of the stance frames (frame-words.json), validated once. */
export function frameWords(): FrameWords {
  cached ??= readFrameWords(frameJson);
  return cached;
}

/** `data` checked as frame-words.json: CONFIG_INVALID naming the file and the entry if it does not fit. */
export function readFrameWords(data: unknown): FrameWords {
  const lists = parseWordLists(FrameWordsSchema, data, 'relations/frame-words.json');
  return {
    attributiveOrdinals: new Set(lists.attributiveOrdinals),
    verbParticles: new Set(lists.verbParticles),
    placingPrepositions: new Set(lists.placingPrepositions),
    titleVerbs: new Set(lists.titleVerbs),
    nonHeadNouns: new Set(lists.nonHeadNouns),
    frontedOpeners: new Set(lists.frontedOpeners),
    agentListOpeners: new Set(lists.agentListOpeners),
    addresseeVerbs: new Set(lists.addresseeVerbs),
    lyNonAdverbs: new Set(lists.lyNonAdverbs),
    placeNouns: new Set(lists.placeNouns),
    locatives: new Set(lists.locatives),
    placeDirections: new Set(lists.placeDirections),
    durationNouns: new Set(lists.durationNouns),
    stimulusVerbs: new Set(lists.stimulusVerbs),
    nonStateGroups: new Set(lists.nonStateGroups),
    opinionNouns: new Set(lists.opinionNouns),
    restatingVerbs: new Set(lists.restatingVerbs),
    coSubjectOpeners: lists.coSubjectOpeners.map((phrase) => phrase.split(' ')),
    defeatVerbs: new Set(lists.defeatVerbs),
    notionNouns: new Set(lists.notionNouns),
    objectDoerVerbs: new Set(lists.objectDoerVerbs),
    beliefVerbs: new Set(lists.beliefVerbs),
    allianceUndoers: new Set(lists.allianceUndoers),
    receivingVerbs: new Set(lists.receivingVerbs),
    ledForces: new Set(lists.ledForces),
    unrealisedModifiers: new Set(lists.unrealisedModifiers),
    leadingVerbs: new Set(lists.leadingVerbs),
  };
}
