import { describe, expect, it } from 'vitest';
import { STATES, type EntitySpec } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Stance precision (issue 10), on sentences written for these tests.

const { france, germany, japan, china, turkey } = STATES;
const lena = personSpec('lena-holt', 'Lena Holt', 'Holt');
const marco = personSpec('marco-diaz', 'Marco Diaz', 'Diaz');
const acme: EntitySpec = { id: 'org:acme', type: 'Organization', names: ['Acme'] };

const triples = (text: string, entities: EntitySpec[]): string[] => stanceTriples(text, entities);

describe('extractRelations: a name and a verb before the subject are no descriptor', () => {
  it('does not read "X met Y and later criticised Z" as Y criticising Z', () => {
    expect(
      triples('France met Germany on Tuesday and later criticised Japan.', [
        france,
        germany,
        japan,
      ]),
    ).not.toContain('OPPOSES state:DEU state:JPN');
  });

  it('keeps a name inside a true descriptor ("X firm Y praised Z")', () => {
    expect(triples('French firm Acme praised Japan on Tuesday.', [france, acme, japan])).toEqual([
      'SUPPORTS org:acme state:JPN',
    ]);
  });
});

describe('extractRelations: a name and a noun before the subject are a descriptor', () => {
  it('reads "X nominee Y accused Z" with Y as the subject', () => {
    const party: EntitySpec = { id: 'org:green-party', type: 'Organization', names: ['Green'] };
    expect(
      triples('Green nominee Lena Holt accused Marco Diaz of lying.', [party, lena, marco]),
    ).toEqual(['OPPOSES person:lena-holt person:marco-diaz']);
  });
});

describe('extractRelations: a measure against Y', () => {
  it('gives no SUPPORTS toward the object of "against"', () => {
    expect(triples('France supported sanctions against Turkey.', [france, turkey])).not.toContain(
      'SUPPORTS state:FRA state:TUR',
    );
  });

  it('reads supporting a measure against Y as opposing Y', () => {
    expect(triples('France supported sanctions against Turkey.', [france, turkey])).toEqual([
      'OPPOSES state:FRA state:TUR',
    ]);
  });

  it('gives no OPPOSES toward Y when the measure against Y is opposed', () => {
    expect(triples('France opposed new sanctions against Turkey.', [france, turkey])).toEqual([]);
  });
});

describe('extractRelations: passive criticism by supporters', () => {
  it("gives no SUPPORTS from the criticised one to the supporters' leader", () => {
    expect(
      triples('Lena Holt was criticised by supporters of Marco Diaz.', [lena, marco]),
    ).not.toContain('SUPPORTS person:lena-holt person:marco-diaz');
  });

  it('still reads the agent noun of a copula ("X is a supporter of Y")', () => {
    expect(triples('Lena Holt is a supporter of Marco Diaz.', [lena, marco])).toEqual([
      'SUPPORTS person:lena-holt person:marco-diaz',
    ]);
  });
});

describe('extractRelations: a stance noun in the "as" complement of a naming verb', () => {
  it('gives the subject no stance toward the one the complement names', () => {
    expect(
      triples('Germany named Turkey as a key backer of Acme.', [germany, turkey, acme]),
    ).not.toContain('SUPPORTS state:DEU org:acme');
  });
});

describe('extractRelations: a future or expected act is not a stated stance', () => {
  it('reads no stance from "X will criticise Y"', () => {
    expect(triples('China will criticise Japan at the summit.', [china, japan])).toEqual([]);
  });

  it('keeps a future the actor declares ("X said it will back Y")', () => {
    expect(triples('China said it will back Japan at the summit.', [china, japan])).toEqual([
      'SUPPORTS state:CHN state:JPN',
    ]);
  });

  it('keeps an announced office ("X will lead Y")', () => {
    expect(stanceTriples('Lena Holt will lead Acme.', [lena, acme], ['LEADS'])).toEqual([
      'LEADS person:lena-holt org:acme',
    ]);
  });

  it('still reads the past act ("X criticised Y")', () => {
    expect(triples('China criticised Japan at the summit.', [china, japan])).toEqual([
      'OPPOSES state:CHN state:JPN',
    ]);
  });

  it('reads no stance from "X is expected to condemn Y"', () => {
    expect(triples('China is expected to condemn Japan at the summit.', [china, japan])).toEqual(
      [],
    );
  });
});

describe('extractRelations: gerunds coordinated after "condemned X for"', () => {
  it("gives each gerund's stance to X, not to the one condemning", () => {
    expect(
      triples('Germany has condemned Turkey for sheltering and funding Acme.', [
        germany,
        turkey,
        acme,
      ]),
    ).toEqual(['OPPOSES state:DEU state:TUR', 'SUPPORTS state:TUR org:acme']);
  });
});
