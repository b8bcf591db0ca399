import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

describe('demonymBody', () => {
  it("gives a people's adjective before a title the one organization whose name it opens", () => {
    const text =
      'The Palestinian Authority rejected the plan. Palestinian chief negotiator Omar Haddad ' +
      'said they would take measures against it.';
    expect(roles(text)).toEqual(['REPRESENTS person:omar-haddad org:palestinian-authority']);
  });

  it('gives nothing when two organizations open with the word', () => {
    const text =
      'The Palestinian Authority and the Palestinian Football Association met. Palestinian ' +
      'chief negotiator Omar Haddad said they would take measures against it.';
    expect(roles(text)).toEqual([]);
  });

  it('gives nothing when no organization opens with the word', () => {
    const text =
      'The plan was rejected. Palestinian chief negotiator Omar Haddad said they would fight it.';
    expect(roles(text)).toEqual([]);
  });
});
