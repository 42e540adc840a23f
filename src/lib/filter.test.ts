import { describe, expect, it } from 'vitest';
import { matchesFilter } from './filter.ts';

describe('matchesFilter', () => {
  it('matches parts of a name, ignoring case and accents', () => {
    expect(matchesFilter('súdwest-fryslân|súdwest fryslân', 'sudwest')).toBe(true);
    expect(matchesFilter('súdwest-fryslân', 'FRYSLAN')).toBe(true);
    expect(matchesFilter('alkmaar', 'bergen')).toBe(false);
  });
  it('matches an alias and requires every word', () => {
    expect(matchesFilter("'s-hertogenbosch|den bosch", 'den bosch')).toBe(true);
    expect(matchesFilter('bergen (nh)|bergen', 'bergen l')).toBe(false);
  });
  it('shows everything for an empty query', () => {
    expect(matchesFilter('alkmaar', '  ')).toBe(true);
  });
});
