import { describe, expect, it } from 'vitest';
import { PAGE_WINDOW, pageOf } from './pages.ts';

describe('pageOf', () => {
  // Footer of page 17 at line 100, followed by a region heading (a forced break) at line 102.
  const afterBreak = { footers: [{ line: 100, page: 17, next: 102 }], breaks: [102, 140] };
  // Footer of page 90 at line 500, in the middle of a sentence (the page started by overflow).
  const midSentence = { footers: [{ line: 500, page: 90, next: 502 }], breaks: [420, 530] };

  it('puts text right after a footer on that page', () => {
    expect(pageOf(110, afterBreak)).toBe(17);
    expect(pageOf(100 + PAGE_WINDOW, afterBreak)).toBe(17);
  });

  it('gives no page beyond the window or past a forced break', () => {
    expect(pageOf(100 + PAGE_WINDOW + 1, afterBreak)).toBeUndefined();
    expect(pageOf(145, { footers: [{ line: 130, page: 20, next: 131 }], breaks: [140] })).toBeUndefined();
  });

  it('puts text right before a footer on the page before, only when that page was full', () => {
    expect(pageOf(490, midSentence)).toBe(89);
    expect(pageOf(95, afterBreak)).toBeUndefined();
  });

  it('gives no page before a footer past a forced break', () => {
    expect(pageOf(490, { footers: [{ line: 500, page: 90, next: 502 }], breaks: [495] })).toBeUndefined();
  });
});
