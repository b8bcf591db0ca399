import { describe, expect, it } from 'vitest';
import { STATES } from './test-analysis.js';
import { stanceTriples } from './test-stance.js';

const { brazil, chile, peru, france, russia, germany } = STATES;
const ALL = [brazil, chile, peru, france, russia, germany];

describe('actAntecedentTarget', () => {
  it('points a stance on "the charge" at the accuser, past sentences naming others', () => {
    expect(
      stanceTriples(
        'Chile accused Peru of moving troops to the border. Brazil urged calm. Peru rejected the charge.',
        ALL,
      ),
    ).toEqual(['OPPOSES state:CHL state:PER', 'OPPOSES state:PER state:CHL']);
  });

  it('points a stance on "the veto" at the one who vetoed, not at a bystander named later', () => {
    expect(
      stanceTriples(
        'Russia vetoed the draft on Monday. Brazil abstained. France deplored the veto.',
        ALL,
      ),
    ).toContain('OPPOSES state:FRA state:RUS');
    expect(
      stanceTriples(
        'Russia vetoed the draft on Monday. Brazil abstained. France deplored the veto.',
        ALL,
      ),
    ).not.toContain('OPPOSES state:FRA state:BRA');
  });

  it('points a stance on "the demand" at the one who demanded', () => {
    expect(
      stanceTriples(
        'Brazil demanded that Chile withdraw its ships. Talks are due in May. Chile rejected the demand.',
        ALL,
      ),
    ).toContain('OPPOSES state:CHL state:BRA');
  });

  it('gives the invader of an invasion, and no one for a passive', () => {
    expect(
      stanceTriples('Russia invaded the region. Germany condemned the invasion.', ALL),
    ).toContain('OPPOSES state:DEU state:RUS');
    expect(
      stanceTriples('Peru was invaded by Chile. Germany condemned the invasion.', ALL),
    ).not.toContain('OPPOSES state:DEU state:PER');
  });

  it("gives nothing when the act was the subject's own, or the noun names its owner", () => {
    expect(
      stanceTriples('Brazil proposed a summit on trade. Brazil defended the proposal.', ALL),
    ).toEqual([]);
    expect(
      stanceTriples('Chile accused Peru of spying. Peru rejected the charge by Germany.', ALL),
    ).not.toContain('OPPOSES state:PER state:CHL');
  });

  it('gives nothing for a negated or modal stance', () => {
    expect(
      stanceTriples('Chile accused Peru of spying. Peru did not reject the charge.', ALL),
    ).toEqual(['OPPOSES state:CHL state:PER']);
    expect(stanceTriples('Chile accused Peru of spying. Peru may reject the charge.', ALL)).toEqual(
      ['OPPOSES state:CHL state:PER'],
    );
  });

  it('reads a denied charge as opposing the earlier accuser, not when negated', () => {
    const accused = 'Chile accused Peru of spying. Brazil urged calm.';
    expect(stanceTriples(`${accused} Peru denied the charge.`, ALL)).toContain(
      'OPPOSES state:PER state:CHL',
    );
    expect(stanceTriples(`${accused} Peru did not deny the charge.`, ALL)).not.toContain(
      'OPPOSES state:PER state:CHL',
    );
  });
});
