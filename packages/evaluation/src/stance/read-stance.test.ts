import { describe, expect, it } from 'vitest';
import { describeThrown } from '../../../../graph-schema/src/test-fixtures.js';
import { readStance } from './read-stance.js';

describe('readStance', () => {
  it('strips the markers and keeps each side at its offsets in the clean sentence', () => {
    const [item] = readStance('[Acme Corp] sued the [Widget]s union.\tAcme Corp\tWidget\t3\n');
    expect(item?.text).toBe('Acme Corp sued the Widgets union.');
    expect(item?.p).toEqual({ name: 'Acme Corp', start: 0, end: 9 });
    expect(item?.q).toEqual({ name: 'Widget', start: 19, end: 25 });
    expect(item?.label).toBe(3);
  });

  it('pairs p with its marker when p is named second in the sentence', () => {
    const [item] = readStance('[Lima] praised [Quito].\tQuito\tLima\t2');
    expect(item?.p).toMatchObject({ name: 'Quito', start: 13 });
    expect(item?.q).toMatchObject({ name: 'Lima', start: 0 });
  });

  it('unquotes CSV-style columns', () => {
    const [item] = readStance('"The ""[Blue]"" team met [Red]."\t"Blue"\tRed\t0');
    expect(item?.text).toBe('The "Blue" team met Red.');
    expect(item?.p.start).toBe(5);
  });

  it('names the file and line of a malformed row', () => {
    expect(
      describeThrown(() => readStance('ok [a] and [b]\ta\tb\t0\nno markers\ta\tb\t1', 'f.txt')),
    ).toMatch(/f\.txt:2: expected 2 \[entity\] markers/);
    expect(describeThrown(() => readStance('[a] [b]\ta\tb\t7', 'f.txt'))).toMatch(
      /f\.txt:1: expected a label/,
    );
    expect(() => readStance('[a] [b]\ta\tc\t1', 'f.txt')).toThrow(/do not name/);
    expect(() => readStance('\n\n', 'f.txt')).toThrow(/no stance lines/);
  });
});
