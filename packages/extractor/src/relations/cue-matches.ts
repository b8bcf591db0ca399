import { normalizeCueText, type CompiledCues, type CueForm } from './cue-lexicon.js';
import { tokenAt, type SentenceView } from './sentence-view.js';

/** A cue found in a sentence: its span, its tokens [startToken, endToken), what it may mean. */
export interface CueHit {
  start: number;
  end: number;
  startToken: number;
  endToken: number;
  forms: readonly CueForm[];
  hyphen: boolean;
}

/** Every cue in the sentence, in text order; exclusions ("back down") are consumed silently. */
export function matchCues(cues: CompiledCues, view: SentenceView): CueHit[] {
  const hits: CueHit[] = [];
  const base = view.sentence.start;
  const collect = (
    pattern: RegExp,
    forms: ReadonlyMap<string, readonly CueForm[]>,
    hyphen: boolean,
  ): void => {
    pattern.lastIndex = 0;
    for (const match of view.sentenceText.matchAll(pattern)) {
      const text = hyphen ? match[0].slice(1) : match[0];
      const meanings = forms.get(normalizeCueText(text));
      if (meanings === undefined || meanings.length === 0) continue;
      const start = base + match.index;
      const end = start + match[0].length;
      hits.push({
        start,
        end,
        startToken: tokenAt(view, start),
        endToken: tokenAt(view, end),
        forms: meanings,
        hyphen,
      });
    }
  };
  collect(cues.wordPattern, cues.forms, false);
  if (cues.hyphenPattern) collect(cues.hyphenPattern, cues.hyphenForms, true);
  return hits.sort((a, b) => a.start - b.start);
}
