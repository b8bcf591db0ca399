import type { GraphDocument } from './document.js';

/** A small valid graph document for tests across packages. */
export function sampleDocument(): GraphDocument {
  const text = 'France criticised the United States. "We disagree," Jean Dupont said.';
  const span = (s: string): { start: number; end: number; text: string } => {
    const start = text.indexOf(s);
    return { start, end: start + s.length, text: s };
  };
  return {
    schemaVersion: 1,
    generator: { name: 'test', version: '0.0.0' },
    article: { id: 'a1', title: 'Test', wordCount: 10, contentHash: 'a'.repeat(64) },
    entities: [
      {
        id: 'state:FRA',
        type: 'State',
        name: 'France',
        aliases: ['France'],
        mentions: [span('France')],
      },
      {
        id: 'state:USA',
        type: 'State',
        name: 'United States',
        aliases: ['United States'],
        mentions: [span('United States')],
      },
      {
        id: 'person:jean-dupont',
        type: 'Person',
        name: 'Jean Dupont',
        aliases: ['Jean Dupont'],
        mentions: [span('Jean Dupont')],
      },
    ],
    relations: [
      {
        type: 'OPPOSES',
        source: 'state:FRA',
        target: 'state:USA',
        properties: {},
        evidence: [span('France criticised the United States.')],
        confidence: 0.8,
      },
      {
        type: 'QUOTES',
        source: 'a1',
        target: 'person:jean-dupont',
        properties: { text: 'We disagree,' },
        evidence: [span('We disagree,')],
        confidence: 0.9,
      },
    ],
  };
}
