import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

describe('statePresidencies', () => {
  it("gives the state holding a body's presidency the lead of the body", () => {
    expect(roles("Luxembourg's EU presidency said the talks would resume.")).toEqual([
      'LEADS state:LUX org:european-union',
    ]);
    expect(roles('The Finnish presidency of the EU said the talks would resume.')).toEqual([
      'LEADS state:FIN org:european-union',
    ]);
    expect(roles("Finland's rotating presidency of the European Union ends soon.")).toEqual([
      'LEADS state:FIN org:european-union',
    ]);
  });

  it('reads a body named before the state ("the EU\'s Luxembourg presidency")', () => {
    expect(roles("The EU's Luxembourg presidency hopes to strike a deal in June.")).toEqual([
      'LEADS state:LUX org:european-union',
    ]);
  });

  it("gives nothing for a person's presidency or a state's partners in a body", () => {
    expect(roles('The U.S. presidency of Barack Obama ended in 2017.')).toEqual([]);
    // No presidency; "X's EU partners" names X's companions in the EU, not X as a member
    // (fellow-members.ts, stop 31).
    expect(roles("France's EU partners want a deal on the budget.")).toEqual([]);
  });
});
