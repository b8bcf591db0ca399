import { invalidData } from './invalid-data.js';
import defaultCueData from './cues.json' with { type: 'json' };
import {
  CueLexiconSchema,
  type CueFamily,
  type CueLexicon,
  type TitleEntry,
  type TitleScope,
} from './cue-lexicon-schema.js';
import { cameoLexicon, type CameoSurface } from './cameo/cameo-lexicon.js';
import { ratedForms } from './vader/rated-forms.js';
import { inflectVerb, shapeOf, type VerbShape } from './inflect.js';
import { PhraseSet, foldApostrophes, phraseWords } from './phrase-set.js';
import { separableForms, type SeparableForm } from './separable-cues.js';

/** One surface form of a cue, with what it means. */
export interface CueForm {
  family: CueFamily;
  weight: number;
  via: readonly string[] | undefined;
  /** Verb frame only: bare and third-person forms must read as verbs in context. */
  shape: VerbShape | 'phrase';
  /** A verb of the CAMEO dictionary: its relation is read in context (`resolveCameoHits`). */
  cameo?: CameoSurface;
}

export type TitleClass = 'leads' | 'represents' | 'member';

export interface TitleSense {
  kind: TitleClass;
  scope: TitleScope;
  states: readonly string[] | undefined;
  /** No state office has the title ("economist"): a state before it is no holder. */
  staffOnly: boolean;
}

export interface CompiledContext {
  negators: PhraseSet;
  modals: PhraseSet;
  hypothetical: PhraseSet;
  proposals: PhraseSet;
  infinitiveLicensors: PhraseSet;
  speechVerbs: PhraseSet;
  representativeHeads: PhraseSet;
  nonRepresentativeHeads: PhraseSet;
  authorHyphens: ReadonlySet<string>;
  ownedNouns: ReadonlySet<string>;
  evaluationVerbs: ReadonlySet<string>;
  patientNouns: ReadonlySet<string>;
  venueNouns: ReadonlySet<string>;
  adoptedTextVerbs: ReadonlySet<string>;
  discourseNouns: ReadonlySet<string>;
  undergoneNouns: ReadonlySet<string>;
  parentheticalOpeners: ReadonlySet<string>;
  aspirations: PhraseSet;
  passiveBeforeOf: ReadonlySet<string>;
  stanceCarriers: ReadonlySet<string>;
  organizationKinds: ReadonlySet<string>;
  conjunctOpeners: ReadonlySet<string>;
  demandedChanges: PhraseSet;
  demandedNouns: ReadonlySet<string>;
  demandedBlocks: ReadonlySet<string>;
  modifierSlotWords: ReadonlySet<string>;
}

/** A cue as the tokens it spans ("{self}" matches any reflexive pronoun, "{mod}" a modifier run). */
export interface CuePhrase {
  words: readonly string[];
  forms: readonly CueForm[];
}

/** A validated lexicon with its matchers built once. */
export interface CompiledCues {
  lexicon: CueLexicon;
  /** Normalised surface → meanings; an exclusion maps to an empty list. */
  forms: ReadonlyMap<string, readonly CueForm[]>;
  /** Cue and exclusion phrases as token sequences, by first token, longest first. */
  phrases: ReadonlyMap<string, readonly CuePhrase[]>;
  /** "-led", "-backed" right after a name, by the word after the hyphen. */
  hyphenForms: ReadonlyMap<string, readonly CueForm[]>;
  /** "pro-", "anti-" right before a name, by the word before the hyphen. */
  prefixForms: ReadonlyMap<string, readonly CueForm[]>;
  /** Separable phrasal verbs ("called Y out"), by verb form (`separable-cues.ts`). */
  separable: ReadonlyMap<string, readonly SeparableForm[]>;
  /** Lower-case title → its sense; titles match by their longest known suffix. */
  titles: ReadonlyMap<string, TitleSense>;
  /** Regex source matching any known title (for titles the entity stage did not mark). */
  titleAlternation: string;
  blockers: ReadonlySet<string>;
  demoters: ReadonlySet<string>;
  titleModifiers: ReadonlySet<string>;
  context: CompiledContext;
}

const REFLEXIVE = /\b(?:itself|themselves|himself|herself|ourselves|myself|yourself)\b/g;

