import { describe, expect, it } from 'vitest';
import { extractRelations } from './index.js';
import { ORGS, STATES, analysisOf, type EntitySpec, type RoleSpec } from './test-analysis.js';

const person = (name: string): EntitySpec => ({
  id: `person:${name.toLowerCase().replace(/ /g, '-')}`,
  type: 'Person',
  names: [name],
});

function relations(text: string, entities: EntitySpec[], roles: RoleSpec[] = []): string[] {
  return extractRelations(analysisOf(text, entities, roles), {}).map(
    (r) =>
      `${r.type} ${r.source} ${r.target}${r.properties['role'] ? ` ${r.properties['role']}` : ''}`,
  );
}

describe('extractRelations: titles', () => {
  it('ties a title to the state the entity stage found ("U.S. Defense Secretary")', () => {
    const text = 'U.S. Defense Secretary Mark Esper visited Hanoi.';
    const roles = [{ person: 'Mark Esper', title: 'Defense Secretary', of: 'state:USA' }];
    expect(relations(text, [STATES.us, person('Mark Esper')], roles)).toEqual([
      'REPRESENTS person:mark-esper state:USA Defense Secretary',
    ]);
  });

  it('gives an organization head LEADS', () => {
    const text = 'NATO Secretary General Jens Stoltenberg spoke in Brussels.';
    const roles = [{ person: 'Jens Stoltenberg', title: 'Secretary General', of: 'org:nato' }];
    // An intergovernmental body's members are states: its head gets no MEMBER_OF.
    const nato: EntitySpec = { ...ORGS.nato, attributes: { kind: 'igo' } };
    expect(relations(text, [nato, person('Jens Stoltenberg')], roles)).toEqual([
      'LEADS person:jens-stoltenberg org:nato Secretary General',
    ]);
  });

  it('attaches "Chancellor" to the one state of the article that uses the title', () => {
    const text = 'Chancellor Angela Merkel met the French president. France and Germany agreed.';
    const roles = [{ person: 'Angela Merkel', title: 'Chancellor' }];
    expect(
      relations(text, [STATES.france, STATES.germany, person('Angela Merkel')], roles),
    ).toContain('LEADS person:angela-merkel state:DEU Chancellor');
  });

  it('attaches a bare "President" to a state only when the article is clearly about it', () => {
    const roles = [{ person: 'Ana Lima', title: 'President' }];
    const clear =
      'President Ana Lima spoke. Brazil grew. Brazil voted. Brazilian exports rose. Chile watched.';
    expect(relations(clear, [STATES.brazil, STATES.chile, person('Ana Lima')], roles)).toContain(
      'LEADS person:ana-lima state:BRA President',
    );
    const unclear = 'President Ana Lima spoke. Brazil grew. Chile voted. Brazil and Chile met.';
    expect(relations(unclear, [STATES.brazil, STATES.chile, person('Ana Lima')], roles)).toEqual(
      [],
    );
  });

  it('demotes a deputy and drops a former office holder', () => {
    const deputy = 'Deputy Prime Minister Ana Lima spoke.';
    expect(
      relations(
        deputy,
        [STATES.brazil, person('Ana Lima')],
        [{ person: 'Ana Lima', title: 'Deputy Prime Minister', of: 'state:BRA' }],
      ),
    ).toEqual(['REPRESENTS person:ana-lima state:BRA Deputy Prime Minister']);
    const former = 'The former Brazilian President Ana Lima spoke.';
    expect(
      relations(
        former,
        [STATES.brazil, person('Ana Lima')],
        [{ person: 'Ana Lima', title: 'President', of: 'state:BRA' }],
      ),
    ).toEqual([]);
  });

  it('makes a lawmaker a member of the party named in apposition', () => {
    const party: EntitySpec = {
      id: 'org:christian-democrats',
      type: 'Organization',
      names: ['Christian Democrats'],
    };
    const text = 'Karl Vogel, a lawmaker for the Christian Democrats, said the plan was wrong.';
    expect(relations(text, [party, person('Karl Vogel')])).toEqual([
      'MEMBER_OF person:karl-vogel org:christian-democrats',
    ]);
  });

  it('reads a senior fellow at an organization as representing and belonging to it', () => {
    const forum: EntitySpec = {
      id: 'org:harbor-forum',
      type: 'Organization',
      names: ['Harbor Forum'],
    };
    const text = 'Avi Stern, senior fellow at the right-wing Harbor Forum, disagreed.';
    expect(relations(text, [forum, person('Avi Stern')])).toEqual([
      'REPRESENTS person:avi-stern org:harbor-forum senior fellow',
      'MEMBER_OF person:avi-stern org:harbor-forum',
    ]);
  });

  it('reads "X, from Y" and "Party X" as affiliation', () => {
    const watch: EntitySpec = {
      id: 'org:rights-watch',
      type: 'Organization',
      names: ['Rights Watch'],
    };
    expect(
      relations("Ben Ade, from the UK's Rights Watch, said so.", [
        STATES.uk,
        watch,
        person('Ben Ade'),
      ]),
    ).toEqual([
      'REPRESENTS person:ben-ade org:rights-watch',
      'MEMBER_OF person:ben-ade org:rights-watch',
    ]);
    const party: EntitySpec = {
      id: 'org:labour-party',
      type: 'Organization',
      names: ['Labour'],
      attributes: { kind: 'party' },
    };
    expect(relations('Earlier Labour Tom Reed said so.', [party, person('Tom Reed')])).toEqual([
      'MEMBER_OF person:tom-reed org:labour-party',
    ]);
  });

  it('reads "[X]-led [Y]" as X leading Y', () => {
    const coalition: EntitySpec = {
      id: 'org:coalition',
      type: 'Organization',
      names: ['coalition'],
    };
    expect(relations('Troops from a U.S.-led coalition arrived.', [STATES.us, coalition])).toEqual([
      'LEADS state:USA org:coalition',
    ]);
  });

  it('reads "X, the leader of Y" without a marked title', () => {
    const party: EntitySpec = {
      id: 'org:green-party',
      type: 'Organization',
      names: ['Green Party'],
    };
    expect(
      relations('Ana Lima, the leader of the Green Party, resigned.', [party, person('Ana Lima')]),
    ).toEqual([
      'LEADS person:ana-lima org:green-party leader',
      'MEMBER_OF person:ana-lima org:green-party',
    ]);
  });

  it('does not guess a holder for a title qualified by a name or words it has no entity for', () => {
    const exchange: EntitySpec = {
      id: 'org:harbor-exchange',
      type: 'Organization',
      names: ['Harbor Exchange'],
    };
    const text =
      'Cofinec CEO Ana Lima spoke. The Harbor Exchange rose. The Harbor Exchange fell. The Harbor Exchange closed.';
    expect(
      relations(text, [exchange, person('Ana Lima')], [{ person: 'Ana Lima', title: 'CEO' }]),
    ).toEqual([]);
    const rebel =
      'Officials said rebel military leader Ana Lima agreed. Brazil grew. Brazil voted. Brazil won.';
    expect(
      relations(
        rebel,
        [STATES.brazil, person('Ana Lima')],
        [{ person: 'Ana Lima', title: 'leader' }],
      ),
    ).toEqual([]);
  });

  it('distrusts a holder a lowercase word or a hyphen away from the title', () => {
    const roles = [{ person: 'Ana Lima', title: 'leader', of: 'state:BRA' }];
    expect(
      relations(
        "Brazil's democracy leader Ana Lima spoke.",
        [STATES.brazil, person('Ana Lima')],
        roles,
      ),
    ).toEqual([]);
    expect(
      relations(
        'The Brazil-backed leader Ana Lima spoke.',
        [STATES.brazil, person('Ana Lima')],
        roles,
      ),
    ).toEqual(['SUPPORTS state:BRA person:ana-lima']);
  });

  it('does not give a bare "President" the dominant state when the sentence names another', () => {
    const text =
      'President Ana Lima warned Chile. Chile was silent. Chile voted. Chile won. Chile lost.';
    const roles = [{ person: 'Ana Lima', title: 'President' }];
    const found = relations(text, [STATES.chile, STATES.brazil, person('Ana Lima')], roles);
    expect(found.filter((r) => r.startsWith('LEADS'))).toEqual([
      'LEADS person:ana-lima state:CHL President',
    ]);
    const other =
      'President Ana Lima told Brazil to wait. Chile was silent. Chile voted. Chile won. Chile lost.';
    expect(
      relations(other, [STATES.chile, STATES.brazil, person('Ana Lima')], roles).filter((r) =>
        r.startsWith('LEADS'),
      ),
    ).toEqual([]);
  });
});

