import type { Entity } from '@newsgraph/graph-schema';
import { describe, expect, it } from 'vitest';
import { speakerEntity } from './speaker-entity.js';
import type { SpeakerLookup } from './speaker-types.js';

const org = (id: string, attributes: Record<string, string>): Entity => ({
  id,
  type: 'Organization',
  name: id,
  aliases: [],
  mentions: [],
  attributes,
});

const lookup = (entities: Entity[]): SpeakerLookup =>
  ({ entities: new Map(entities.map((e) => [e.id, e])) }) as unknown as SpeakerLookup;

describe('speakerEntity', () => {
  const look = lookup([
    org('org:ministry', { state: 'state:FRA' }),
    org('org:party', { state: 'state:FRA', kind: 'party' }),
    org('org:france-national-team', { state: 'state:FRA', kind: 'team' }),
  ]);

  it('gives a government body’s words to its state', () => {
    expect(speakerEntity(look, 'org:ministry')).toBe('state:FRA');
  });

  it('leaves a party’s and a national team’s words their own', () => {
    expect(speakerEntity(look, 'org:party')).toBe('org:party');
    expect(speakerEntity(look, 'org:france-national-team')).toBe('org:france-national-team');
  });
});
