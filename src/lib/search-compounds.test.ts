import { describe, expect, it } from 'vitest';
import { compoundIndex, compoundsOf, wordCounts, words } from './search-compounds.ts';

const counts = (text: string) => {
  const map = new Map<string, number>();
  for (const word of words(text)) map.set(word, (map.get(word) ?? 0) + 1);
  return map;
};

describe('compoundIndex', () => {
  const index = compoundIndex(
    counts('crisis opvang crisisopvang crisisopvang nood noodopvang jeugd zorg jeugdzorg jeugdszorg ontwikkeling wikkeling residentiële jeugdhulp hulp'),
  );
  it('lists the compounds that end in a word, most frequent first', () => {
    expect(index.opvang).toEqual(['crisisopvang', 'noodopvang']);
    expect(index.zorg).toEqual(['jeugdszorg', 'jeugdzorg']);
    expect(index.hulp).toEqual(['jeugdhulp']);
  });
  it('needs the first part to be a word too', () => {
    expect(index.wikkeling).toBeUndefined();
  });
  it('folds accents', () => {
    expect(words('Residentiële jeugdhulp')).toEqual(['residentiele', 'jeugdhulp']);
  });
  it('expands one-word queries only', () => {
    expect(compoundsOf(index, 'Opvang')).toEqual(['crisisopvang', 'noodopvang']);
    expect(compoundsOf(index, 'opvang thuis')).toEqual([]);
    expect(compoundsOf(index, 'constructor')).toEqual([]);
  });
  it('keeps at most the given number per word', () => {
    expect(compoundIndex(counts('a aap aapje zorg aapzorg aapjezorg'), 1).zorg).toHaveLength(1);
  });
});

describe('wordCounts', () => {
  it('counts every occurrence, also of texts that occur more than once', () => {
    const texts = ['Jeugdhulp en pleegzorg', 'pleegzorg', 'Jeugdhulp en pleegzorg', 'Crisisopvang'];
    expect([...wordCounts(texts)]).toEqual([...counts(texts.join(' '))]);
    expect(wordCounts(texts).get('pleegzorg')).toBe(3);
    expect(wordCounts(texts).get('jeugdhulp')).toBe(2);
  });
});
