import { describe, expect, it } from 'vitest';
import { CaseTable } from './case-table.js';
import { lowerHash } from './token-hashes.js';

describe('CaseTable', () => {
  it('keeps what a Map of the same hashes keeps, past growing', () => {
    const table = new CaseTable();
    const map = new Map<number, number>();
    for (let i = 0; i < 5000; i++) {
      const key = lowerHash(`word${i % 3000}`);
      const value = (map.get(key) ?? 0) | (1 << (i % 3));
      map.set(key, value);
      table.set(key, value);
    }
    expect(table.size).toBe(map.size);
    for (const [key, value] of map) expect(table.get(key)).toBe(value);
    expect(new Map(table)).toEqual(map);
    expect(table.get(lowerHash('absent'))).toBeUndefined();
  });

  it('tells zero, negative and large keys apart', () => {
    const table = new CaseTable().set(0, 1).set(-1, 2).set(0x7fffffff, 3).set(-0x80000000, 4);
    expect([table.get(0), table.get(-1), table.get(0x7fffffff), table.get(-0x80000000)]).toEqual([
      1, 2, 3, 4,
    ]);
    expect(table.get(1)).toBeUndefined();
  });

  it('keeps a value of zero (a tag index)', () => {
    const table = new CaseTable(8).set(5, 0);
    expect([table.get(5), table.size, [...table]]).toEqual([0, 1, [[5, 0]]]);
  });

  it('copies into a table of its own', () => {
    const table = new CaseTable().set(7, 1);
    const copy = table.copy().set(7, 3).set(8, 2);
    expect([table.get(7), table.get(8), table.size]).toEqual([1, undefined, 1]);
    expect([copy.get(7), copy.get(8), copy.size]).toEqual([3, 2, 2]);
  });

  it('ORs bits into a value as get and set would, growing alike', () => {
    const ored = new CaseTable(8);
    const set = new CaseTable(8);
    for (let k = 0; k < 200; k++) {
      const key = (k * 2654435761) | 0;
      const bit = 1 << (k % 3);
      ored.or(key, bit);
      ored.or(key >>> 3, bit);
      for (const h of [key, key >>> 3]) {
        const old = set.get(h);
        if (old === undefined || (old | bit) !== old) set.set(h, (old ?? 0) | bit);
      }
    }
    expect(ored.size).toBe(set.size);
    expect([...ored]).toEqual([...set]);
  });
});
