import { describe, expect, it } from 'vitest';
import { excerptParts } from './search-excerpt.ts';

describe('excerptParts', () => {
  it('splits marked hits from plain text and decodes entities', () => {
    expect(excerptParts('over <mark>pleegzorg</mark> &amp; meer')).toEqual([
      { text: 'over ', mark: false },
      { text: 'pleegzorg', mark: true },
      { text: ' & meer', mark: false },
    ]);
  });
  it('drops any other markup', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>tekst')).toEqual([{ text: 'tekst', mark: false }]);
  });
});
