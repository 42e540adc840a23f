// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

/**
 * SITE_URL: the public origin, e.g. https://example.github.io
 * BASE_PATH: the sub-path the site is published under, e.g. /regiodossiers/ (default /)
 */
const site = process.env.SITE_URL || 'https://regiodossiers.example.org';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  // No Markdown code blocks in the content; Shiki would add inline styles the CSP forbids.
  markdown: { syntaxHighlight: false },
  // Scripts as files, never inlined: the CSP then needs no script hashes, and the search
  // island's dynamic import of Pagefind breaks when inlined ("__VITE_PRELOAD__ is not defined").
  vite: { build: { assetsInlineLimit: 0 } },
  // Content-Security-Policy as a <meta> tag on every page (works on any static host), with
  // hashes for Astro's own scripts and styles; see docs/security.md. 'wasm-unsafe-eval' is for
  // the search (Pagefind runs WebAssembly), nothing else may execute code.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
