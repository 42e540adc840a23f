import { describe, expect, it } from 'vitest';
import { t, type MessageKey } from './index.ts';

describe('t()', () => {
  it('gives a string without placeholders as it is, with or without values', () => {
    expect(t('site.name')).toBe('Regiodossiers jeugdhulp');
    expect(t('site.name', { count: 2 })).toBe('Regiodossiers jeugdhulp');
  });
  it('fills every placeholder; numbers in Dutch notation (pass a year as text)', () => {
    expect(t('region.membershipSource', { source: 'Regioprofielen', year: '2013' })).toBe('Volgens Regioprofielen (2013)');
    expect(t('region.membershipSource', { source: 'Regioprofielen', year: 2013 })).toBe('Volgens Regioprofielen (2.013)');
    expect(t('region.municipalityCount', { count: 12345 })).toBe('12.345 gemeenten');
  });
  it('takes the .one variant for a count of one', () => {
    expect(t('region.municipalityCount', { count: 1 })).toBe('1 gemeente');
    expect(t('search.resultCount', { count: 1, query: 'pleegzorg' })).toBe('1 resultaat voor ‘pleegzorg’');
    expect(t('search.resultCount', { count: 3, query: 'pleegzorg' })).toBe('3 resultaten voor ‘pleegzorg’');
  });
  it('gives the same text on every call (the split template is cached)', () => {
    const first = t('region.membershipSource', { source: 'A', year: 1 });
    expect(t('region.membershipSource', { source: 'A', year: 1 })).toBe(first);
    expect(t('region.membershipSource', { source: 'B', year: 2 })).toBe('Volgens B (2)');
  });
  it('fails loudly on a missing value or an unknown key', () => {
    expect(() => t('region.membershipSource', { source: 'A' })).toThrow('"region.membershipSource" needs {{year}}');
    expect(() => t('no.such.key' as MessageKey)).toThrow('no string "no.such.key"');
  });
});
