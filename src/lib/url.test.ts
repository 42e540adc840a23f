import { describe, expect, it } from 'vitest';
import { paths, withBase } from './url.ts';

describe('withBase', () => {
  it('leaves paths alone at the root', () => {
    expect(withBase('/', '/regio/alkmaar/')).toBe('/regio/alkmaar/');
  });
  it('prefixes a sub-path with or without trailing slash', () => {
    expect(withBase('/dossiers/', paths.region('alkmaar'))).toBe('/dossiers/regio/alkmaar/');
    expect(withBase('/dossiers', paths.home())).toBe('/dossiers/');
  });
  it('refuses relative paths, which would break under a sub-path', () => {
    expect(() => withBase('/', 'regio/alkmaar/')).toThrow(/start with/);
  });
});