describe('extractRelations: titles the entity stage cut short', () => {
  it('widens a title to the words before it and finds its holder ("Peru\'s prime minister")', () => {
    const text = "Peru's prime minister Rosa Quispe spoke on Monday.";
    const roles = [{ person: 'Rosa Quispe', title: 'minister' }];
    expect(relations(text, [STATES.peru, person('Rosa Quispe')], roles)).toEqual([
      'LEADS person:rosa-quispe state:PER Prime Minister',
    ]);
  });

  it('keeps the holder of a widened title ("Peruvian Trade Representative")', () => {
    const text = 'Peruvian Trade Representative Dana Hale said talks would resume.';
    const roles = [{ person: 'Dana Hale', title: 'Representative' }];
    expect(relations(text, [STATES.peru, person('Dana Hale')], roles)).toEqual([
      'REPRESENTS person:dana-hale state:PER Trade Representative',
    ]);
  });

  it('does not take a name the entity stage missed into the title ("US President")', () => {
    const text = 'The visit of US President Ana Lima ended.';
    const roles = [{ person: 'Ana Lima', title: 'President' }];
    expect(relations(text, [person('Ana Lima')], roles)).toEqual([]);
  });

  it('reads "Its president, X" as the head of what the previous sentence opened with', () => {
    const retailers: EntitySpec = {
      id: 'org:andean-retailers',
      type: 'Organization',
      names: ['Andean Retailers Guild'],
    };
    const text =
      'The Andean Retailers Guild condemned the tariffs. Its president Tomas Ruiz called them a tax.';
    const roles = [{ person: 'Tomas Ruiz', title: 'president' }];
    expect(relations(text, [retailers, person('Tomas Ruiz')], roles)).toContain(
      'LEADS person:tomas-ruiz org:andean-retailers president',
    );
  });
});

