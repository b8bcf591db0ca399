import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';
import { roles } from '../relations/test-roles.js';

const mentions = (text: string): string[] =>
  analyze(text, { headline: false }).mentions.map((m) => `${m.text}=${m.entityId}`);

// Sentences written for these tests.
describe('orgNounAfter: a two-word organization noun after an unknown name', () => {
  it('makes the name before "think tank" an organization', () => {
    expect(mentions('The Brelo think tank said growth was weak.')).toEqual(['Brelo=org:brelo']);
    expect(mentions('The Brelo economic think tank said growth was weak.')).toEqual([
      'Brelo=org:brelo',
    ]);
  });

  it("gives the think tank's head the body", () => {
    expect(roles('Anna Lind, head of the Brelo think tank, criticized the deal.')).toEqual([
      'LEADS person:anna-lind org:brelo',
      'MEMBER_OF person:anna-lind org:brelo',
    ]);
  });

  it('reads no organization from the first word alone ("think" without "tank")', () => {
    expect(mentions('The Brelo think it will rain.')).not.toContain('Brelo=org:brelo');
  });
});
