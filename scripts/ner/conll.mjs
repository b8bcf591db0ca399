import { readFileSync } from 'node:fs';

const COLUMNS = { pos: 1, chunk: 2, ner: 3 };

/**
 * CoNLL-2003 documents (`token POS chunk NER` rows, blank lines between sentences, -DOCSTART-
 * between documents) with the tags of one column. Exits with a line naming the file and row of a
 * malformed one.
 */
export function readConllColumn(path, task) {
  const column = COLUMNS[task];
  const docs = [];
  let doc = [];
  let sentence = { words: [], tags: [] };
  const endSentence = () => {
    if (sentence.words.length > 0) doc.push(sentence);
    sentence = { words: [], tags: [] };
  };
  const endDocument = () => {
    endSentence();
    if (doc.length > 0) docs.push(doc);
    doc = [];
  };
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      const cols = line.trim().split(/\s+/);
      if (cols[0] === '') return endSentence();
      if (cols[0] === '-DOCSTART-') return endDocument();
      if (cols.length !== 4) throw new Error(`${path}:${i + 1}: expected 4 columns, got "${line}"`);
      sentence.words.push(cols[0]);
      sentence.tags.push(cols[column]);
    });
  endDocument();
  return docs;
}
