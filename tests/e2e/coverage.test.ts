/**
 * Every region, subregion, municipality and task has exactly one page, and every page is
 * reachable from the home page by following links (read from the built HTML).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../schemas/validator/content-fs.ts';
import { BASE_PATH, DIST, isAliasPage } from './support.ts';
import { t } from '../../src/i18n/index.ts';
import { levelText } from '../../src/lib/labels.ts';
import { modelFromStore } from '../../src/lib/model-from-store.ts';
import { openDataFiles, parseCsv } from '../../src/lib/open-data.ts';
import type { Level, Status } from '../../schemas/profile-2013.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { store } = loadContent(root);
const ids = (name: Parameters<typeof store.get>[0]) => [...store.get(name)!.keys()];

const pages = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name === 'index.html' && !isAliasPage(relative(DIST, join(entry.parentPath, entry.name))))
  .map((entry) => `/${relative(DIST, join(entry.parentPath, entry.name)).replace(/index\.html$/, '')}`.replace(/\/+/g, '/'));

/** Internal links of a built page, as site paths without the base path and fragment. */
function linksOf(path: string): string[] {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"#?]*)[^"]*"/g)]
    .map((match) => match[1]!)
    .filter((href) => href.startsWith(BASE_PATH))
    .map((href) => `/${href.slice(BASE_PATH.length)}`)
    .filter((href) => existsSync(join(DIST, href, 'index.html')));
}

describe('one page per entry', () => {
  it.each([
    ['regio', ids('regios')],
    ['gemeente', ids('gemeenten')],
    ['taak', ids('taken')],
    ['document', ids('documenten')],
  ])('every %s has its page, and no page lacks an entry', (segment, entryIds) => {
    const built = pages.filter((page) => page.startsWith(`/${segment}/`) && page !== `/${segment}/`).map((page) => page.split('/')[2]);
    expect(entryIds.length).toBeGreaterThan(0);
    expect([...built].sort()).toEqual([...entryIds].sort());
  });
});

describe('reachability', () => {
  it('reaches every page from the home page', () => {
    const seen = new Set(['/']);
    const queue = ['/'];
    while (queue.length > 0) {
      for (const link of linksOf(queue.shift()!)) {
        if (!seen.has(link)) {
          seen.add(link);
          queue.push(link);
        }
      }
    }
    const unreachable = pages.filter((page) => !seen.has(page) && page !== '/404/');
    expect(unreachable).toEqual([]);
    console.log(`reachability: ${seen.size} of ${pages.length} pages reached from the home page`);
  });
});

describe('open data', () => {
  const model = modelFromStore(store);
  const expected = openDataFiles(model);

  it.each(Object.keys(expected))('dist/data/%s is exactly what the content gives', (file) => {
    expect(readFileSync(join(DIST, 'data', file), 'utf8')).toBe(expected[file]!.body);
  });

  it('has one row per region or subregion and task, and agrees with the region pages', () => {
    const [header, ...rows] = parseCsv(readFileSync(join(DIST, 'data', 'regioprofielen-2013.csv'), 'utf8'));
    expect(header).toEqual(['regio', 'regio_naam', 'taak', 'taak_naam', 'niveau', 'niveau_bron', 'status', 'status_bron', 'bron_pagina']);
    expect(rows.length).toBe(42 * 11);
    for (const [region, , task, , niveau, , status] of rows.filter((row) => row[2] === 'pleegzorg')) {
      const html = readFileSync(join(DIST, 'regio', region!, 'index.html'), 'utf8');
      const row = html.match(new RegExp(`href="[^"]*/taak/${task}/"[^>]*>[^<]*</a></th><td[^>]*><strong>([^<]*)</strong><br>([^<]*)</td>`));
      expect(row, `${region}: task row on the page`).not.toBeNull();
      expect(row![1]).toBe(levelText(niveau!.split('+') as Level[]));
      expect(row![2]).toBe(t(`status.${status as Status}`));
    }
  });
});
