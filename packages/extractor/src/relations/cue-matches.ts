import { normalizeCueText, type CompiledCues, type CueForm } from './cue-lexicon.js';
import { tokenAt, type SentenceView } from './sentence-view.js';

/** A cue found in a sentence: its span, its tokens [startToken, endToken), what it may mean. */
export interface CueHit {
  start: number;
  end: number;
  startToken: number;
  endToken: number;
  forms: readonly CueForm[];
  /** "-led" (after a name) or "pro-" (before one): the hit is glued to a name. */
  glued: 'hyphen' | 'prefix' | undefined;
}

/** Every cue in the sentence, in text order; exclusions ("back down") are consumed silently. */
export function matchCues(cues: CompiledCues, view: SentenceView): CueHit[] {
  const hits: CueHit[] = [];
  const base = view.sentence.start;
  const collect = (
    pattern: RegExp,
    forms: ReadonlyMap<string, readonly CueForm[]>,
    glued: CueHit['glued'],
  ): void => {
    pattern.lastIndex = 0;
    for (const match of view.sentenceText.matchAll(pattern)) {
      const text =
        glued === 'hyphen'
          ? match[0].slice(1)
          : glued === 'prefix'
            ? match[0].slice(0, -1)
            : match[0];
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
        glued,
      });
    }
  };
  collect(cues.wordPattern, cues.forms, undefined);
  if (cues.hyphenPattern) collect(cues.hyphenPattern, cues.hyphenForms, 'hyphen');
  if (cues.prefixPattern) collect(cues.prefixPattern, cues.prefixForms, 'prefix');
  return hits.sort((a, b) => a.start - b.start);
}
