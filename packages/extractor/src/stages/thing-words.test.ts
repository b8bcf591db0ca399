import { describe, expect, it } from 'vitest';
import { lexicon } from '../lexicon/lexicon.js';
import { personSlots } from '../lexicon/person-slots.js';
import { tokenize } from '../text/tokenize.js';
import { thingWords } from './thing-words.js';

const TEXT =
  'Brovatex said its profits rose. Shares of Comelf fell, and the town of Thoiry closed. ' +
  'Rindal said he would stay. Analysts at Kestrel and broadcaster Arte agreed. Okafor left. ' +
  "Vantor's board met, as did NATO and Mr Hale. Pirelli SpA gained.";

function things(words: readonly string[]): boolean[] {
  const tokens = tokenize(TEXT);
  const read = thingWords({ tokens, candidates: [], lexicon: lexicon() }, personSlots());
  return words.map((w) => read.has(w));
}

describe('thingWords', () => {
  const words = ['Brovatex', 'Comelf', 'Thoiry', 'Rindal', 'Kestrel', 'Arte', 'Okafor', 'Vantor'];
  const more = ['NATO', 'Hale', 'Pirelli', 'Shares', 'Analysts', 'Brovatex', 'Rindal', 'Arte'];

  it('reads a word as a thing where the article shows it standing for one', () => {
    const [brovatex, , thoiry, rindal, , arte, okafor, vantor] = things(words);
    expect([brovatex, thoiry, arte, vantor]).toEqual([true, true, true, true]);
    expect([rindal, okafor]).toEqual([false, false]);
  });

  it('answers as for each word alone, past the words it scans one by one', () => {
    const alone = [...words, ...more].map((w) => things([w])[0]);
    expect(things([...words, ...more])).toEqual(alone);
  });
});
