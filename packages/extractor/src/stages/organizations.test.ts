import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

describe('organizations', () => {
  it('joins acronyms and full names from the lexicon', () => {
    const a = body(
      'The North Atlantic Treaty Organization met. NATO allies and the UN Security Council spoke.',
    );
    expect(a.byId('org:nato')?.aliases).toEqual(
      expect.arrayContaining(['NATO', 'North Atlantic Treaty Organization']),
    );
    expect(a.ids).toContain('org:un-security-council');
    expect(a.ids).not.toContain('org:united-nations');
  });

  it('names organizations nobody listed by their head word', () => {
    const a = body('The Baltic Energy Forum and the Diplomatic Academy of Chile issued a report.');
    expect(a.ids).toEqual(
      expect.arrayContaining(['org:baltic-energy-forum', 'org:diplomatic-academy-of-chile']),
    );
  });

  it('joins an acronym defined in parentheses to its organization', () => {
    const a = body('The International Grain Council (IGC) met. The IGC said stocks were low.');
    expect(a.byId('org:international-grain-council')?.mentions).toHaveLength(3);
  });

  it('qualifies a generic party name with its state', () => {
    const a = body('He spoke at Greece’s Communist Party headquarters.');
    expect(a.byId('org:communist-party-of-greece')).toMatchObject({
      name: 'Communist Party of Greece',
      attributes: { state: 'state:GRC' },
    });
  });

  it('records that a government body acts for its state', () => {
    const a = body('The White House said so. Russia’s foreign ministry agreed.');
    expect(a.byId('org:white-house')?.attributes?.['state']).toBe('state:USA');
    expect(a.byId('org:russia-foreign-ministry')?.attributes?.['state']).toBe('state:RUS');
    expect(a.ids).toContain('state:RUS');
  });

  it('makes a state’s ministry named by lower-case portfolio words a body of that state', () => {
    const b = body('Norway’s public health ministry froze the permits.');
    expect(b.byId('org:norway-public-health-ministry')?.attributes?.['state']).toBe('state:NOR');
    expect(b.byId('org:norway-public-health-ministry')?.name).toBe(
      'Norway’s public health ministry',
    );
    const c = body('Norway’s public health agency froze the permits.');
    expect(c.ids.filter((id) => id.startsWith('org:'))).toEqual([]);
  });

  it('resolves "the alliance" to the only alliance mentioned', () => {
    const a = body('NATO leaders met. The alliance agreed to spend more.');
    expect(a.byId('org:nato')?.aliases).toContain('alliance');
  });

  it('resolves a modified or "union" reference to the nearest bloc named before it, only when unambiguous', () => {
    const a = body('ASEAN met. Indonesia, the largest member of the five-nation bloc, objected.');
    expect(a.byId('org:asean')?.aliases).toContain('bloc');
    const b = body(
      'The European Union met. ECOWAS suspended Niger from the bloc. The African Union said the union was firm.',
    );
    expect(b.byId('org:ecowas')?.aliases).toContain('bloc');
    expect(b.byId('org:african-union')?.aliases).toContain('union');
    expect(
      body('The European Union and ECOWAS met. Ghana left the bloc.').byId('org:ecowas')?.aliases,
    ).not.toContain('bloc');
  });

  it('resolves "the coalition" to the only coalition named', () => {
    const a = body('Chile joined the Global Coalition to Counter Piracy. The coalition grew.');
    expect(a.byId('org:global-coalition-to-counter-piracy')?.mentions).toHaveLength(2);
  });

  it('does not join two names across "and"', () => {
    const a = body('The UN Security Council and the International Court of Justice disagreed.');
    expect(a.ids).toEqual(['org:un-security-council', 'org:icj']);
  });
});

describe('organizations: possessives inside names', () => {
  it('keeps a plural possessive inside an organization name', () => {
    const a = body(
      "The Coastal Fishermen's Federation and the Grain Farmers' Union met the New People's Army.",
    );
    expect(a.entities.filter((e) => e.type === 'Organization').map((e) => e.name)).toEqual([
      "Coastal Fishermen's Federation",
      "Grain Farmers' Union",
      "New People's Army",
    ]);
  });

  it('still reads a singular possessive as the owner', () => {
    const a = body("Norway's Labour Party won.");
    expect(a.ids).toContain('state:NOR');
  });
});
