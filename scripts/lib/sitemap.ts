/**
 * `sitemap.xml` and `robots.txt` for the built site, written after `astro build` by
 * `scripts/sitemap.ts` from the HTML files in `dist/`: every page except the 404 page and pages
 * marked `noindex` (redirects from former names, choice pages).
 */

/** `regio/alkmaar/index.html` → `regio/alkmaar/`; undefined for pages that are not listed. */
export function listedPath(file: string, html: string): string | undefined {
  if (file === '404.html' || !file.endsWith('.html')) return undefined;
  if (/<meta\s+name="robots"\s+content="[^"]*noindex/i.test(html)) return undefined;
  if (/<meta\s+http-equiv="refresh"/i.test(html)) return undefined;
  return file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `root`: the absolute URL of the site with its base path, e.g. `https://x.github.io/regiodossiers/`. */
export function sitemapXml(root: string, paths: readonly string[]): string {
  const base = root.endsWith('/') ? root : `${root}/`;
  const urls = [...paths].sort().map((path) => `  <url><loc>${escapeXml(new URL(path, base).href)}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}

/**
 * Crawlers read `robots.txt` only at the root of a host. Under a sub-path (a GitHub project site)
 * this file is not at the root, so it is informative only; with a custom domain it is the real one.
 */
export function robotsTxt(root: string): string {
  const base = root.endsWith('/') ? root : `${root}/`;
  return ['User-agent: *', 'Allow: /', `Sitemap: ${new URL('sitemap.xml', base).href}`, ''].join('\n');
}
