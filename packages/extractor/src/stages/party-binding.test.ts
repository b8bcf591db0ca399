import { describe, expect, it } from 'vitest';
import { namedStateParty } from './party-binding.js';
import { body } from './test-helpers.js';

describe('namedStateParty', () => {
  it('finds the one party of a named state whose name the plural opens', () => {
    expect(namedStateParty('Liberals', new Set(['state:CAN']))?.id).toBe(
      'org:liberal-party-canada',
    );
    expect(namedStateParty('Democrats', new Set(['state:USA']))?.id).toBe(
      'org:democratic-party-us',
    );
  });

  it('finds none without a named state that lists such a party', () => {
    expect(namedStateParty('Liberals', new Set())).toBeUndefined();
    expect(namedStateParty('Liberals', new Set(['state:FRA']))).toBeUndefined();
    expect(namedStateParty('Reformers', new Set(['state:CAN']))).toBeUndefined();
  });
});

describe('party plurals bound by the story', () => {
  it("reads a party's plural as the party of the country the story names", () => {
    const canada = body('In Canada the Conservatives accused the Liberals of stalling the bill.');
    expect(canada.ids).toContain('org:conservative-party-canada');
    expect(canada.ids).toContain('org:liberal-party-canada');
    expect(canada.ids).not.toContain('org:conservative-party-uk');
  });

  it('takes a capital named as a place for its country', () => {
    const ottawa = body('Speaking in Ottawa, the Conservatives attacked the budget.');
    expect(ottawa.ids).toContain('org:conservative-party-canada');
  });

  it('reads no party from a plural where no named country lists one', () => {
    expect(body('The Liberals attacked the budget on Monday.').ids).toEqual([]);
  });
});
