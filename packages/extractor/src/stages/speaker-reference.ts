import type { Entity } from '@newsgraph/graph-schema';
import type { Gender, PronounKind, SpeakerWords } from '../lexicon/speaker-words.js';
import { tokenIndexAt, type Token } from '../text/tokenize.js';
import type { Mention, Sentence } from '../types.js';
import { openingDescription, pastIntroduction } from './description-opener.js';
import { givenNameGender, titleGenderBefore } from './name-gender.js';
import { BodyReference } from './speaker-body.js';
import { LastMentions } from './last-mentions.js';
import { kinSubject, type KinSubject } from './speaker-kin.js';
import { OrganizationHeads } from './speaker-org-heads.js';
import { inSubordinateClause } from './subordinate-clause.js';
import { TitleHolders } from './title-holders.js';

/** How far back a pronoun looks for what it refers to. */
const SENTENCES_BACK = 3;

/** How many paragraphs back the holder of a title ("the senator") must have been named last. */
export const TITLE_PARAGRAPHS_BACK = 3;

export interface ReferenceInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  sentenceTokens: ReadonlyArray<readonly [number, number]>;
  mentions: readonly Mention[];
  entities: ReadonlyMap<string, Entity>;
  words: SpeakerWords;
  quoted: (at: number) => boolean;
}

/**
 * What "he", "she" and "it" refer to: the most recent compatible actor, preferring each earlier
 * sentence's speaker, then the referent of a pronoun that opens it, then the people it names in
 * order. Compatible means the right kind (person or organization) and no contrary gender, known
 * from a given name or a title ("Mrs.", "Mr."). None when nothing fits.
 */
export class SpeakerReference {
  private readonly bySentence = new Map<number, Mention[]>();
  /** Read when a gendered pronoun is first resolved: most articles resolve none. */
  private gendersRead: Map<string, Gender | undefined> | undefined;
  private readonly speakers = new Map<number, string>();
  private readonly openers = new Map<number, string | null>();
  private titled: TitleHolders | undefined;
  private readonly body: BodyReference;
  private lastMentions: LastMentions | undefined;
  private organizations: OrganizationHeads | undefined;

  readonly words: SpeakerWords;

  constructor(private readonly input: ReferenceInput) {
    this.words = input.words;
    for (const m of input.mentions) {
      if (input.quoted(m.start)) continue;
      const list = this.bySentence.get(m.sentence) ?? [];
      list.push(m);
      this.bySentence.set(m.sentence, list);
    }
    this.body = new BodyReference(input, (s) => this.speakers.get(s));
  }

  /** Each person's gender, from names and titles, else from the pronouns after them. */
  private get genders(): Map<string, Gender | undefined> {
    if (this.gendersRead !== undefined) return this.gendersRead;
    const genders = new Map<string, Gender | undefined>();
    this.gendersRead = genders;
    for (const m of this.input.mentions) if (!this.input.quoted(m.start)) this.noteGender(m);
    this.genderFromPronouns();
    return genders;
  }

  /**
   * A person with no gender from name or title takes the one that the pronouns after them say,
   * in sentences that name no other person: "Ruiz said her plan ..." makes Ruiz female.
   */
  private genderFromPronouns(): void {
    const votes = new Map<string, number>();
    for (const [sentence, mentions] of this.bySentence) {
      const people = mentions.filter((m) => m.type === 'Person');
      const only = people[0];
      if (only === undefined || people.some((m) => m.entityId !== only.entityId)) continue;
      const [, last] = this.input.sentenceTokens[sentence] ?? [0, 0];
      for (let k = tokenIndexAt(this.input.tokens, only.end); k < last; k++) {
        const token = this.input.tokens[k];
        const lower = token?.text.toLowerCase() ?? '';
        const gender = this.input.words.pronounGender.get(lower);
        if (gender === undefined || token === undefined || this.input.quoted(token.start)) continue;
        // "Lund thanked him": an object pronoun means someone other than the sentence's subject.
        if (this.input.words.objectPronouns.has(lower)) continue;
        votes.set(only.entityId, (votes.get(only.entityId) ?? 0) + (gender === 'male' ? 1 : -1));
      }
    }
    for (const [id, vote] of votes) {
      if (this.genders.has(id) || vote === 0) continue;
      this.genders.set(id, vote > 0 ? 'male' : 'female');
    }
  }

