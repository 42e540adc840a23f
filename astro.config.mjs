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
  // The Content-Security-Policy is a <meta> tag per page, written by src/layouts/Base.astro from
  // src/lib/csp.ts: only what each page needs (see docs/security.md).
});
