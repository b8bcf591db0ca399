import { describe, expect, it } from 'vitest';
import { personSpec, stanceTriples } from './test-stance.js';

const torres = personSpec('torres', 'Ana Torres', 'Torres');
const kell = personSpec('kell', 'Boris Kell', 'Kell');
const mendt = personSpec('mendt', 'Carla Mendt', 'Mendt');
const vos = personSpec('vos', 'Dario Vos', 'Vos');
const fisk = personSpec('fisk', 'Elena Fisk', 'Fisk');
const people = [torres, kell, mendt, vos, fisk];

const triples = (text: string): string[] => stanceTriples(text, people);

describe('coordinated predicates: one subject for verb phrases joined by a comma', () => {
  it('gives a present-tense verb after a comma the first verb’s subject, not its object', () => {
    expect(triples('Ana Torres backs Boris Kell, condemns Carla Mendt.')).toEqual([
      'OPPOSES person:torres person:mendt',
      'SUPPORTS person:torres person:kell',
    ]);
  });

  it('reads a present-tense verb after "and" the same way', () => {
    expect(triples('Ana Torres backs Boris Kell and condemns Carla Mendt.')).toEqual([
      'OPPOSES person:torres person:mendt',
      'SUPPORTS person:torres person:kell',
    ]);
  });

  it('reads a present-tense verb that takes no stance before "and" as the first predicate', () => {
    expect(triples('Ana Torres meets Boris Kell and condemns Carla Mendt.')).toEqual([
      'OPPOSES person:torres person:mendt',
    ]);
  });

  it('reads a present-tense verb after "but" the same way, and a noun after it as no verb', () => {
    expect(triples('Ana Torres backs Boris Kell but condemns Carla Mendt.')).toEqual([
      'OPPOSES person:torres person:mendt',
      'SUPPORTS person:torres person:kell',
    ]);
    expect(triples('Ana Torres backs Boris Kell, but attacks on Carla Mendt go on.')).toEqual([
      'SUPPORTS person:torres person:kell',
    ]);
  });

  it('keeps the past tense reading', () => {
    expect(triples('Ana Torres backed Boris Kell, condemned Carla Mendt.')).toEqual([
      'OPPOSES person:torres person:mendt',
      'SUPPORTS person:torres person:kell',
    ]);
  });

  it('carries the subject through a comma and an "and" to the third verb', () => {
    expect(
      triples('Ana Torres backs Boris Kell, condemns Carla Mendt and praises Dario Vos.'),
    ).toEqual([
      'OPPOSES person:torres person:mendt',
      'SUPPORTS person:torres person:kell',
      'SUPPORTS person:torres person:vos',
    ]);
  });

  it('gives a plural subject’s bare verb after a comma that subject', () => {
    expect(triples('Ana Torres and Boris Kell slam Carla Mendt, praise Dario Vos.')).toEqual([
      'OPPOSES person:kell person:mendt',
      'OPPOSES person:torres person:mendt',
      'SUPPORTS person:kell person:vos',
      'SUPPORTS person:torres person:vos',
    ]);
  });

  it('shares the subject after a first verb that takes no stance', () => {
    expect(triples('Ana Torres meets Boris Kell, condemns Carla Mendt.')).toEqual([
      'OPPOSES person:torres person:mendt',
    ]);
    expect(triples('Ana Torres met Boris Kell, condemned Carla Mendt.')).toEqual([
      'OPPOSES person:torres person:mendt',
    ]);
  });

  it('does not take the object of a relative clause as the main verb’s subject', () => {
    expect(triples('Ana Torres, who backs Boris Kell, condemns Carla Mendt.')).toEqual([
      'OPPOSES person:torres person:mendt',
      'SUPPORTS person:torres person:kell',
    ]);
  });

  it('gives a second passive participle the first passive’s subject as its patient', () => {
    expect(triples('Ana Torres was praised by Boris Kell, condemned by Carla Mendt.')).toEqual([
      'OPPOSES person:mendt person:torres',
      'SUPPORTS person:kell person:torres',
    ]);
  });

  it('reads a headline’s passive without "be" the same way', () => {
    expect(triples('Ana Torres praised by Boris Kell, condemned by Carla Mendt')).toEqual([
      'OPPOSES person:mendt person:torres',
      'SUPPORTS person:kell person:torres',
    ]);
  });
});

