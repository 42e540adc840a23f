import { describe, expect, it } from 'vitest';
import { documentTitle } from './title.ts';

describe('documentTitle', () => {
  it('adds the site name', () => {
    expect(documentTitle('Pleegzorg', 'Regiodossiers jeugdhulp')).toBe('Pleegzorg | Regiodossiers jeugdhulp');
  });
  it('is just the site name on the home page', () => {
    expect(documentTitle('Regiodossiers jeugdhulp', 'Regiodossiers jeugdhulp')).toBe('Regiodossiers jeugdhulp');
  });
  it('drops the site name rather than pass 70 characters', () => {
    const title = documentTitle('Meldpunten huiselijk geweld en kindermishandeling', 'Regiodossiers jeugdhulp');
    expect(title).toBe('Meldpunten huiselijk geweld en kindermishandeling');
  });
});
