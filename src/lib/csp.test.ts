import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp.ts';

describe('contentSecurityPolicy', () => {
  it('allows no inline code and no hashes; WebAssembly only for the search', () => {
    const plain = contentSecurityPolicy();
    expect(plain).toBe("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-src 'none'");
    expect(plain).not.toMatch(/sha256|unsafe/);
    expect(contentSecurityPolicy({ wasm: true })).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });
});
