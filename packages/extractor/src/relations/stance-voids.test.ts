import { describe, expect, it } from 'vitest';
import { ArticleContext } from './article-context.js';
import { buildSentenceView, type SentenceView } from './sentence-view.js';
import { stanceVoided } from './stance-voids.js';
import { STATES, analysisOf } from './test-analysis.js';

const { japan, us } = STATES;

function viewOf(text: string): SentenceView {
  const analysis = analysisOf(text, [japan, us]);
  const sentence = analysis.sentences[0];
  if (sentence === undefined) throw new Error('no sentence');
  return buildSentenceView(new ArticleContext(analysis), sentence);
}

/** The cue at `verb`, its object from the first "washington" to the token after it. */
function at(view: SentenceView, verb: string) {
  const from = view.words.indexOf('washington');
  return { verb: view.words.indexOf(verb), from, object: from + 1 };
}

describe('stanceVoided: the voids both emitters share', () => {
  it('voids a stance on a matter someone refused to talk about, not a structural relation', () => {
    const view = viewOf("Japan refused to discuss Washington's plan.");
    expect(stanceVoided('OPPOSES', view, at(view, 'refused'))).toBe(true);
    expect(stanceVoided('SUPPORTS', view, at(view, 'refused'))).toBe(true);
    expect(stanceVoided('LEADS', view, at(view, 'refused'))).toBe(false);
  });

  it('voids a match result before the target and a score after the object', () => {
    const won = viewOf('Japan sealed a 2-0 win for Washington.');
    expect(stanceVoided('SUPPORTS', won, at(won, 'sealed'))).toBe(true);
    const beat = viewOf('Japan beat Washington 3-1 on Sunday.');
    expect(stanceVoided('OPPOSES', beat, at(beat, 'beat'))).toBe(true);
  });

  it('leaves a plain stance and a refusal of an act on the target alone', () => {
    const plain = viewOf("Japan criticised Washington's plan.");
    expect(stanceVoided('OPPOSES', plain, at(plain, 'criticised'))).toBe(false);
    const act = viewOf('Japan refused to recognise Washington.');
    expect(stanceVoided('OPPOSES', act, at(act, 'refused'))).toBe(false);
  });
});
