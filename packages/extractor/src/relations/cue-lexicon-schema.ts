import { ENTITY_TYPES } from '@newsgraph/graph-schema';
import { z } from 'zod';

/** How a cue finds its two ends in a sentence (README, "Relation cues"). */
export const CUE_FRAMES = [
  'verb',
  'noun',
  'agent',
  'from',
  'premodifier',
  'hyphen',
  'prefix',
  'mutual',
  'evaluation',
  'pair',
  'worsening',
  'demand',
  'reported',
] as const;
export type CueFrame = (typeof CUE_FRAMES)[number];

/** Relations a cue may produce; REPRESENTS comes from titles only. */
export const CUE_RELATIONS = ['OPPOSES', 'SUPPORTS', 'ALLIED_WITH', 'MEMBER_OF', 'LEADS'] as const;
export type CueRelation = (typeof CUE_RELATIONS)[number];

const phrase = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[\p{L}\p{N}{][\p{L}\p{N} .'’{}-]*$/u,
    "must be lower-case words (letters, digits, . ' - and {self} or {mod})",
  );

const iso3 = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as "DEU"');

export const CueEntrySchema = z.union([
  phrase,
  z.strictObject({
    cue: phrase,
    /** The target must follow one of these words ("impose ... on Y"). */
    via: z.array(phrase).min(1).optional(),
    /** Exact surface forms instead of generated inflections (verb frame). */
    forms: z.array(phrase).min(1).optional(),
    weight: z.number().min(0).max(1).optional(),
  }),
]);
export type CueEntry = z.infer<typeof CueEntrySchema>;

export const CueFamilySchema = z.strictObject({
  relation: z.enum(CUE_RELATIONS),
  frame: z.enum(CUE_FRAMES),
  /** Base confidence of a relation found by this family. */
  weight: z.number().min(0).max(1),
  description: z.string().optional(),
  /** Most tokens between the cue and its target (default depends on the frame). */
  maxGap: z.number().int().min(0).max(40).optional(),
  /** Relation to emit instead when the target is an Organization ("NATO ally Turkey"). */
  organizationTarget: z.enum(CUE_RELATIONS).optional(),
  /** The only entity types the target may have ("knocked Y": a person, not a team knocked out). */
  targetTypes: z.array(z.enum(ENTITY_TYPES)).min(1).optional(),
  /** Particles that, right after the target, make the verb another one ("knocked Y out of the race"). */
  voidingParticles: z.array(phrase).min(1).optional(),
  /**
   * A separable phrasal verb's particle, after the object ("call" + "out": "called Y out", "took Y
   * to task"): each cue is a lemma, read only when an actor or object pronoun and then this follow.
   */
  particle: phrase.optional(),
  /**
   * Several such tails after the object, any of which reads the cue ("give" + "his backing":
   * "gave Y his backing", "gave Y a ringing endorsement").
   */
  particles: z.array(phrase).min(1).optional(),
  /**
   * Nouns the target owns after the cue, as a separable one ("come to" + "defence": "came to Y's
   * defence", "sing" + "praises": "sang Y's praises"): read only there, never as the bare verb.
   */
  possessed: z.array(phrase).min(1).optional(),
  cues: z.array(CueEntrySchema).min(1),
});
export type CueFamily = z.infer<typeof CueFamilySchema>;

export const TITLE_SCOPES = ['state', 'organization', 'any'] as const;
export type TitleScope = (typeof TITLE_SCOPES)[number];

export const TitleEntrySchema = z.union([
  phrase,
  z.strictObject({
    title: phrase,
    /** What the title heads or serves when the text does not say. */
    scope: z.enum(TITLE_SCOPES).optional(),
    /** States where the title is used, when only a few use it ("chancellor"). */
    states: z.array(iso3).min(1).optional(),
    /**
     * A title of an organization's staff that no state office has ("economist", "professor"): a
     * state named before it says where its holder is from or what he studies, not whom he serves.
     */
    staffOnly: z.literal(true).optional(),
  }),
]);
export type TitleEntry = z.infer<typeof TitleEntrySchema>;

const words = z.array(phrase);

export const CueLexiconSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  description: z.string().optional(),
  /** Also read the verbs of the CAMEO dictionary (cameo/cameo-verbs.json) not listed here. */
  cameo: z.boolean().default(false),
  /** Also read the strongly rated adjectives of VADER (vader/rated-judgements.json) not listed here. */
  ratedJudgements: z.boolean().default(false),
  /** Extra verb forms, by lemma ("fight": ["fought"]). */
  irregularVerbs: z.record(phrase, words),
  /** Phrases that look like cues but are not ("back down"). */
  exclusions: words,
  families: z.array(CueFamilySchema).min(1),
  titles: z.strictObject({
    /** Heads of a state or organization: LEADS. */
    leads: z.array(TitleEntrySchema),
    /** Office holders who do not head it: REPRESENTS. */
    represents: z.array(TitleEntrySchema),
    /** Members of a body (lawmaker, senator): MEMBER_OF an organization, REPRESENTS a state. */
    member: z.array(TitleEntrySchema),
    /** Words that void a title ("former", "late"). */
    blockers: words,
    /** Words that turn a leading title into a representing one ("vice", "deputy"). */
    demoters: words,
    /** Lower-case words that belong to a title before it ("acting foreign minister"). */
    modifiers: words.default([]),
  }),
  context: z.strictObject({
    negators: words,
    modals: words,
    hypothetical: words,
    proposals: words,
    /** Verbs after which "to <cue>" states a fact ("voted to back"). */
    infinitiveLicensors: words,
    speechVerbs: words,
    /** Heads through which an actor acts ("French officials", "Russia's foreign ministry"). */
    representativeHeads: words,
    /** Heads that make an actor a mere modifier ("NATO member countries", "Israeli settlers"). */
    nonRepresentativeHeads: words,
    /** Words after "X-" that make X the owner of what follows ("a U.S.-drafted resolution"). */
    authorHyphens: words.default([]),
    /** Verbs that put a judgement on their object ("called Y's plan 'unjustified'"). */
    evaluationVerbs: words.default([]),
    /** Things an actor authors, so "voted for the resolution" finds the author named earlier. */
    ownedNouns: words.default([]),
    /** Nouns an organization only hosts, not owns ("a U.N. resolution", "the EU summit"). */
    /** Actions done to their "of"/"for" complement ("the purchase of Y", "a grab for Y"). */
    patientNouns: words.default([]),
    venueNouns: words.default([]),
    /**
     * Verbs aimed at a text a body has adopted, not at a vote in it: "condemned the UN
     * resolution" opposes the UN, "vetoed a UN resolution" does not. Lemmas, inflected.
     */
    adoptedTextVerbs: words.default([]),
    /**
     * Nouns for a step some actor took ("rejected the accusation", "backed the move"): with no
     * actor in the sentence, the one actor the previous sentence names took it.
     */
    discourseNouns: words.default([]),
    /**
     * Discourse nouns for a step the one actor named before may have undergone, not taken
     * ("Russia faced new sanctions. Hungary opposed the sanctions"): they name no target alone.
     */
    undergoneNouns: words.default([]),
    /**
     * Words opening a parenthetical between a subject and its verb ("X, in a letter to Y, accused
     * Z", "X, for one, praised Z"): the phrase up to the next comma is stepped over.
     */
    parentheticalOpeners: words.default([]),
    /** Participles that are passive right before "of" ("X accused of Y": X is accused). */
    passiveBeforeOf: words.default([]),
    /** Words before "X's membership of Y" that make it an aim, not a fact ("a bid for"). */
    aspirations: words.default([]),
    /** Things an actor issues that carry its stance ("a statement criticising Y", "ads attacking Y"). */
    stanceCarriers: words.default([]),
    /** What an organization is, after its name ("the Daily Star newspaper"): the name still acts. */
    organizationKinds: words.default([]),
    /**
     * Words opening a common-noun conjunct after a named subject ("France and other countries
     * condemned Y", "X and the political right accused Y"): the named actor still acts.
     */
    conjunctOpeners: words.default([]),
    /** Verbs of change demanded of an actor ("urged Y to stop ...", "called on Y to lift ..."). */
    demandedChanges: words.default([]),
    /** Nouns for an actor's removal or punishment ("called for Y's resignation"). */
    demandedNouns: words.default([]),
    /** Verbs of a demand aimed at a third actor ("asked the court to block Z from ..."). */
    demandedBlocks: words.default([]),
    /**
     * Closed-class words a cue's "{mod}" slot may hold besides content words ("took several
     * shots at", "took a few shots at", "took his first swipe at"); other function words end it.
     */
    modifierSlotWords: words.default([]),
  }),
});
export type CueLexicon = z.infer<typeof CueLexiconSchema>;
