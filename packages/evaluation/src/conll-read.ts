import { NewsgraphError } from '@newsgraph/graph-schema';

export interface ConllSentence {
  tokens: string[];
  /** The NER column as written (IOB1 or IOB2). */
  tags: string[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

/** A gold entity in token positions: tokens [start, end) of one sentence. */
export interface TokenSpan {
  start: number;
  end: number;
  type: string;
}

/**
 * Reads a CoNLL-2003 file (`token POS chunk NER` per line, blank lines between sentences,
 * `-DOCSTART-` between documents). Lines before the first `-DOCSTART-` form a document too, so
 * a file without markers is one document. Empty documents are dropped.
 */
export function readConll(text: string, where?: string): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let sentences: ConllSentence[] = [];
  let sentence: ConllSentence = { tokens: [], tags: [] };
  const endSentence = (): void => {
    if (sentence.tokens.length > 0) sentences.push(sentence);
    sentence = { tokens: [], tags: [] };
  };
  const endDocument = (): void => {
    endSentence();
    if (sentences.length > 0) documents.push({ sentences });
    sentences = [];
  };
  text.split(/\r?\n/).forEach((line, i) => {
    const columns = line.trim().split(/\s+/);
    const token = columns[0] ?? '';
    if (token === '') return endSentence();
    if (token === '-DOCSTART-') return endDocument();
    const tag = columns[columns.length - 1] ?? '';
    if (columns.length < 2 || !/^(O|[BI]-[A-Z]+)$/.test(tag)) {
      const at = `${where ?? 'CoNLL input'}:${i + 1}`;
      throw new NewsgraphError('SCHEMA_VIOLATION', `expected "token ... NER-tag", got "${line}"`, {
        where: at,
      });
    }
    sentence.tokens.push(token);
    sentence.tags.push(tag);
  });
  endDocument();
  return documents;
}

/**
 * Entity spans of a tag sequence, read so that IOB1 and IOB2 give the same answer: an entity
 * starts at a B- tag, or at an I- tag whose type differs from the tag before (IOB1 writes I- on
 * the first token and B- only between two adjacent entities of one type); O ends it.
 */
export function tagSpans(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | undefined;
  tags.forEach((tag, i) => {
    const type = tag === 'O' ? undefined : tag.slice(2);
    const continues = open !== undefined && tag.startsWith('I-') && type === open.type;
    if (continues && open) {
      open.end = i + 1;
      return;
    }
    open = type === undefined ? undefined : { start: i, end: i + 1, type };
    if (open) spans.push(open);
  });
  return spans;
}
