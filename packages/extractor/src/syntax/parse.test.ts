import { describe, expect, it } from 'vitest';
import { parseSentence } from './parse.js';
import type { SentenceSyntax, VerbGroup } from './types.js';

/** The words of a phrase. */
function phrase(syntax: SentenceSyntax, p: number): string {
  const np = syntax.phrases[p];
  return np ? syntax.words.slice(np.start, np.end).join(' ') : '?';
}

/** A verb group by its main verb, with its arguments as text. */
function verb(text: string, main: string) {
  const syntax = parseSentence(text);
  const group = syntax.verbs.find((v) => syntax.words[v.main] === main);
  if (group === undefined) throw new Error(`no verb group on "${main}" in: ${text}`);
  const names = (list: readonly number[]): string[] => list.map((p) => phrase(syntax, p));
  return {
    group: group satisfies VerbGroup,
    subject: names(group.subject),
    object: names(group.object),
    agent: names(group.agent),
    syntax,
  };
}

describe('parseSentence: verb groups and their arguments', () => {
  it('binds the subject and object of an active verb', () => {
    const v = verb('Ruritania condemned Freedonia on Tuesday.', 'condemned');
    expect([v.subject, v.object, v.group.voice]).toEqual([['ruritania'], ['freedonia'], 'active']);
  });

  it('reads a passive with its by-agent', () => {
    const v = verb('Freedonia was sharply criticised by the Ruritanian government.', 'criticised');
    expect(v.group.voice).toBe('passive');
    expect(v.subject).toEqual(['freedonia']);
    expect(v.agent).toEqual(['the ruritanian government']);
    expect(v.object).toEqual([]);
  });

  it('splits a content noun from the subject of its clause when "that" is left out', () => {
    expect(
      verb('The plan was undermined by evidence Greens would rather run.', 'undermined').agent,
    ).toEqual(['evidence']);
    const v = verb(
      'The plan was undermined by evidence Republicans would rather run.',
      'undermined',
    );
    expect(v.agent).toEqual(['evidence']);
    expect(
      verb('The plan was undermined by evidence Republicans would rather run.', 'run').subject,
    ).toEqual(['republicans']);
  });

  it('keeps a common noun before a name as one phrase when no verb follows', () => {
    expect(verb('Ruritania condemned fellow Republicans.', 'condemned').object).toEqual([
      'fellow republicans',
    ]);
  });

  it('reads a passive without an agent', () => {
    const v = verb('The new tariffs were imposed last year.', 'imposed');
    expect([v.group.voice, v.subject, v.agent]).toEqual(['passive', ['the new tariffs'], []]);
  });

  it('gives a relative clause the antecedent as subject, and resumes the main clause after it', () => {
    const text = 'The ministers, who met in Geneva, rejected the proposal.';
    expect(verb(text, 'met').subject).toEqual(['the ministers']);
    expect(verb(text, 'met').group.subjectSource).toBe('relative');
    expect(verb(text, 'rejected').subject).toEqual(['the ministers']);
    expect(verb(text, 'rejected').object).toEqual(['the proposal']);
  });

  it('ends a subject relative clause at the next tensed verb, the antecedent its subject', () => {
    const text = 'Voters who backed Ana Lopez in the primary criticised the mayor.';
    expect(verb(text, 'criticised').subject).toEqual(['voters']);
    expect(verb(text, 'backed').object).toEqual(['ana lopez']);
    // A verb right after the relative verb's object may be a complement's: no subject at all.
    expect(
      verb('Voters who said Ana Lopez criticised the mayor were wrong.', 'criticised').subject,
    ).toEqual([]);
  });

  it('reads a relative clause between dashes, and a small clause as no coordination partner', () => {
    const text =
      'The council - which considers the mayor biased and has rejected the plan - met today.';
    expect(verb(text, 'rejected').subject).toEqual(['the council']);
    expect(verb(text, 'met').subject).toEqual(['the council']);
  });

  it('gives an infinitive its controller: the subject, or the object when one comes between', () => {
    const moved = verb('Ruritania moved to block the merger.', 'block');
    expect([moved.subject, moved.object, moved.group.infinitive]).toEqual([
      ['ruritania'],
      ['the merger'],
      true,
    ]);
    expect(moved.group.subjectSource).toBe('controller');
    const urged = verb('Ruritania urged Freedonia to reject the deal.', 'reject');
    expect([urged.subject, urged.object]).toEqual([['freedonia'], ['the deal']]);
  });

  it('distributes coordinated subjects and shares a subject between coordinated verbs', () => {
    expect(verb('Ruritania and Freedonia criticised the treaty.', 'criticised').subject).toEqual([
      'ruritania',
      'freedonia',
    ]);
    const text = 'Ruritania criticised Freedonia and praised Osterlich.';
    expect(verb(text, 'praised').subject).toEqual(['ruritania']);
    expect(verb(text, 'praised').group.subjectSource).toBe('shared');
    expect(verb(text, 'praised').object).toEqual(['osterlich']);
    expect(verb(text, 'criticised').object).toEqual(['freedonia']);
  });

  it('gives a participle after a comma the subject of the last tensed verb', () => {
    const text =
      'Ruritania renewed its objections to Freedonia and Osterlich signing the pact, accusing both governments of bad faith.';
    expect(verb(text, 'accusing').subject).toEqual(['ruritania']);
    expect(verb(text, 'accusing').group.subjectSource).toBe('shared');
    expect(verb(text, 'accusing').object).toEqual(['both governments']);
  });

  it('keeps quoted short phrases inside their clause', () => {
    const v = verb('Ruritania criticised the “reckless” plan of Freedonia.', 'criticised');
    expect(v.syntax.clauses).toHaveLength(1);
    expect(v.subject).toEqual(['ruritania']);
  });

  it('starts a new clause at ", and" before a new subject and verb', () => {
    const text = 'Ruritania condemned the attack, and Freedonia backed the rebels.';
    expect(verb(text, 'condemned').object).toEqual(['the attack']);
    expect(verb(text, 'backed').subject).toEqual(['freedonia']);
  });

  it('steps over an apposition to the subject it describes', () => {
    const text = 'John Smith, the leader of the Green Party, denounced the budget.';
    const v = verb(text, 'denounced');
    expect(v.subject).toEqual(['john smith']);
    const apposition = v.syntax.phrases.find((p) => p.appositionTo !== undefined);
    expect(apposition && phrase(v.syntax, v.syntax.phrases.indexOf(apposition))).toBe('the leader');
  });

  it('links a possessor to the phrase it owns', () => {
    const v = verb("Ruritania attacked Freedonia's trade policy.", 'attacked');
    const object = v.syntax.phrases[v.group.object[0] ?? -1];
    expect(object?.possessor).toBeDefined();
    expect(phrase(v.syntax, object?.possessor ?? -1)).toBe("freedonia 's");
  });

  it('flags negation and modality', () => {
    const negated = verb('Ruritania did not support Freedonia.', 'support');
    expect([negated.group.negated, negated.group.modal]).toEqual([true, undefined]);
    expect(verb("Ruritania didn't support Freedonia.", 'support').group.negated).toBe(true);
    const modal = verb('He said Ruritania would never support the bid.', 'support');
    expect(modal.group.negated).toBe(true);
    expect(modal.group.modal).toBeDefined();
    expect(modal.subject).toEqual(['ruritania']);
    expect(verb('He said Ruritania would support the bid.', 'said').object).toEqual([]);
    // The chunker puts "never" in an adverb chunk of its own before the verb.
    expect(verb('The talks failed, Ruritania never said so.', 'said').group.negated).toBe(true);
  });

  it('marks a question', () => {
    expect(parseSentence('Will Ruritania back Freedonia?').question).toBe(true);
    expect(parseSentence('Ruritania backed Freedonia.').question).toBe(false);
  });

  it('keeps offsets into the whole text for a sentence inside it', () => {
    const text = 'First one. Ruritania condemned Freedonia.';
    const syntax = parseSentence(text, 11, text.length);
    expect(syntax.tokens[0]?.start).toBe(11);
    expect(syntax.words[0]).toBe('ruritania');
  });

  it('gives a tensed verb after a lone comma the subject of the verb whose object precedes it', () => {
    const v = verb('Ruritania met Freedonia, condemned Osterlich.', 'condemned');
    expect([v.subject, v.group.subjectSource]).toEqual([['ruritania'], 'shared']);
  });

  it('keeps a name in apposition, closed by the comma, as the subject', () => {
    expect(verb('Her brother, Jon Varga, praised Freedonia.', 'praised').subject).toEqual([
      'jon varga',
    ]);
  });

  it('lets a participle after the comma describe the object before it', () => {
    expect(verb('Ruritania helped Freedonia, backed by Osterlich.', 'backed').subject).toEqual([
      'freedonia',
    ]);
  });

  it.each([
    'Ruritania criticised Freedonia, yet praised Osterlich.',
    'Ruritania criticised Freedonia yet praised Osterlich.',
  ])('reads "yet" before a verb as joining it to the first verb: %j', (text) => {
    const v = verb(text, 'praised');
    expect([v.subject, v.group.subjectSource]).toEqual([['ruritania'], 'shared']);
  });

  it('keeps "yet" after an auxiliary or "not" an adverb inside the verb group', () => {
    const v = verb('Ruritania has not yet condemned Freedonia.', 'condemned');
    expect([v.subject, v.syntax.clauses.length]).toEqual([['ruritania'], 1]);
  });
});
