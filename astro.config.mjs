// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';

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
  integrations: [contentGuard(), mdx()],
  devToolbar: { enabled: false },
});