describe('coordinated predicates: what is no second predicate of the subject', () => {
  it('reads a comma list of names as one object', () => {
    expect(triples('Ana Torres backs Boris Kell, Carla Mendt and Dario Vos.')).toEqual([
      'SUPPORTS person:torres person:kell',
      'SUPPORTS person:torres person:mendt',
      'SUPPORTS person:torres person:vos',
    ]);
  });

  it('keeps a new subject after the comma, and only it', () => {
    expect(triples('Ana Torres backs Boris Kell, Carla Mendt condemns Dario Vos.')).toEqual([
      'OPPOSES person:mendt person:vos',
      'SUPPORTS person:torres person:kell',
    ]);
  });

  it('says nothing for a negated or modal second verb', () => {
    expect(triples('Ana Torres backs Boris Kell, does not condemn Carla Mendt.')).toEqual([
      'SUPPORTS person:torres person:kell',
    ]);
    expect(triples('Ana Torres backs Boris Kell, may condemn Carla Mendt.')).toEqual([
      'SUPPORTS person:torres person:kell',
    ]);
  });

  it('keeps a name in apposition before the comma as the subject', () => {
    expect(triples('Her brother, Boris Kell, condemns Carla Mendt.')).toEqual([
      'OPPOSES person:kell person:mendt',
    ]);
    expect(triples('Her brother, Boris Kell, condemned Carla Mendt.')).toEqual([
      'OPPOSES person:kell person:mendt',
    ]);
  });

  it('lets a participle after the comma describe the object before it', () => {
    expect(triples('Ana Torres met Boris Kell, praised by Carla Mendt.')).toEqual([
      'SUPPORTS person:mendt person:kell',
    ]);
  });

  it('takes only the verb right after a plural subject as its first predicate', () => {
    // "vow to slam" is the vowed stance of its own rule; "praise" joins no predicate.
    expect(triples('Ana Torres and Boris Kell vow to slam Carla Mendt, praise Dario Vos.')).toEqual(
      ['OPPOSES person:kell person:mendt', 'OPPOSES person:torres person:mendt'],
    );
  });

  it('does not read a negated first verb’s object as the next verb’s subject', () => {
    const found = triples('Ana Torres did not back Boris Kell, condemned Carla Mendt.');
    expect(found).not.toContain('OPPOSES person:kell person:mendt');
    expect(triples('Ana Torres did not back Boris Kell and condemned Carla Mendt.')).toEqual([
      'OPPOSES person:torres person:mendt',
    ]);
  });

  it('gives nothing when the shared subject names no actor', () => {
    expect(triples('The senator backs Boris Kell, condemns Carla Mendt.')).toEqual([]);
  });

  it('keeps the subject before a participle aside', () => {
    expect(triples('Ana Torres, backed by Boris Kell, condemns Carla Mendt.')).toEqual([
      'OPPOSES person:torres person:mendt',
      'SUPPORTS person:kell person:torres',
    ]);
  });

  it('gives nothing to the earlier agent when the first participle describes no actor', () => {
    expect(triples('The plan was praised by Boris Kell, condemned by Carla Mendt.')).toEqual([]);
  });

  it('lets a plural role before a name head a subject of a plural verb', () => {
    expect(triples('Torres aides Boris Kell and Carla Mendt condemn Dario Vos.')).toEqual([
      'OPPOSES person:kell person:vos',
      'OPPOSES person:mendt person:vos',
    ]);
  });

  it('does not read a subordinate clause’s subject into the main clause', () => {
    expect(triples('When Ana Torres backs Boris Kell, Elena Fisk condemns Carla Mendt.')).toEqual([
      'OPPOSES person:fisk person:mendt',
      'SUPPORTS person:torres person:kell',
    ]);
  });

  it('reads "yet" before a verb as "but", never taking the first verb’s object as subject', () => {
    expect(triples('Ana Torres criticised Boris Kell, yet praised Carla Mendt.')).toEqual([
      'OPPOSES person:torres person:kell',
      'SUPPORTS person:torres person:mendt',
    ]);
    for (const text of [
      'Ana Torres backs Boris Kell, yet condemns Carla Mendt.',
      'Ana Torres backs Boris Kell yet condemns Carla Mendt.',
    ])
      expect(triples(text)).not.toContain('OPPOSES person:kell person:mendt');
    expect(triples('Ana Torres has not yet condemned Carla Mendt.')).toEqual([]);
  });
});
