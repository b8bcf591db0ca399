import { describe, expect, it } from 'vitest';
import { withProps } from './with-props.js';

describe('withProps', () => {
  it('gives what the spread gives: the same properties, in the same order', () => {
    const base = { start: 3, end: 9, text: 'Ann Lee', role: undefined };
    const made = withProps(base, { tagged: 'Person' as const, end: 10 });
    const spread = { ...base, tagged: 'Person' as const, end: 10 };
    expect(made).toEqual(spread);
    expect(Object.keys(made)).toEqual(Object.keys(spread));
    expect(JSON.stringify(made)).toBe(JSON.stringify(spread));
  });

  it('leaves both inputs as they were', () => {
    const base = { a: 1 };
    const extra = { b: 2 };
    withProps(base, extra);
    expect(base).toEqual({ a: 1 });
    expect(extra).toEqual({ b: 2 });
  });
});
