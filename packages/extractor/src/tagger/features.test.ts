import { describe, expect, it } from 'vitest';
import { lexicon } from '../lexicon/lexicon.js';
import { documentCase, SentenceFeatures, STATIC_SLOTS } from './features.js';
import { gazetteerCodes, GAZ_FLAGS } from './gazetteer.js';
import { AFFIXES, ALL_UPPER, CAPITALIZED, TokenHashes } from './token-hashes.js';

const words = (sentence: string): { text: string }[] =>
  sentence.split(' ').map((text) => ({ text }));

describe('TokenHashes', () => {
  const h = new TokenHashes();
  h.fill(words('Brandtberg brandtberg BRANDTBERG Oslo 1996 bracket'));

  it('gives a word and its other spellings one lower-case hash but their own word hash', () => {
    expect(h.lower[0]).toBe(h.lower[1]);
    expect(h.lower[0]).toBe(h.lower[2]);
    expect(h.word[0]).not.toBe(h.word[1]);
  });

  it('hashes shapes by character classes, so names of one pattern share a shape', () => {
    expect(h.shape[0]).toBe(h.shape[3]); // Xx
    expect(h.shape[0]).not.toBe(h.shape[1]); // x
    expect(h.shape[2]).not.toBe(h.shape[0]); // X
    expect(h.shape[4]).not.toBe(h.shape[1]); // d
  });

  it('shares lower-case prefixes between words that begin alike', () => {
    const prefix = (i: number, k: number): number | undefined => h.prefix[i * AFFIXES + k - 1];
    const suffix = (i: number, k: number): number | undefined => h.suffix[i * AFFIXES + k - 1];
    expect(prefix(0, 3)).toBe(prefix(5, 3)); // "bra"
    expect(prefix(0, 4)).not.toBe(prefix(5, 4)); // "bran", "brac"
    expect(suffix(0, 4)).toBe(suffix(2, 4)); // "berg"
    expect(suffix(0, 1)).not.toBe(suffix(3, 1));
  });

  it('marks capitalised and all-capital words', () => {
    expect(h.props[0]! & CAPITALIZED).toBeTruthy();
    expect(h.props[1]! & CAPITALIZED).toBe(0);
    expect(h.props[2]! & ALL_UPPER).toBeTruthy();
  });
});

describe('gazetteerCodes', () => {
  const lex = lexicon();
  const out = { match: new Int32Array(4), flags: new Int32Array(4) };

  it('marks the first and inner words of a listed multi-word name', () => {
    const codes = gazetteerCodes(
      lex,
      words('talks with the North Atlantic Treaty Organization today'),
      out,
    );
    const first = codes.match[3]!;
    expect(first % 4).toBe(1);
    expect([4, 5, 6].map((i) => codes.match[i]! % 4)).toEqual([2, 2, 2]);
    expect(codes.match[7]).toBe(0);
  });

  it('reads listed names in capitals too', () => {
    const codes = gazetteerCodes(lex, words('FRANCE BEAT Italy'), out);
    expect(codes.match[0]).toBe(codes.match[2]);
    expect(codes.match[0]).not.toBe(0);
  });

  it('reads a word as capitals only when no letter of it is lower-case', () => {
    const codes = gazetteerCodes(lex, words('FRANCe , FRANCE , Ïtaly'), out);
    expect(codes.match[0]).toBe(0);
    expect(codes.match[2]).not.toBe(0);
    expect(codes.match[4]).toBe(0);
  });

  it('sets word-list flags: given names, honorifics, stopwords', () => {
    const codes = gazetteerCodes(lex, words('Mr. John said'), out);
    const flag = (name: (typeof GAZ_FLAGS)[number]): number => 1 << GAZ_FLAGS.indexOf(name);
    expect(codes.flags[0]! & flag('honorific')).toBeTruthy();
    expect(codes.flags[1]! & flag('firstName')).toBeTruthy();
    expect(codes.flags[2]! & flag('firstName')).toBe(0);
  });
});

describe('SentenceFeatures', () => {
  it('gives each token STATIC_SLOTS features, empty flag slots as -1', () => {
    const f = new SentenceFeatures(lexicon());
    const sentence = words('Orla Venn joined Kestrel Labs .');
    f.compute(sentence, documentCase([sentence]));
    const token = [...f.feats.subarray(0, STATIC_SLOTS)];
    expect(token.filter((x) => x === -1).length).toBeGreaterThan(0);
    expect(token.slice(0, 28).every((x) => x !== -1)).toBe(true);
  });

  it('gives a word the same features in the same context and different ones elsewhere', () => {
    const f = new SentenceFeatures(lexicon());
    const a = words('the Kestrel board met');
    f.compute(a, documentCase([a]));
    const first = [...f.feats.subarray(STATIC_SLOTS, 2 * STATIC_SLOTS)];
    f.compute(a, documentCase([a]));
    expect([...f.feats.subarray(STATIC_SLOTS, 2 * STATIC_SLOTS)]).toEqual(first);
    const b = words('a Kestrel board met');
    f.compute(b, documentCase([b]));
    const second = [...f.feats.subarray(STATIC_SLOTS, 2 * STATIC_SLOTS)];
    expect(second[1]).toBe(first[1]); // the word itself
    expect(second[12]).not.toBe(first[12]); // the word before
  });

  it('treats a sentence without lower-case letters as caseless', () => {
    const f = new SentenceFeatures(lexicon());
    const s = words('KESTREL WINS CUP');
    f.compute(s, documentCase([s]));
    expect(f.caseless).toBe(true);
  });
});

describe('documentCase', () => {
  it('records how a word is written away from the sentence start', () => {
    const h = new TokenHashes();
    h.fill(words('Bright'));
    const seen = documentCase([
      words('Bright lights .'),
      words('It was bright .'),
      words('We met Bright .'),
    ]);
    expect(seen.get(h.lower[0]!)).toBe(3);
  });
});
