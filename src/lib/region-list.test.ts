import { describe, expect, it } from 'vitest';
import { formatRegionList, parseRegionList, sortedOrder, withParam } from './region-list.ts';

const known = new Set(['alkmaar', 'ijmond', 'zuid-kennemerland']);

describe('region lists in URLs', () => {
  it('splits known and unknown slugs, keeps the order and drops duplicates and empty parts', () => {
    expect(parseRegionList('alkmaar, IJmond,,bestaat-niet,alkmaar', (s) => known.has(s))).toEqual({ known: ['alkmaar', 'ijmond'], unknown: ['bestaat-niet'] });
    expect(parseRegionList(null, (s) => known.has(s))).toEqual({ known: [], unknown: [] });
  });

  it('formats a list with readable commas and sets or removes the parameter', () => {
    expect(formatRegionList(['alkmaar', 'ijmond'])).toBe('alkmaar,ijmond');
    expect(withParam('?x=1', 'regio', ['alkmaar', 'ijmond'])).toBe('?x=1&regio=alkmaar,ijmond');
    expect(withParam('?regio=alkmaar', 'regio', [])).toBe('');
  });
});

describe('matrix sort order', () => {
  const rows = [
    { order: 0, ranks: [2, 0] },
    { order: 1, ranks: [0, 1] },
    { order: 2, ranks: [2, 1] },
    { order: 3, ranks: [1, 0] },
  ];
  it('sorts by a column, ties by name order', () => {
    expect(sortedOrder(rows, 0)).toEqual([1, 3, 0, 2]);
    expect(sortedOrder(rows, 0, true)).toEqual([0, 2, 3, 1]);
    expect(sortedOrder(rows, 1)).toEqual([0, 3, 1, 2]);
  });
  it('returns to the name order without a column', () => {
    expect(sortedOrder(rows, null)).toEqual([0, 1, 2, 3]);
    expect(sortedOrder(rows, null, true)).toEqual([3, 2, 1, 0]);
  });
});