  /** The pronoun a token is, when it can name a speaker. */
  kindOf(token: Token | undefined): PronounKind | undefined {
    return token === undefined
      ? undefined
      : this.input.words.pronouns.get(token.text.toLowerCase());
  }

  /** Who spoke in a sentence, when an attribution or a speech verb said. */
  speakerOf(sentence: number): string | undefined {
    return this.speakers.get(sentence);
  }

  /** Records who spoke in a sentence, the strongest candidate for a later pronoun. */
  noteSpeaker(sentence: number, id: string): void {
    if (!this.speakers.has(sentence)) this.speakers.set(sentence, id);
  }

  private noteGender(m: Mention): void {
    if (m.type !== 'Person') return;
    const { text, words } = this.input;
    const gender = givenNameGender(words, m.text) ?? titleGenderBefore(words, text, m.start);
    if (gender === undefined) return;
    const known = this.genders.get(m.entityId);
    // Contrary evidence (a name in both readings) leaves the gender unknown.
    this.genders.set(m.entityId, known === undefined || known === gender ? gender : undefined);
  }

  private fits(id: string, kind: PronounKind): boolean {
    const type = this.input.entities.get(id)?.type;
    if (kind === 'organization') return type === 'Organization' || type === 'State';
    if (type !== 'Person') return false;
    const gender = this.genders.get(id);
    return kind === 'person' || gender === undefined || gender === kind;
  }

  /** The actor a pronoun at token `at` of `sentence` refers to. */
  resolve(at: number, sentence: number, kind: PronounKind): string | undefined {
    if (kind === 'body') return this.body.resolve(at, sentence);
    const [first] = this.input.sentenceTokens[sentence] ?? [0, 0];
    // "When he took the stage after Lund's talk, he said": a pronoun repeats the same pronoun
    // earlier in its sentence, past the names between them.
    for (let k = first; k < at; k++) {
      const token = this.input.tokens[k];
      if (token === undefined || this.kindOf(token) !== kind || this.input.quoted(token.start))
        continue;
      at = k;
      break;
    }
    const before = this.ordered(sentence).filter(
      (m) => tokenIndexAt(this.input.tokens, m.start) < at,
    );
    const kin = this.kin(sentence, kind);
    if (kin !== undefined && kin.end < at) return kin.named;
    const here = before.find((m) => this.fits(m.entityId, kind));
    if (here !== undefined) return here.entityId;
    let paragraph = this.input.sentences[sentence]?.paragraph ?? 0;
    let budget = SENTENCES_BACK;
    for (let s = sentence - 1; s >= 0 && budget > 0; s--) {
      const at = this.input.sentences[s];
      if (at === undefined || at.paragraph < paragraph - 1) break;
      const relative = this.kin(s, kind);
      if (relative !== undefined) return relative.named;
      const found = this.candidates(s).find((id) => this.fits(id, kind));
      if (found !== undefined) return found;
      // Sentences wholly inside a quotation name no one the pronoun could mean; they do not count,
      // nor do the paragraphs of a quotation that runs over several ("...," she said, at its end).
      if (this.input.quoted(at.start + 1) && this.input.quoted(at.end - 2))
        paragraph = at.paragraph;
      else budget--;
    }
    return undefined;
  }

  /** "Ruiz's wife was furious": the relative a pronoun of `kind` means in that sentence, if any. */
  private kin(sentence: number, kind: PronounKind): KinSubject | undefined {
    if (kind !== 'male' && kind !== 'female') return undefined;
    const found = kinSubject(this.input, sentence, this.bySentence.get(sentence)?.[0]);
    return found?.gender === kind ? found : undefined;
  }

  /**
   * The most recent person named before offset `before` whose title has `noun` ("Senator" for
   * "the senator"), unless the text has not named them for several paragraphs before `sentence`:
   * by then "the senator" describes whom the text is about, a pronoun's referent.
   */
  titleHolder(noun: string, before: number, sentence: number, bare = false): string | undefined {
    this.titled ??= new TitleHolders(this.input.mentions);
    const id = this.titled.holder(noun, before, bare);
    return id !== undefined && this.namedLately(id, before, sentence) ? id : undefined;
  }

