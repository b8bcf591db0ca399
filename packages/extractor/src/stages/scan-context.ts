import { entityId, type EntityType } from '@newsgraph/graph-schema';
import type { LexiconEntry } from '../lexicon/entry.js';
import type { Lexicon, TitleInfo } from '../lexicon/lexicon.js';
import type { PhraseMatch } from '../lexicon/phrase-trie.js';
import { personSlots } from '../lexicon/person-slots.js';
import type { Token } from '../text/tokenize.js';
import { collapse, type Candidate } from './candidate.js';
import { actsPastAdverbials, endsLongerName, seatOfRulers } from './capital-acts.js';
import { participleObject } from './capital-acts.js';
import { clubNumber } from './club-number.js';
import { PHRASE_START, phraseStartTable, phraseStarts, TITLE_START } from './phrase-starts.js';
import { SCAN_WORDS } from './scan-words.js';
import { phraseWords } from '../relations/phrase-words.js';
import { lowerWordsOf } from './lower-words.js';

const CONNECTORS = SCAN_WORDS.connectors;
const PLACE_MODIFIERS = SCAN_WORDS.placeModifiers;
const AUXILIARIES = SCAN_WORDS.auxiliaries;
/** Third-person or past verb forms ("argues", "accused"); nouns in -s are rare right after a capital. */
const VERB_ENDING = /^[a-z]{3,}(?:s|ed)$/;
/** Lower-case words hyphenated onto a capitalised one that are not name syllables ("Saudi Arabia-led"). */
const HYPHEN_SUFFIXES = SCAN_WORDS.hyphenSuffixes;
/** What an armed or political group is, between its name and the noun: "the M23 rebel group". */
const ORG_NOUN_MODIFIERS = SCAN_WORDS.orgNounModifiers;
/** Arabic articles written before a name part: "al-Burhan", "el-Tayeb". */
const NAME_ARTICLES = SCAN_WORDS.nameArticles;
/** "an ally of", "talks with": a noun whose object is a party to the relation, not a place. */
const PARTY_NOUNS = SCAN_WORDS.partyNouns;
const PARTY_PREPOSITIONS = SCAN_WORDS.partyPrepositions;
/** Prepositions whose object, after a verb, is the party the verb's subject deals with. */
const VERB_PARTY_PREPOSITIONS: ReadonlySet<string> = new Set([
  'with',
  'against',
  'behind',
  'alongside',
]);

/** Forms of "stand" before "by": "stood by Kiev" backs its government. */
const STANDING: ReadonlySet<string> = new Set(['stand', 'stands', 'stood', 'standing']);

