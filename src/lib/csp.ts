/**
 * The Content-Security-Policy of a page, as a `<meta>` tag (any static host serves it). Only what
 * the page needs: no inline scripts or styles anywhere (scripts and stylesheets are files), so no
 * hashes; WebAssembly (`'wasm-unsafe-eval'`) only where the page runs the full-text search
 * (Pagefind). `frame-ancestors` and the other headers cannot be set in a meta tag: see
 * docs/security.md for what holds on which host.
 */
export interface CspOptions {
  /** The page runs Pagefind, which needs WebAssembly. */
  wasm?: boolean;
}

export function contentSecurityPolicy({ wasm = false }: CspOptions = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ''}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-src 'none'",
  ].join('; ');
}
