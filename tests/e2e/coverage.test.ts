/**
 * Every region, subregion, municipality and task has exactly one page, and every page is
 * reachable from the home page by following links (read from the built HTML).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../scripts/lib/content-fs.ts';
import { validateContent } from '../../scripts/lib/validate.ts';
import { BASE_PATH, DIST } from './support.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { store } = validateContent(readContentFiles(root));
const ids = (name: Parameters<typeof store.get>[0]) => [...store.get(name)!.keys()];

const pages = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name === 'index.html')
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
