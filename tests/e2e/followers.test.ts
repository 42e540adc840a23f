/**
 * For people who follow the site: sitemap.xml and robots.txt, Open Graph and description tags on
 * every page, and the "Wijzigingen" page with its Atom feed (only built with the full git history).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_PATH, DIST, htmlFiles, isAliasPage, REPO_ROOT, sitePathOfFile } from './support.ts';

const pages = htmlFiles().filter((file) => !file.startsWith('pagefind/'));
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
/** The file in dist/ for an absolute URL of the site. */
const fileOfUrl = (url: string) => {
  const path = new URL(url).pathname;
  expect(path.startsWith(BASE_PATH), url).toBe(true);
  const rest = path.slice(BASE_PATH.length);
  return rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
};

describe('sitemap.xml and robots.txt', () => {
  const sitemap = read('sitemap.xml');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

  it('lists every page except the 404 page and the noindex pages, each existing', () => {
    const expected = pages.filter((file) => file !== '404.html' && !isAliasPage(file)).sort();
    expect(locs.map(fileOfUrl).sort()).toEqual(expected);
  });

  it('robots.txt names the sitemap', () => {
    expect(read('robots.txt')).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  });
});

describe('head of every page', () => {
  it('has a description and Open Graph title, description and type', () => {
    const missing = pages.filter((file) => !isAliasPage(file)).flatMap((file) => {
      const html = read(file);
      return ['name="description"', 'property="og:title"', 'property="og:description"', 'property="og:type"', 'property="og:site_name"']
        .filter((attribute) => !new RegExp(`<meta ${attribute} content="[^"]+"`).test(html))
        .map((attribute) => `${file}: ${attribute}`);
    });
    expect(pages.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});

const shallow = (() => {
  try {
    return execFileSync('git', ['-C', REPO_ROOT, 'rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim() !== 'false';
  } catch {
    return true;
  }
})();

describe('Wijzigingen and its Atom feed', () => {
  it.runIf(shallow)('are absent without the full history', () => {
    expect(existsSync(join(DIST, 'wijzigingen'))).toBe(false);
  });

  it.runIf(!shallow)('list the latest content commit, with links to existing pages', () => {
    const [hash, date] = execFileSync('git', ['-C', REPO_ROOT, 'log', '-1', '--no-merges', '--format=%H %cI', '--', 'content/*.yaml', 'content/*.mdx'], { encoding: 'utf8' }).trim().split(' ');
    const feed = read('wijzigingen/feed.xml');
    expect(feed).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    expect(feed).toContain(`<id>urn:git:${hash}</id>`);
    expect(feed).toContain(`<updated>${date}</updated>`);
    expect(feed.match(/<entry>/g)!.length).toBe(feed.match(/<\/entry>/g)!.length);
    for (const [, href] of feed.matchAll(/<link rel="alternate" type="text\/html" href="([^"]+)"\/>/g)) expect(existsSync(join(DIST, fileOfUrl(href!))), href).toBe(true);
    const page = read('wijzigingen/index.html');
    for (const [, href] of page.matchAll(/<li>\s*<a class="utrecht-link" href="([^"]+)"/g)) expect(existsSync(join(DIST, fileOfUrl(`https://x${href}`))), href).toBe(true);
    expect(read('index.html')).toContain(`<link rel="alternate" type="application/atom+xml" title="Regiodossiers jeugdhulp: wijzigingen" href="${BASE_PATH}wijzigingen/feed.xml">`);
    expect(sitePathOfFile('wijzigingen/index.html')).toBe('/wijzigingen/');
  });
});