/** "d'Ivoire", "d’Estaing": a French or Italian particle elided onto a capitalised word. */
const ELIDED_PARTICLE = /^[dl]['’]\p{Lu}/u;

/** A blank line between two tokens: a paragraph (or the headline) ends there. */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;

/** A lower-case verb form: "sided", "argues", "stood", "siding". */
function verbForm(word: string): boolean {
  return (
    VERB_ENDING.test(word) || /^[a-z]{3,}ing$/.test(word) || phraseWords().irregularPasts.has(word)
  );
}
const AGENT_ACT_NOUNS = SCAN_WORDS.agentActNouns;
const PRESSURE_NOUNS = SCAN_WORDS.pressureNouns;
const BACKING_NOUNS = SCAN_WORDS.backingNouns;
const BACKING_PREPOSITIONS = SCAN_WORDS.backingPrepositions;
const PRESSING_VERBS = SCAN_WORDS.pressingVerbs;
const STATE_PRIORITY: Record<string, number> = {
  name: 5,
  alias: 5,
  acronym: 5,
  demonym: 5,
  capital: 1,
};

export type SportsReport = 'teams' | 'individuals' | undefined;

/** State shared by the rules while one sentence is scanned. */
export class ScanContext {
  readonly candidates: Candidate[] = [];
  /** Acronyms defined in parentheses: "International Criminal Court (ICC)". */
  readonly acronyms = new Map<string, Candidate>();
  /** The article is a sports report: places stand for their teams in results. */
  sports: SportsReport = undefined;
  /** End (exclusive token index) of the sentence being scanned. */
  sentenceLast = 0;

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    readonly lex: Lexicon,
  ) {}

  token(i: number): Token | undefined {
    return this.tokens[i];
  }

  lower(i: number): string {
    return this.tokens[i]?.text.toLowerCase() ?? '';
  }

  /** Capitalised word (or acronym) at i. */
  isCap(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.word && (t.cap || t.upper);
  }

  isConnector(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && CONNECTORS.has(t.text);
  }

  /** True when `word` is also written in lower case somewhere in the article ("Shares of ..."). */
  seenLower(word: string): boolean {
    return lowerWordsOf(this.tokens).has(word.toLowerCase());
  }

  /** First word of its sentence, or after an opening quote, bullet or dash: a capital that says nothing. */
  sentenceInitial(first: number): boolean {
    const prev = this.tokens[first - 1];
    if (prev === undefined) return true;
    // "Iran launches probe\n\nPolice said": a headline or paragraph without a full stop ends before.
    if (prev.word)
      return PARAGRAPH_BREAK.test(this.text.slice(prev.end, this.tokens[first]?.start));
    return /^["“‘(•·*—–-]$/.test(prev.text) || /[.!?:]$/.test(prev.text);
  }

  /**
   * A short lower-case syllable hyphenated onto a name part: "Jae-in", "Hyun-woo", "Jong-un".
   * Needs a capitalised word before the hyphenated one, so "Saudi-led" stays out.
   */
  nameSyllable(i: number): boolean {
    const t = this.tokens[i];
    if (
      t === undefined ||
      !t.word ||
      t.cap ||
      t.upper ||
      !/^\p{Ll}{1,4}$/u.test(t.text) ||
      HYPHEN_SUFFIXES.has(t.text)
    )
      return false;
    return this.isGlue(i - 1) && this.isCap(i - 2) && this.isCap(i - 3);
  }

  /** An Arabic article glued to the capitalised name part after it: the "al" of "al-Burhan". */
  nameArticle(i: number): boolean {
    return NAME_ARTICLES.has(this.tokens[i]?.text ?? '') && this.isGlue(i + 1) && this.isCap(i + 2);
  }

  /**
   * "investment fund X", "the environmental group X": a lower-case organization noun right before;
   * "Toronto-based X": a place the name is based in, which says a body, not a person.
   */
  orgNounBefore(first: number): boolean {
    const t = this.tokens[first - 1];
    if (t === undefined || !t.word || t.cap) return false;
    return this.lex.orgNouns.has(t.text) || (t.text === 'based' && this.basedName(first));
  }

  /** "Toronto-based Nortel", not "a Kabul-based NGO": a hyphen before "based", and no common acronym. */
  private basedName(first: number): boolean {
    return this.isGlue(first - 2) && !personSlots().notNames.has(this.lower(first));
  }

  /**
   * "the X union said", "the M23 rebel group", "the X think tank": a lower-case organization noun
   * (of one word or two) right after.
   */
  orgNounAfter(last: number): boolean {
    const modified = ORG_NOUN_MODIFIERS.has(this.tokens[last]?.text ?? '');
    const at = modified ? last + 1 : last;
    const t = this.tokens[at];
    if (t === undefined || !t.word || t.cap) return false;
    const next = this.tokens[at + 1];
    return this.lex.orgNouns.has(t.text) || this.lex.orgNouns.has(`${t.text} ${next?.text ?? ''}`);
  }

  /** "(MINUSCA)" right after token `last - 1`: an acronym in parentheses. */
  acronymAfter(last: number): boolean {
    return (
      this.tokens[last]?.text === '(' &&
      this.tokens[last + 1]?.upper === true &&
      this.tokens[last + 2]?.text === ')'
    );
  }

  /** A word that can end a name: capitalised, or a hyphenated syllable ("Jae-in"). */
  isNamePart(i: number): boolean {
    return this.isCap(i) || this.nameSyllable(i) || clubNumber(this, i) || this.elidedParticle(i);
  }

  /** "Côte d'Ivoire", "Giscard d'Estaing": an elided particle glued to a capital, inside a name. */
  elidedParticle(i: number): boolean {
    return i > 0 && this.isCap(i - 1) && ELIDED_PARTICLE.test(this.tokens[i]?.text ?? '');
  }

  /** A hyphen with no space on either side ("Jean-Claude", "Six-Day"). */
  isGlue(i: number): boolean {
    const t = this.tokens[i];
    const prev = this.tokens[i - 1];
    const next = this.tokens[i + 1];
    return t?.text === '-' && prev?.end === t.start && next?.start === t.end;
  }

  span(first: number, last: number): { start: number; end: number; text: string } {
    const start = this.tokens[first]?.start ?? 0;
    const end = this.tokens[last - 1]?.end ?? start;
    const raw = this.text.slice(start, end);
    return { start, end, text: /\s\s|[\n\t\r]/.test(raw) ? collapse(raw) : raw };
  }

  /** Per token: 1 once read, plus twice its phraseStarts bits. */
  private starts: Uint8Array | undefined;
  private startTable: Map<string, number> | undefined;

  /** Whether a phrase (PHRASE_START) or title (TITLE_START) may start at token i. */
  private mayStart(i: number, kind: number): boolean {
    const t = this.tokens[i];
    if (t === undefined) return false;
    this.starts ??= new Uint8Array(this.tokens.length);
    let bits = this.starts[i] ?? 0;
    if (bits === 0) {
      this.startTable ??= phraseStartTable(this.lex);
      bits = 1 | (phraseStarts(this.lex, t.text, this.startTable) << 1);
      this.starts[i] = bits;
    }
    return ((bits >> 1) & kind) !== 0;
  }

  phrase(i: number, limit: number, upper = false): PhraseMatch<LexiconEntry> | undefined {
    if (upper) return this.lex.upperPhrases.longest(this.tokens, i, limit);
    const match = this.mayStart(i, PHRASE_START)
      ? this.lex.phrases.longest(this.tokens, i, limit)
      : undefined;
    // "GERMANY - Bunds fell", "NEW YORK 1996-08-30": a name in capitals inside ordinary text.
    if (match === undefined && this.tokens[i]?.upper === true)
      return this.lex.upperPhrases.longest(this.tokens, i, limit);
    return match;
  }

  /** A title written before or inside a name ("Chancellor", "Defense Secretary"). */
  title(i: number, limit: number): PhraseMatch<TitleInfo> | undefined {
    return this.mayStart(i, TITLE_START)
      ? this.lex.titles.longest(this.tokens, i, limit)
      : undefined;
  }

  emit(candidate: Candidate): Candidate {
    this.candidates.push(candidate);
    return candidate;
  }

  /** A name of one type over tokens [first, last), named and identified by its own words. */
  emitNamed(first: number, last: number, sentence: number, type: EntityType): Candidate {
    const span = this.span(first, last);
    return this.emit({
      start: span.start,
      end: span.end,
      text: span.text,
      first,
      last,
      sentence,
      type,
      kind: 'name',
      id: entityId(type, span.text),
      name: span.text,
    });
  }

  /** The candidate that ends at token `end` (exclusive), skipping a possessive "'s". */
  candidateEndingAt(end: number, maxGap = 0): Candidate | undefined {
    for (let k = this.candidates.length - 1; k >= 0; k--) {
      const c = this.candidates[k];
      if (c === undefined) continue;
      const last =
        this.tokens[c.last]?.text === '’s' || this.tokens[c.last]?.text === "'s"
          ? c.last + 1
          : c.last;
      if (last <= end && end - last <= maxGap) return c;
      if (c.last < end - maxGap - 1) return undefined;
    }
    return undefined;
  }

  /** True when a speech verb stands right after token `last - 1` or right before `first`. */
  speechAdjacent(first: number, last: number): boolean {
    if (this.lex.speechVerbs.has(this.lower(first - 1))) return true;
    let after = last;
    if (this.tokens[after]?.text === ',') {
      // "Ana Ruiz, CEO of Kelvaro rival Brinmoor, said": a name after a lower-case noun it
      // completes ends an apposition; the verb's subject is the name before it.
      const prev = this.tokens[first - 1];
      // "slammed Bolton, saying": after a verb the name is its object, and may speak next.
      const word = this.lower(first - 1);
      if (prev?.word === true && !prev.cap && !this.lex.stopwords.has(word) && !verbForm(word))
        return false;
      after++;
    }
    return this.lex.speechVerbs.has(this.lower(after));
  }

  /** The lexicon entry a phrase most likely means: a state over a place of the same name. */
  pick(values: readonly LexiconEntry[]): LexiconEntry | undefined {
    // A capital that can stand for its government is decided by context, never read as a plain place.
    if (values.length === 1) return values[0];
    const capital = values.find((v) => v.mentionKind === 'capital');
    if (
      capital !== undefined &&
      !values.some((v) => v.type === 'State' && v.mentionKind !== 'capital')
    )
      return capital;
    let best: LexiconEntry | undefined;
    let bestScore = -1;
    for (const v of values) {
      const score =
        v.type === 'State'
          ? (STATE_PRIORITY[v.mentionKind] ?? 4)
          : v.type === 'Organization'
            ? 3
            : 2;
      if (score > bestScore) {
        best = v;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * "in Washington", "north Manila", "the Oslo summit": the place, not its government. The
   * government reading needs a verb or possessive next to it: "Moscow's decision", "Washington
   * argues", "accused Beijing of".
   */
  placeSense(first: number, last: number): boolean {
    const prev = this.lower(first - 1);
    const next = this.tokens[last];
    if (next?.text === '’s' || next?.text === "'s") return false;
    // "told reporters that Kinshasa "thanks ..."": the subject of a reported clause acts.
    if (prev === 'that' && this.tokens[first - 1]?.word === true) return false;
    // "an ally of Washington", "talks with Seoul": the other party, so the government.
    if (PARTY_PREPOSITIONS.has(prev) && PARTY_NOUNS.has(this.lower(first - 2))) return false;
    // "the rift between Ankara and Washington", "talks with Seoul and Tokyo": the second party.
    if (prev === 'and' && this.partyBeforeConjunct(first - 2)) return false;
    // "the decision by Washington", "a move by Beijing": the agent of an act, so the government.
    if (prev === 'by' && AGENT_ACT_NOUNS.has(this.lower(first - 2))) return false;
    // "sided with Baghdad", "turned against Moscow": the other party of a verb ("by" stays with
    // the acts of AGENT_ACT_NOUNS above: "visited by Canberra" is the place).
    if (VERB_PARTY_PREPOSITIONS.has(prev) && verbForm(this.lower(first - 2))) return false;
    // "stood by Kiev", "standing by Baghdad": standing by is backing the government.
    if (prev === 'by' && STANDING.has(this.lower(first - 2))) return false;
    // "sanctions on Moscow", "new tariffs on Beijing": the party pressed.
    if (prev === 'on' && PRESSURE_NOUNS.has(this.lower(first - 2))) return false;
    // "support for Kyiv", "threw its weight behind Kyiv", "aid to Kabul": the party backed.
    if (BACKING_PREPOSITIONS.has(prev) && BACKING_NOUNS.has(this.lower(first - 2))) return false;
    // "hit Moscow with new sanctions": a verb pressing it with a pressure noun.
    if (this.lower(last) === 'with' && PRESSING_VERBS.has(prev) && this.pressureAfter(last + 1))
      return false;
    // "the government in Kiev", "authorities in Beijing": the rulers' seat.
    if (seatOfRulers(this.tokens, first, (at) => this.sentenceInitial(at))) return false;
    if (this.lex.locationPrepositions.has(prev) || PLACE_MODIFIERS.has(prev)) return true;
    if (endsLongerName(this.tokens, first, (at) => this.sentenceInitial(at))) return true;
    if (actsPastAdverbials(this.tokens, last, (at) => this.actsAt(at))) return false;
    // "Washington and Seoul agreed": the first of two capitalised names that act together.
    if (next?.text === 'and' && this.tokens[last + 1]?.cap === true && this.actsAt(last + 2))
      return false;
    const before = this.tokens[first - 1];
    if (before === undefined || !before.word || before.cap) return true;
    return !VERB_ENDING.test(prev) && !participleObject(this.tokens, first, last, this.lex);
  }

  /**
   * The name ending at token `last` (before "and") follows a party noun and its preposition:
   * "the rift between Ankara", "talks with Seoul". At most four capitalised words in the name.
   */
  private partyBeforeConjunct(last: number): boolean {
    let t = last;
    while (t >= 0 && t > last - 4 && this.tokens[t]?.cap === true) t--;
    if (t === last) return false;
    return PARTY_PREPOSITIONS.has(this.lower(t)) && PARTY_NOUNS.has(this.lower(t - 1));
  }

  /** A pressure noun at token `at` or up to two words after it ("with new trade tariffs"). */
  private pressureAfter(at: number): boolean {
    for (let t = at; t < at + 3; t++) if (PRESSURE_NOUNS.has(this.lower(t))) return true;
    return false;
  }

  /** A lower-case verb at token `at`: an auxiliary, a speech verb or a word in -ed. */
  private actsAt(at: number): boolean {
    const next = this.tokens[at];
    if (next === undefined || !next.word || next.cap) return false;
    const word = next.text.toLowerCase();
    return (
      AUXILIARIES.has(word) ||
      this.lex.speechVerbs.has(word) ||
      VERB_ENDING.test(word) ||
      phraseWords().irregularPasts.has(word)
    );
  }

  /** "Institute of Maritime Studies (IMS)": an acronym in parentheses whose letters are the name's initials. */
  acronymDefinedAfter(first: number, last: number): string | undefined {
    const open = this.tokens[last];
    const acronym = this.tokens[last + 1];
    const close = this.tokens[last + 2];
    if (open?.text !== '(' || close?.text !== ')' || acronym === undefined || !acronym.upper)
      return undefined;
    return initialsOf(this.span(first, last).text) === acronym.text.replace(/\./g, '')
      ? acronym.text
      : undefined;
  }
}

/** The first letters of a name's capitalised words: "Kurdistan Democratic Party" → "KDP". */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');
}