/** The key a matched cue text is looked up by. */
export function normalizeCueText(text: string): string {
  return foldApostrophes(text.toLowerCase()).replace(/\s+/g, ' ').replace(REFLEXIVE, '{self}');
}

/**
 * Validates cue data (the bundled cues.json or a user's file, already parsed) and builds its
 * matchers. Throws CONFIG_INVALID naming the first offending field.
 */
export function loadCueLexicon(data: unknown, where = 'relation cues'): CompiledCues {
  const parsed = CueLexiconSchema.safeParse(data);
  if (!parsed.success) {
    throw invalidData(
      'cue lexicon',
      parsed.error.issues,
      where,
      'see packages/extractor/src/relations/cues.json for the format',
    );
  }
  return compileCues(parsed.data);
}

/** A fresh copy of the bundled cues (validated), for users who extend them rather than replace them. */
export function defaultCueLexicon(): CueLexicon {
  return structuredClone(cuesFor(undefined).lexicon);
}

let defaultCues: CompiledCues | undefined;
const userCues = new WeakMap<object, CompiledCues>();

/** The compiled lexicon for `options.cues`: the bundled one when absent; compiled once per object. */
export function cuesFor(data: unknown): CompiledCues {
  if (data === undefined) return (defaultCues ??= loadCueLexicon(defaultCueData, 'cues.json'));
  if (typeof data !== 'object' || data === null) return loadCueLexicon(data, 'options.cues');
  const cached = userCues.get(data);
  if (cached) return cached;
  const compiled = loadCueLexicon(data, 'options.cues');
  userCues.set(data, compiled);
  return compiled;
}

function compileCues(lexicon: CueLexicon): CompiledCues {
  const forms = new Map<string, CueForm[]>();
  const hyphenForms = new Map<string, CueForm[]>();
  const prefixForms = new Map<string, CueForm[]>();
  const add = (map: Map<string, CueForm[]>, surface: string, form: CueForm): void => {
    const key = normalizeCueText(surface);
    map.set(key, [...(map.get(key) ?? []), form]);
  };
  for (const family of lexicon.families) {
    if (family.particle !== undefined || family.particles !== undefined) continue;
    if (family.possessed !== undefined) continue;
    for (const entry of family.cues) {
      const cue = typeof entry === 'string' ? { cue: entry } : entry;
      const base = { family, weight: cue.weight ?? family.weight, via: cue.via };
      const target =
        family.frame === 'hyphen' ? hyphenForms : family.frame === 'prefix' ? prefixForms : forms;
      for (const { word, shape } of surfaces(family, cue, lexicon.irregularVerbs)) {
        // A literal, not { ...base, shape }: in Node 20's V8 that gives each form a hidden class
        // of its own, and the frames reading forms go megamorphic (see with-props.ts).
        add(target, word, { family: base.family, weight: base.weight, via: base.via, shape });
      }
    }
  }
  for (const phrase of lexicon.exclusions) forms.set(normalizeCueText(phrase), []);
  if (lexicon.cameo) addCameoForms(forms);
  if (lexicon.ratedJudgements)
    for (const [key, form] of ratedForms(new Set(forms.keys()))) forms.set(key, [form]);
  const { titles, alternation } = compileTitles(lexicon);
  return {
    lexicon,
    forms,
    phrases: phraseIndex(forms),
    hyphenForms,
    prefixForms,
    separable: separableForms(lexicon),
    titles,
    titleAlternation: alternation,
    blockers: new Set(lexicon.titles.blockers),
    demoters: new Set(lexicon.titles.demoters),
    titleModifiers: new Set(lexicon.titles.modifiers),
    context: compileContext(lexicon.context),
  };
}