  /** Whether `id` was named before offset `before` within a few paragraphs of `sentence`'s. */
  namedLately(id: string, before: number, sentence: number): boolean {
    this.lastMentions ??= new LastMentions(this.input.mentions, this.input.sentences);
    const named = this.lastMentions.paragraphBefore(id, before) ?? -Infinity;
    const paragraph = this.input.sentences[sentence]?.paragraph ?? 0;
    return named >= paragraph - TITLE_PARAGRAPHS_BACK;
  }

  /** The organization last named with `noun` as the end of its name ("the agency"), before `at` of `sentence`. */
  organizationHead(noun: string, at: number, sentence: number): string | undefined {
    const { mentions, sentences, quoted } = this.input;
    this.organizations ??= new OrganizationHeads(mentions, sentences, quoted);
    return this.organizations.holder(noun, at, sentences[sentence]?.paragraph ?? 0);
  }

  private candidates(sentence: number): string[] {
    const out: string[] = [];
    const speaker = this.speakers.get(sentence);
    if (speaker !== undefined) out.push(speaker);
    const opener = this.opener(sentence);
    if (opener != null) out.push(opener);
    for (const m of this.ordered(sentence)) out.push(m.entityId);
    return out;
  }

  /**
   * A sentence's mentions, those of a subordinate clause and possessors last: in "after Lund's
   * speech, he said" and "After Lund left, Ruiz stayed" Lund is not the subject.
   */
  private ordered(sentence: number): Mention[] {
    const all = this.bySentence.get(sentence) ?? [];
    const { tokens, words, quoted } = this.input;
    const [first] = this.input.sentenceTokens[sentence] ?? [0, 0];
    const subordinate = (m: Mention): boolean =>
      inSubordinateClause(tokens, first, tokenIndexAt(tokens, m.start), words, quoted);
    const mentions = [...all.filter((m) => !subordinate(m)), ...all.filter(subordinate)];
    const possessive = (m: Mention): boolean => {
      const next = tokens[tokenIndexAt(tokens, m.end)];
      return (
        tokens[tokenIndexAt(tokens, m.end) - 1]?.poss === true ||
        next?.text === "'s" ||
        next?.text === '’s'
      );
    };
    return [...mentions.filter((m) => !possessive(m)), ...mentions.filter(possessive)];
  }

  /** "The Wisconsin Republican did ...": the title holder, or whom the description refers back to. */
  private describedOpener(first: number, sentence: number): string | undefined {
    const found = openingDescription(this.input.tokens, first, this.words);
    if (found === undefined) return undefined;
    const start = this.input.tokens[found.the]?.start ?? 0;
    return (
      this.titleHolder(found.noun, start, sentence) ?? this.resolve(found.the, sentence, found.kind)
    );
  }

  /** "He has made calls ...": the sentence is about whoever its opening pronoun refers to. */
  private opener(sentence: number): string | null {
    const known = this.openers.get(sentence);
    if (known !== undefined) return known;
    this.openers.set(sentence, null);
    let [first] = this.input.sentenceTokens[sentence] ?? [0, 0];
    // "And he even ...", "But she ...": a conjunction may come first.
    if (this.input.words.conjunctions.has(this.input.tokens[first]?.text.toLowerCase() ?? ''))
      first++;
    const named = this.bySentence.get(sentence)?.[0];
    const limit = named === undefined ? Infinity : tokenIndexAt(this.input.tokens, named.start);
    first = pastIntroduction(this.input.tokens, first, limit, (t) => this.kindOf(t) !== undefined);
    const token = this.input.tokens[first];
    const kind = this.kindOf(token);
    const id =
      token === undefined || this.input.quoted(token.start)
        ? undefined
        : kind === undefined
          ? this.describedOpener(first, sentence)
          : this.resolve(first, sentence, kind);
    this.openers.set(sentence, id ?? null);
    return id ?? null;
  }
}
