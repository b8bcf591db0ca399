import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel, quantize } from './model-io.js';
import { bioSpans, createTagger, trainTagger, type TrainingDocument } from './index.js';

const PEOPLE = [
  'Orla Venn',
  'Tomas Strand',
  'Ines Okoro',
  'Kofi Lund',
  'Mara Castell',
  'Pavel Brik',
];
const ORGS = ['Kestrel Labs', 'Norvane Bank', 'Tidewell', 'Copperfield Union'];
const PLACES = ['Varnholm', 'Marrowby', 'Selkirk Point'];
const TEMPLATES = [
  '{PER} joined {ORG} in {LOC} .',
  '{ORG} said {PER} would visit {LOC} on Monday .',
  'In {LOC} , {PER} of {ORG} spoke to reporters .',
];

/** A sentence of a template with its BIO tags. */
function fill(
  template: string,
  per: string,
  org: string,
  loc: string,
): { words: string[]; tags: string[] } {
  const words: string[] = [];
  const tags: string[] = [];
  for (const part of template.split(' ')) {
    const slot = { '{PER}': ['PER', per], '{ORG}': ['ORG', org], '{LOC}': ['LOC', loc] }[part];
    if (slot === undefined) {
      words.push(part);
      tags.push('O');
      continue;
    }
    const [type, name] = slot as [string, string];
    name.split(' ').forEach((w, i) => {
      words.push(w);
      tags.push(`${i === 0 ? 'B' : 'I'}-${type}`);
    });
  }
  return { words, tags };
}

function sample(): TrainingDocument[] {
  const docs: TrainingDocument[] = [];
  for (let d = 0; d < 12; d++) {
    docs.push(
      TEMPLATES.map((t, k) =>
        fill(
          t,
          PEOPLE[(d + k) % PEOPLE.length]!,
          ORGS[(d * 3 + k) % ORGS.length]!,
          PLACES[(d + 2 * k) % PLACES.length]!,
        ),
      ),
    );
  }
  return docs;
}

describe('trainTagger', () => {
  const result = trainTagger(sample(), {
    task: 'ner',
    bits: 14,
    epochs: 6,
    seed: 7,
    bio: true,
    patience: 6,
  });

  it('makes fewer mistakes as it passes over the data', () => {
    const errors = result.epochs.map((e) => e.errors);
    expect(errors[0]).toBeGreaterThan(0);
    expect(errors.at(-1)).toBeLessThan(errors[0]!);
  });

  it('tags a sentence it did not see', () => {
    const held = fill('{PER} left {ORG} for {LOC} .', 'Ines Strand', 'Norvane Bank', 'Marrowby');
    expect(createTagger(result.model).tagSentence(held.words.map((text) => ({ text })))).toEqual(
      held.tags,
    );
  });

  it('is deterministic for a seed', () => {
    const again = trainTagger(sample(), {
      task: 'ner',
      bits: 14,
      epochs: 6,
      seed: 7,
      bio: true,
      patience: 6,
    });
    expect(again.epochs).toEqual(result.epochs);
  });

  it('survives quantizing, writing and reading back', () => {
    const model = decodeModel(encodeModel(quantize(result.model, 1)), 'test');
    const held = fill('{PER} visited {LOC} .', 'Kofi Lund', 'x', 'Varnholm');
    expect(createTagger(model).tagSentence(held.words.map((text) => ({ text })))).toEqual(
      held.tags,
    );
  });
});

describe('decodeModel', () => {
  it('names the source of a file that is not a model', () => {
    expect(() => decodeModel(new Uint8Array([1, 2, 3]), 'broken.bin.gz')).toThrow(/gzip/);
  });
});

describe('bioSpans', () => {
  it('reads entities from BIO tags, a stray I- starting one', () => {
    expect(bioSpans(['B-PER', 'I-PER', 'O', 'I-ORG', 'B-LOC', 'B-LOC'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'ORG' },
      { start: 4, end: 5, type: 'LOC' },
      { start: 5, end: 6, type: 'LOC' },
    ]);
  });
});
