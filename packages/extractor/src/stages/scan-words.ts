import { z } from 'zod';
import { parseBundled } from '../lexicon/bundled.js';
import scanWordsJson from '../lexicon/data/scan-words.json' with { type: 'json' };

const WordList = z.array(z.string().min(1));
const ScanWordsSchema = z.object({
  connectors: WordList,
  placeModifiers: WordList,
  auxiliaries: WordList,
  hyphenSuffixes: WordList,
  orgNounModifiers: WordList,
  /** "Movement for Justice in Darfur (MJD)": lower-case words inside a name its acronym spells. */
  acronymNameJoiners: WordList,
  nameArticles: WordList,
  nameParticles: WordList,
  numberedHeads: WordList,
  genericOrgWords: WordList,
  leaderGovernmentNouns: WordList,
  /** "the government in Kiev": nouns for a state's rulers named by their seat after "in". */
  seatGovernmentNouns: WordList,
  partyNouns: WordList,
  partyPrepositions: WordList,
  agentActNouns: WordList,
  /** "sanctions on Moscow": nouns whose "on" object is the party pressed, not a place. */
  pressureNouns: WordList,
  /** "support for Kyiv", "its weight behind Kyiv": nouns whose object after backingPrepositions is a party backed. */
  backingNouns: WordList,
  backingPrepositions: WordList,
  /** "hit Moscow with sanctions": verbs pressing a party with an instrument after "with". */
  pressingVerbs: WordList,
  /** "South American", "Latin American": words for part of a continent before a demonym. */
  continentParts: WordList,
  /** "American": a state's demonym that also names the people of a continent. */
  continentDemonyms: WordList,
  /** "accusing Doha of", "urging Moscow to": participles of stance whose object is a party, not a place. */
  stanceParticiples: WordList,
  holderPrepositions: WordList,
  memberNouns: WordList,
  languageCues: WordList,
  languageNouns: WordList,
});

type ScanWords = { readonly [K in keyof z.infer<typeof ScanWordsSchema>]: ReadonlySet<string> };

function load(): ScanWords {
  const parsed = parseBundled(ScanWordsSchema, scanWordsJson, 'scan-words.json');
  const d = parsed;
  return {
    connectors: new Set(d.connectors),
    placeModifiers: new Set(d.placeModifiers),
    auxiliaries: new Set(d.auxiliaries),
    hyphenSuffixes: new Set(d.hyphenSuffixes),
    orgNounModifiers: new Set(d.orgNounModifiers),
    acronymNameJoiners: new Set(d.acronymNameJoiners),
    nameArticles: new Set(d.nameArticles),
    nameParticles: new Set(d.nameParticles),
    numberedHeads: new Set(d.numberedHeads),
    genericOrgWords: new Set(d.genericOrgWords),
    leaderGovernmentNouns: new Set(d.leaderGovernmentNouns),
    seatGovernmentNouns: new Set(d.seatGovernmentNouns),
    partyNouns: new Set(d.partyNouns),
    partyPrepositions: new Set(d.partyPrepositions),
    agentActNouns: new Set(d.agentActNouns),
    pressureNouns: new Set(d.pressureNouns),
    backingNouns: new Set(d.backingNouns),
    backingPrepositions: new Set(d.backingPrepositions),
    pressingVerbs: new Set(d.pressingVerbs),
    stanceParticiples: new Set(d.stanceParticiples),
    continentParts: new Set(d.continentParts),
    continentDemonyms: new Set(d.continentDemonyms),
    holderPrepositions: new Set(d.holderPrepositions),
    memberNouns: new Set(d.memberNouns),
    languageCues: new Set(d.languageCues),
    languageNouns: new Set(d.languageNouns),
  };
}

/** The closed word classes of the mention rules (lexicon/data/scan-words.json), checked once on load. */
export const SCAN_WORDS: ScanWords = load();
