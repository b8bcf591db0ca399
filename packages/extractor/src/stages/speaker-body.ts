import { tokenIndexAt } from '../text/tokenize.js';
import type { Mention } from '../types.js';
import type { ReferenceInput } from './speaker-reference.js';

/** How many sentences back "they" looks for the body a sentence is about. */
const SENTENCES_BACK = 2;

/**
 * `Greenpeace attacked the law. "...," they said.`: "they" names a speaker only when the nearest
 * sentence with a subject, this one or a few before, is about one organization: its speaker, or
 * the organization that opens it. A person there, two actors joined by "and", or a possessor
 * ("Greenpeace's lawyers") means the people are unnamed: no speaker, never a guess.
 */
export class BodyReference {
  private readonly firstMention = new Map<number, Mention>();

  constructor(
    private readonly input: ReferenceInput,
    private readonly speakerOf: (sentence: number) => string | undefined,
  ) {
    for (const m of input.mentions)
      if (!input.quoted(m.start) && !this.firstMention.has(m.sentence))
        this.firstMention.set(m.sentence, m);
  }

  resolve(at: number, sentence: number): string | undefined {
    let paragraph = this.input.sentences[sentence]?.paragraph ?? 0;
    let budget = SENTENCES_BACK + 1;
    for (let s = sentence; s >= 0 && budget > 0; s--) {
      const here = this.input.sentences[s];
      if (here === undefined || here.paragraph < paragraph - 1) break;
      // A sentence wholly inside quotation marks has no subject of the text's own; like the
      // paragraphs of a long quotation, it does not count, though whoever spoke it does.
      if (s < sentence && this.input.quoted(here.start + 1) && this.input.quoted(here.end - 2)) {
        const spoke = this.speakerOf(s);
        if (spoke !== undefined) return this.isOrganization(spoke) ? spoke : undefined;
        paragraph = here.paragraph;
        continue;
      }
      budget--;
      let opener = this.opener(s);
      if (s === sentence && tokenIndexAt(this.input.tokens, opener?.start ?? 0) >= at)
        opener = undefined;
      // "Greenpeace and WWF criticised it": whoever the verb's speaker was, "they" are both.
      if (opener !== undefined && !this.alone(opener)) return undefined;
      const id = (s < sentence ? this.speakerOf(s) : undefined) ?? opener?.entityId;
      if (id !== undefined) return this.isOrganization(id) ? id : undefined;
    }
    return undefined;
  }

  private isOrganization(id: string): boolean {
    return this.input.entities.get(id)?.type === 'Organization';
  }

  /** The mention that opens a sentence, past a conjunction and "the". */
  private opener(sentence: number): Mention | undefined {
    const { tokens, words, sentenceTokens } = this.input;
    let [at] = sentenceTokens[sentence] ?? [0, 0];
    if (words.conjunctions.has(tokens[at]?.text.toLowerCase() ?? '')) at++;
    if (tokens[at]?.text.toLowerCase() === 'the') at++;
    const m = this.firstMention.get(sentence);
    return m !== undefined && tokenIndexAt(tokens, m.start) === at ? m : undefined;
  }

  /** Neither joined to another actor ("Greenpeace and WWF") nor a possessor ("Greenpeace's"). */
  private alone(m: Mention): boolean {
    const { tokens } = this.input;
    const after = tokenIndexAt(tokens, m.end);
    const next = tokens[after]?.text.toLowerCase() ?? '';
    return next !== 'and' && next !== "'s" && next !== '’s' && tokens[after - 1]?.poss !== true;
  }
}
