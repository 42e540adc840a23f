import { describe, expect, it } from 'vitest';
import { oncePer } from './memo.ts';

describe('oncePer', () => {
  it('makes the value once per object and gives the same value after that', () => {
    let made = 0;
    const lengthOf = oncePer((list: string[]) => {
      made++;
      return { length: list.length };
    });
    const a = ['x', 'y'];
    const b = ['z'];
    expect(lengthOf(a)).toEqual({ length: 2 });
    expect(lengthOf(a)).toBe(lengthOf(a));
    expect(lengthOf(b)).toEqual({ length: 1 });
    expect(made).toBe(2);
  });
  it('keeps a value that is undefined, without making it again', () => {
    let made = 0;
    const nothing = oncePer((_: object) => {
      made++;
      return undefined;
    });
    const key = {};
    nothing(key);
    nothing(key);
    expect(made).toBe(1);
  });
});