/** The context word lists, each as the set or phrase matcher the frames read. */
function compileContext(ctx: CueLexicon['context']): CompiledContext {
  return {
    negators: new PhraseSet(ctx.negators),
    modals: new PhraseSet(ctx.modals),
    hypothetical: new PhraseSet(ctx.hypothetical),
    proposals: new PhraseSet(ctx.proposals),
    infinitiveLicensors: new PhraseSet(ctx.infinitiveLicensors),
    speechVerbs: new PhraseSet(ctx.speechVerbs),
    representativeHeads: new PhraseSet(ctx.representativeHeads),
    nonRepresentativeHeads: new PhraseSet(ctx.nonRepresentativeHeads),
    authorHyphens: new Set(ctx.authorHyphens),
    ownedNouns: new Set(ctx.ownedNouns),
    evaluationVerbs: new Set(ctx.evaluationVerbs),
    patientNouns: new Set(ctx.patientNouns),
    venueNouns: new Set(ctx.venueNouns),
    adoptedTextVerbs: new Set(
      ctx.adoptedTextVerbs.flatMap((l) => inflectVerb(l).map((f) => f.word)),
    ),
    discourseNouns: new Set(ctx.discourseNouns),
    undergoneNouns: new Set(ctx.undergoneNouns),
    parentheticalOpeners: new Set(ctx.parentheticalOpeners),
    aspirations: new PhraseSet([...ctx.aspirations, ...ctx.proposals]),
    passiveBeforeOf: new Set(ctx.passiveBeforeOf),
    stanceCarriers: new Set(ctx.stanceCarriers),
    organizationKinds: new Set(ctx.organizationKinds),
    conjunctOpeners: new Set(ctx.conjunctOpeners),
    demandedChanges: new PhraseSet(ctx.demandedChanges),
    demandedNouns: new Set(ctx.demandedNouns),
    demandedBlocks: new Set(ctx.demandedBlocks),
    modifierSlotWords: new Set(ctx.modifierSlotWords),
  };
}

/** CAMEO verbs the cue file does not already list (its cues and exclusions win). */
function addCameoForms(forms: Map<string, CueForm[]>): void {
  const cameo = cameoLexicon();
  const taken = new Set(forms.keys());
  const families = new Map<string, CueFamily>();
  for (const surface of cameo.surfaces) {
    const key = normalizeCueText(surface.surface);
    if (taken.has(key)) continue;
    const relation = surface.relation ?? 'OPPOSES'; // replaced when the hit is read in context
    let family = families.get(relation);
    if (family === undefined) {
      family = { relation, frame: 'verb', weight: cameo.weight, cues: [surface.surface] };
      families.set(relation, family);
    }
    const form = {
      family,
      weight: cameo.weight,
      via: undefined,
      shape: surface.shape,
      cameo: surface,
    };
    forms.set(key, [...(forms.get(key) ?? []), form]);
  }
}

interface Surface {
  word: string;
  shape: VerbShape | 'phrase';
}

function surfaces(
  family: CueFamily,
  cue: { cue: string; forms?: string[] | undefined },
  irregular: Readonly<Record<string, string[]>>,
): Surface[] {
  // A demand is a verb too ("urged Y to ..."): its lemma is inflected like the verb frame's.
  if (family.frame !== 'verb' && family.frame !== 'demand')
    return [{ word: cue.cue, shape: 'phrase' }];
  if (cue.forms) return cue.forms.map((word) => ({ word, shape: shapeOf(word) }));
  const [lemma = cue.cue, ...rest] = cue.cue.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  return inflectVerb(lemma, irregular[lemma]).map(({ word, shape }) => ({
    word: word + tail,
    shape,
  }));
}

function phraseIndex(forms: ReadonlyMap<string, readonly CueForm[]>): Map<string, CuePhrase[]> {
  const index = new Map<string, CuePhrase[]>();
  for (const [surface, meanings] of forms) {
    const words = surface
      .split(' ')
      .flatMap((word) => (word === '{self}' || word === '{mod}' ? [word] : phraseWords(word)));
    const first = words[0];
    if (first === undefined) continue;
    const list = index.get(first) ?? [];
    list.push({ words, forms: meanings });
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
}

function compileTitles(lexicon: CueLexicon): {
  titles: Map<string, TitleSense>;
  alternation: string;
} {
  const titles = new Map<string, TitleSense>();
  const add = (kind: TitleClass, entry: TitleEntry): void => {
    const title = typeof entry === 'string' ? { title: entry } : entry;
    titles.set(title.title, {
      kind,
      scope: title.scope ?? 'any',
      states: title.states,
      staffOnly: title.staffOnly === true,
    });
  };
  for (const entry of lexicon.titles.leads) add('leads', entry);
  for (const entry of lexicon.titles.represents) add('represents', entry);
  for (const entry of lexicon.titles.member) add('member', entry);
  const alternation = [...titles.keys()]
    .sort((a, b) => b.length - a.length)
    .map((title) => title.split(' ').map(escapeWord).join('\\s+'))
    .join('|');
  return { titles, alternation };
}
