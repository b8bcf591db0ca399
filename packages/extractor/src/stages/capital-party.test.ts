import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

// A capital as the government it houses (issue 10), on sentences written here.

function entityOf(text: string, surface: string): string | undefined {
  const doc = extract(`Headline\n\n${text}`, { id: 't' });
  const at = doc.entities.find((e) =>
    (e.mentions ?? []).some((m) => `Headline\n\n${text}`.slice(m.start, m.end) === surface),
  );
  return at?.id;
}

describe('a capital after a verb and the preposition of its other party', () => {
  it('is the state: "sided with Baghdad", "stood with Kiev"', () => {
    expect(entityOf('Iraq invaded Kuwait. The PLO has sided with Baghdad.', 'Baghdad')).toBe(
      'state:IRQ',
    );
    expect(entityOf('Ukraine signed a deal. Poland stood with Kiev.', 'Kiev')).toBe('state:UKR');
  });

  it('is the state as the subject of an irregular past: "Beijing took a hard line"', () => {
    expect(entityOf('Russia and China met. Beijing took a hard line.', 'Beijing')).toBe(
      'state:CHN',
    );
  });

  it('stays a place after a verb of staying or travel', () => {
    expect(entityOf('Iraq is hot. Tourists stayed in Baghdad.', 'Baghdad')).toBeUndefined();
    expect(entityOf('Ukraine is at war. He flew to Kiev.', 'Kiev')).toBeUndefined();
  });
});
