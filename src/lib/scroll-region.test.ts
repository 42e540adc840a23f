import { describe, expect, it } from 'vitest';
import { isScrollRegion, overflows } from './scroll-region.ts';

describe('isScrollRegion', () => {
  it('is true for auto or scroll overflow in either direction', () => {
    expect(isScrollRegion({ overflowX: 'auto', overflowY: 'visible' })).toBe(true);
    expect(isScrollRegion({ overflowX: 'hidden', overflowY: 'scroll' })).toBe(true);
  });
  it('is false for visible, hidden and clip', () => {
    expect(isScrollRegion({ overflowX: 'visible', overflowY: 'visible' })).toBe(false);
    expect(isScrollRegion({ overflowX: 'hidden', overflowY: 'clip' })).toBe(false);
  });
});

describe('overflows', () => {
  it('is true when the content is wider or taller than the box', () => {
    expect(overflows({ scrollWidth: 500, clientWidth: 300, scrollHeight: 100, clientHeight: 100 })).toBe(true);
    expect(overflows({ scrollWidth: 300, clientWidth: 300, scrollHeight: 180, clientHeight: 100 })).toBe(true);
  });
  it('tolerates one pixel of rounding', () => {
    expect(overflows({ scrollWidth: 301, clientWidth: 300, scrollHeight: 100, clientHeight: 100 })).toBe(false);
    expect(overflows({ scrollWidth: 302, clientWidth: 300, scrollHeight: 100, clientHeight: 100 })).toBe(true);
  });
});
