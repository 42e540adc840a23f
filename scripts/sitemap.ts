/**
 * After `astro build`: writes `dist/sitemap.xml` and `dist/robots.txt` (see scripts/lib/sitemap.ts).
 * Uses SITE_URL and BASE_PATH like astro.config.mjs.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listedPath, robotsTxt, sitemapXml } from './lib/sitemap.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const site = process.env.SITE_URL || 'https://regiodossiers.example.org';
const base = process.env.BASE_PATH || '/';
const root = new URL(base, site).href;

const paths: string[] = [];
for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
  const file = relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/');
  if (file.startsWith('pagefind/')) continue;
  const path = listedPath(file, readFileSync(join(dist, file), 'utf8'));
  if (path !== undefined) paths.push(path);
}
writeFileSync(join(dist, 'sitemap.xml'), sitemapXml(root, paths));
writeFileSync(join(dist, 'robots.txt'), robotsTxt(root));
console.log(`sitemap.xml: ${paths.length} pagina's; robots.txt geschreven`);