describe('extractRelations: title holders after the name', () => {
  it('prefers the body named after the title to a state inside its name', () => {
    const forum: EntitySpec = {
      id: 'org:peru-policy-forum',
      type: 'Organization',
      names: ['Peru Policy Forum'],
    };
    const text = 'Lucia Vega, a researcher at the Peru Policy Forum, said talks had stalled.';
    const roles = [{ person: 'Lucia Vega', title: 'researcher', of: 'state:PER' }];
    expect(relations(text, [STATES.peru, forum, person('Lucia Vega')], roles)).toEqual([
      'REPRESENTS person:lucia-vega org:peru-policy-forum researcher',
      'MEMBER_OF person:lucia-vega org:peru-policy-forum',
    ]);
  });

  it('does not give a title the name ending the line before (a photo credit)', () => {
    const agency: EntitySpec = { id: 'org:lima-wire', type: 'Organization', names: ['Lima Wire'] };
    const text = 'Photographer: Ana Ruiz/Lima Wire\nTrade Minister Jorge Salas spoke on Tuesday.';
    const roles = [{ person: 'Jorge Salas', title: 'Trade Minister', of: 'org:lima-wire' }];
    expect(relations(text, [agency, person('Ana Ruiz'), person('Jorge Salas')], roles)).toEqual([]);
  });
});

describe('extractRelations: title modifiers', () => {
  it('joins known modifiers to a lower-case title ("deputy ambassador", "acting foreign minister")', () => {
    const text = "Peru's acting foreign minister Ines Rojas spoke.";
    const roles = [{ person: 'Ines Rojas', title: 'minister' }];
    expect(relations(text, [STATES.peru, person('Ines Rojas')], roles)).toEqual([
      'REPRESENTS person:ines-rojas state:PER Acting Foreign Minister',
    ]);
  });

  it('keeps a holder the entity stage gave across modifiers ("Turkish presidential spokesman")', () => {
    const text = 'Turkish presidential spokesman Emre Kaya said so.';
    const roles = [{ person: 'Emre Kaya', title: 'spokesman', of: 'state:TUR' }];
    expect(relations(text, [STATES.turkey, person('Emre Kaya')], roles)).toEqual([
      'REPRESENTS person:emre-kaya state:TUR Presidential Spokesman',
    ]);
  });
});
