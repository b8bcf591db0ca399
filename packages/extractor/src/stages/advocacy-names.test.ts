import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';

// Advocacy groups and campaigns named "<plural of people> for <cause>" or "<word> for <state>".
// Sentences written for these tests.

const mentions = (text: string): string[] =>
  analyze(text, { headline: false }).mentions.map(
    (m) => `${text.slice(m.start, m.end)}:${m.entityId.split(':')[0] ?? ''}`,
  );

describe('emitAdvocacyName', () => {
  it('reads "<plural demonym> for <noun>" as one organization, not the state', () => {
    expect(mentions('Americans for Prosperity spent millions on the race.')).toEqual([
      'Americans for Prosperity:org',
    ]);
    expect(mentions('A spokesman for Canadians for Clean Water said the group would sue.')).toEqual(
      ['Canadians for Clean Water:org'],
    );
  });

  it('reads "<capitalised plural> for <noun>" inside a sentence as an organization', () => {
    expect(mentions('A suit by Citizens for Responsible Energy failed.')).toEqual([
      'Citizens for Responsible Energy:org',
    ]);
    expect(mentions('The group Veterans for Peace held a rally.')).toEqual([
      'Veterans for Peace:org',
    ]);
  });

  it('reads "<word> for <state>" as an organization', () => {
    expect(mentions('A grant from Teach for America helped.')).toEqual(['Teach for America:org']);
  });

  it('leaves offices, trips, people and thanks alone', () => {
    expect(mentions('The UN Special Envoy for Syria met rebels.')).toEqual([
      'UN:org',
      'Syria:state',
    ]);
    expect(mentions('He thanked Americans for their support.')).toEqual(['Americans:state']);
    expect(mentions('A goal by Okafor for Nigeria sealed it.')).toEqual([
      'Okafor:person',
      'Nigeria:state',
    ]);
    expect(mentions('She won the Ruth Dale Awards for Excellence.')).not.toContain(
      'Ruth Dale Awards for Excellence:org',
    );
  });
});
