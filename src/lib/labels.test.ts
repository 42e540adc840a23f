import { describe, expect, it } from 'vitest';
import { levelCode, levelKeyText, levelPattern, levelStyle } from './labels.ts';

describe('level labels', () => {
  it('codes, words and styles for single levels, combinations and unclear cells', () => {
    expect(levelCode('bovenregionaal+regionaal')).toBe('B+R');
    expect(levelCode('onduidelijk')).toBe('?');
    expect(levelKeyText('lokaal+regionaal')).toBe('lokaal en regionaal');
    expect(levelStyle('regionaal')).toBe('regionaal');
    expect(levelStyle('lokaal+regionaal')).toBe('gemengd');
  });

  it('draws a pattern for every style except the plain regional, unclear and differing ones', () => {
    expect(levelPattern('lokaal')).toBe('lokaal');
    expect(levelPattern('regionaal+bovenregionaal')).toBe('gemengd');
    expect(levelPattern('regionaal')).toBeUndefined();
    expect(levelPattern('verschilt')).toBeUndefined();
  });
});
