import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';
import { roles } from '../relations/test-roles.js';

const mentions = (text: string): string[] =>
  analyze(text, { headline: false }).mentions.map((m) => `${m.text}=${m.entityId}`);

// Sentences written for these tests.
describe("emitPeoplePartyName: capitalised words and a people's plural before a body's noun", () => {
  it('name the party, not the state the plural is listed for', () => {
    expect(mentions('The Independent Greeks party won six seats.')).toEqual([
      'Independent Greeks=org:independent-greeks',
    ]);
    expect(mentions('The Proud Finns movement marched on Sunday.')).toEqual([
      'Proud Finns=org:proud-finns',
    ]);
  });

  it("gives the party's head the party", () => {
    expect(
      roles('Jan Dvorak, head of the right-wing Loyal Danes party, called for a vote.'),
    ).toEqual([
      'LEADS person:jan-dvorak org:loyal-danes',
      'MEMBER_OF person:jan-dvorak org:loyal-danes',
    ]);
  });

  it('leaves the state where no body noun follows, a common word opens the sentence, or a place leads', () => {
    expect(mentions('The Independent Greeks won six seats.')).toContain('Greeks=state:GRC');
    expect(mentions('Many Greeks party in August.')).toEqual(['Greeks=state:GRC']);
    expect(mentions('The Athens Greeks group met.')).not.toContain(
      'Athens Greeks=org:athens-greeks',
    );
  });
});
