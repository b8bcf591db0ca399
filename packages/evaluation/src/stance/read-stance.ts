import { NewsgraphError } from '@newsgraph/graph-schema';

/** 0 neutral, 1 p supports q, 2 q supports p, 3 p opposes q, 4 q opposes p. */
export type StanceLabel = 0 | 1 | 2 | 3 | 4;

/** A marked entity: its name as the data gives it and where the marker sat in the clean text. */
export interface StanceSide {
  name: string;
  start: number;
  end: number;
}

export interface StanceItem {
  /** 1-based line number in the file. */
  line: number;
  /** The sentence with its `[` `]` markers removed. */
  text: string;
  p: StanceSide;
  q: StanceSide;
  label: StanceLabel;
}

/**
 * Reads the directed-sentiment format: per line `sentence<TAB>p<TAB>q<TAB>label`, the sentence
 * holding two `[entity]` markers. Markers may cover part of a word ("[Democrat]s"); each side's
 * offsets are those of its marker in the sentence with the markers removed. A column may be quoted
 * the CSV way (`"a ""b"" c"`). Blank lines are skipped.
 */
export function readStance(text: string, where = 'stance input'): StanceItem[] {
  const items: StanceItem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const at = `${where}:${i + 1}`;
    const columns = raw.split('\t').map(unquote);
    const [sentence, p, q, label] = columns;
    if (columns.length !== 4 || sentence === undefined || p === undefined || q === undefined)
      throw bad(at, `expected 4 tab-separated columns, got ${columns.length}`);
    if (label === undefined || !/^[0-4]$/.test(label.trim()))
      throw bad(at, `expected a label 0-4, got "${label ?? ''}"`);
    const { clean, spans } = stripMarkers(sentence, at);
    const [a, b] = spans as [Span, Span];
    const pFirst = a.name.trim() === p.trim() || b.name.trim() !== p.trim();
    const [ps, qs] = pFirst ? [a, b] : [b, a];
    if (ps.name.trim() !== p.trim() || qs.name.trim() !== q.trim())
      throw bad(at, `the markers [${a.name}] and [${b.name}] do not name "${p}" and "${q}"`);
    items.push({
      line: i + 1,
      text: clean,
      p: { name: p, start: ps.start, end: ps.end },
      q: { name: q, start: qs.start, end: qs.end },
      label: Number(label.trim()) as StanceLabel,
    });
  });
  if (items.length === 0) throw new NewsgraphError('INPUT_EMPTY', 'no stance lines', { where });
  return items;
}

interface Span {
  name: string;
  start: number;
  end: number;
}

function stripMarkers(sentence: string, at: string): { clean: string; spans: Span[] } {
  let clean = '';
  const spans: Span[] = [];
  let open = -1;
  for (const ch of sentence) {
    if (ch === '[') {
      if (open >= 0) throw bad(at, 'a "[" marker opens inside another');
      open = clean.length;
    } else if (ch === ']') {
      if (open < 0) throw bad(at, 'a "]" marker closes nothing');
      spans.push({ name: clean.slice(open), start: open, end: clean.length });
      open = -1;
    } else clean += ch;
  }
  if (open >= 0) throw bad(at, 'a "[" marker is never closed');
  if (spans.length !== 2) throw bad(at, `expected 2 [entity] markers, got ${spans.length}`);
  return { clean, spans };
}

function unquote(column: string): string {
  return /^".*"$/s.test(column) && column.length >= 2
    ? column.slice(1, -1).replace(/""/g, '"')
    : column;
}

function bad(where: string, message: string): NewsgraphError {
  return new NewsgraphError('SCHEMA_VIOLATION', message, { where });
}
