import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

const edges = (text: string): string[] =>
  extract(text, { headline: false })
    .relations.filter((r) => r.type === 'ALLIED_WITH' || r.type === 'MEMBER_OF')
    .map((r) => `${r.type} ${r.source} ${r.target}`);

describe('agentList: ties named by a list after "allies of" and "members of"', () => {
  it('ties each listed state to the owner of the allies', () => {
    expect(edges('Allies of the United States such as Japan and Australia sent ships.')).toEqual([
      'ALLIED_WITH state:JPN state:USA',
      'ALLIED_WITH state:AUS state:USA',
    ]);
  });

  it('makes each listed state a member of the body', () => {
    expect(edges('Members of NATO, including Turkey and Greece, sent ships.')).toEqual([
      'MEMBER_OF state:TUR org:nato',
      'MEMBER_OF state:GRC org:nato',
    ]);
  });

  it('gives nothing for former allies', () => {
    expect(edges('Former allies of the United States, including Japan, sent ships.')).toEqual([]);
  });
});
