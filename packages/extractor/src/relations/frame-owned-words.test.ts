import { describe, expect, it } from 'vitest';
import { chargeWords } from './charge-words.js';
import { describedWords } from './described-body.js';
import { modalityWords } from './modality-words.js';
import { perfectWords } from './perfect-words.js';
import { policyWords } from './policy-owners.js';
import { thanksWords } from './thanks-words.js';
import { worseningWords } from './worsening-words.js';

// The word lists that moved out of frame-words.json into a file of the frame that reads them.

describe('word lists of one frame each', () => {
  it('reads the worsening frame words as sets', () => {
    const words = worseningWords();
    expect(words.worseningWords.has('soured')).toBe(true);
    expect(words.changeGap.has('since')).toBe(true);
  });

  it('reads the denied-charge and thanked-support words as sets', () => {
    expect(chargeWords().denyVerbs.has('denying')).toBe(true);
    expect(chargeWords().chargeNouns.has('allegations')).toBe(true);
    expect(thanksWords().thanksVerbs.has('thanked')).toBe(true);
    expect(thanksWords().thankedNouns.has('solidarity')).toBe(true);
  });

  it('reads the modality, perfect-copula and described-subject words as sets', () => {
    expect(modalityWords().beforeMonth.has('since')).toBe(true);
    expect(modalityWords().contrastAdverbs.has('instead')).toBe(true);
    expect(modalityWords().additiveAdverbs.has('merely')).toBe(true);
    expect(perfectWords().perfectLinks.has('become')).toBe(true);
    expect(perfectWords().perfectInnerAdverbs.has('long')).toBe(true);
    expect(describedWords().subjectGap.has('also')).toBe(true);
    expect(describedWords().clauseOpeners.has('that')).toBe(true);
  });

  it('reads the policy-target words beside the policy nouns', () => {
    expect(policyWords().stanceNounDeniers.has('little')).toBe(true);
    expect(policyWords().policyClauseOpeners.has('while')).toBe(true);
    expect(policyWords().policyClauseOpeners.has(',')).toBe(false);
  });
});
