import { describe, expect, it } from 'vitest';
import { listedPath, robotsTxt, sitemapXml } from './sitemap.ts';

describe('sitemap', () => {
  it('lists pages by their path, without the 404 page, noindex pages and redirects', () => {
    expect(listedPath('index.html', '<html>')).toBe('');
    expect(listedPath('regio/alkmaar/index.html', '<html>')).toBe('regio/alkmaar/');
    expect(listedPath('404.html', '<html>')).toBeUndefined();
    expect(listedPath('regio/noord-kennemerland/index.html', '<meta name="robots" content="noindex" />')).toBeUndefined();
    expect(listedPath('x/index.html', '<meta http-equiv="refresh" content="0; url=/y/">')).toBeUndefined();
  });

  it('writes absolute URLs under the base path, sorted', () => {
    expect(sitemapXml('https://x.github.io/regiodossiers/', ['regio/alkmaar/', ''])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url><loc>https://x.github.io/regiodossiers/</loc></url>\n  <url><loc>https://x.github.io/regiodossiers/regio/alkmaar/</loc></url>\n</urlset>\n',
    );
    expect(robotsTxt('https://regiodossiers.example.nl/')).toBe('User-agent: *\nAllow: /\nSitemap: https://regiodossiers.example.nl/sitemap.xml\n');
  });
});
