/**
 * What the search index reads (docs/search.md, "Wat niet in de index komt"), in the built HTML,
 * without a browser. Components write it themselves; no layout pass adds it afterwards:
 * - a space after `</dt>`, `</dd>` and `</caption>`, else Pagefind joins label and value
 *   ("ProvincieNoord-Holland") and a caption and the first column heading;
 * - `data-pagefind-ignore` on everything hidden from assistive technology (`aria-hidden="true"`:
 *   the level letters of matrix cells and tiles, whose words are there as hidden text) and on
 *   legends (class `rd-legend`).
 * Until the layout stopped doing it, the list pages below got both from a regular expression over
 * their HTML; their markup is byte for byte what that pass made of it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles, sitePathOfFile } from './support.ts';

const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
/** Pages in the index: the layout marks their content `data-pagefind-body`. */
const indexed = htmlFiles().filter((file) => read(file).includes('data-pagefind-body'));
/** The list pages the layout used to prepare: home, /regio/, /document/, /taak/*, /vergelijk/*. */
const isListPage = (path: string) => path === '/' || path === '/regio/' || path === '/document/' || path.startsWith('/taak/') || path.startsWith('/vergelijk/');
const listPages = indexed.filter((file) => isListPage(sitePathOfFile(file)));

/** Label, value or caption directly followed by the next element, e.g. `</dt><dd>`. */
const unspaced = (html: string) => [...html.matchAll(/<\/(?:dt|dd|caption)><[^>]*>/g)].map((m) => m[0]);
/** Start tags hidden from assistive technology or of a legend that the index would still read. */
const unignored = (html: string) =>
  [...html.matchAll(/<[a-z][a-z0-9-]*\s[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => (/\saria-hidden="true"/.test(tag) || /\sclass="(?:[^"]*\s)?rd-legend(?:\s[^"]*)?"/.test(tag)) && !/\sdata-pagefind-ignore[\s>=]/.test(tag));

describe('markup for the search index', () => {
  it('the list pages write a space after labels, values and captions', () => {
    expect(listPages.length).toBeGreaterThan(3);
    const offending = listPages.flatMap((file) => unspaced(read(file)).map((markup) => `${file}: ${markup}`));
    expect(offending).toEqual([]);
  });

  it('the list pages do carry the spaces and attributes (the checks are not vacuous)', () => {
    const all = listPages.map(read).join('\n');
    expect(all).toMatch(/<\/dt> <dd/);
    expect(all).toMatch(/<\/dd> <\/dl>/);
    expect(all).toMatch(/<\/caption> <thead>/);
    expect(all).toMatch(/ aria-hidden="true" data-pagefind-ignore/);
  });

  it('every indexed page keeps aria-hidden content and legends out of the index', () => {
    const offending = indexed.flatMap((file) => unignored(read(file)).map((tag) => `${file}: ${tag}`));
    expect(offending).toEqual([]);
  });
});
