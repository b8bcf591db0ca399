import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

describe('a staff title after a state names his origin or subject, not an office (cues.json staffOnly)', () => {
  it('gives no REPRESENTS of the state to an economist, analyst, researcher or professor', () => {
    expect(roles('German economist Tom Keller said prices would rise.')).toEqual([]);
    expect(roles('Russian professor Tom Keller said the plan would fail.')).toEqual([]);
    expect(roles('Iran analyst Tom Keller said the talks would stall.')).toEqual([]);
    expect(roles('Tom Keller, a Syria researcher, said the report was accurate.')).toEqual([]);
  });

  it("keeps the staff title's organization and a state's own officers", () => {
    expect(
      roles('Tom Keller, an economist at Halvorsen Capital, said prices would rise.'),
    ).toContain('REPRESENTS person:tom-keller org:halvorsen-capital');
    expect(roles('Halvorsen Capital analyst Tom Keller said prices would rise.')).toContain(
      'REPRESENTS person:tom-keller org:halvorsen-capital',
    );
    expect(roles('Iranian spokesman Tom Keller said the talks would go on.')).toEqual([
      'REPRESENTS person:tom-keller state:IRN',
    ]);
    expect(roles('Afghan governor Tom Keller said the road was open.')).toEqual([
      'REPRESENTS person:tom-keller state:AFG',
    ]);
  });
});
