/**
 * Lists that stay light (issue 13) in a browser. Today's content (k = 1) splits nothing: the
 * whole lists must still be there and no generated page may exist. A build of a larger copy (the
 * scale benchmark's dist, served with TEST_DIST=<dir> TEST_BASE_PATH=/) has the split pages: then
 * every municipality is on exactly one letter page, the counts on the choice pages match, the
 * pages link forward and back, and the letters work with the keyboard alone.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles, useSite } from './support.ts';

const site = useSite();
const split = existsSync(join(DIST, 'gemeente', 'letter_a', 'index.html'));
/** Generated list pages: their URL segments carry an underscore (src/lib/paginate.ts). */
const generated = htmlFiles().filter((file) => /(^|\/)(letter|provincie|pagina)_/.test(file) || /^taak\/[^/]+\/[^/]+\//.test(file));

/** Opens an href as the page wrote it (with the base path). */
const open = (href: string) => site.page.goto(`${site.server.origin}${href}`);
const nextPage = async () => ((await site.page.locator('a[rel="next"]').count()) > 0 ? site.page.locator('a[rel="next"]').first().getAttribute('href') : null);
const municipalityLinks = () => site.page.locator('#gemeente-lijst a[href*="/gemeente/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
const count = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

describe(split ? 'split lists (large build)' : 'whole lists (today\'s size)', () => {
  it('/gemeente/: one A-Z page today; above the limit a page per letter holding every municipality once', async () => {
    await site.page.goto(site.server.url('/gemeente/'));
    const letters = site.page.locator('main nav[aria-label="Naar letter"] a');
    const hrefs = await letters.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(10);
    if (!split) {
      expect(generated).toEqual([]);
      expect(hrefs.every((href) => href.startsWith('#letter-'))).toBe(true);
      const intro = await site.page.locator('main .rd-lead').textContent();
      const [, old, created] = /Alle ([\d.]+) gemeenten .* de ([\d.]+) gemeenten/.exec(intro ?? '')!.map((n) => Number(n.replace(/\./g, '')));
      expect((await municipalityLinks()).length).toBe(old! + created!);
      return;
    }
    expect(hrefs.every((href) => /\/gemeente\/letter_[a-z0-9]+\/$/.test(href))).toBe(true);
    const counts = await site.page.locator('main nav[aria-label="Naar letter"] li .rd-subtle').allTextContents();
    const seen = new Set<string>();
    for (const [i, href] of hrefs.entries()) {
      let onLetter = 0;
      let next: string | null = href;
      while (next) {
        await open(next);
        const links = await municipalityLinks();
        for (const link of links) {
          expect(seen.has(link), link).toBe(false);
          seen.add(link);
        }
        onLetter += links.length;
        next = await nextPage();
      }
      expect(onLetter, href).toBe(count(counts[i]!));
    }
    expect(seen.size).toBe(counts.reduce((sum, text) => sum + count(text), 0));
  });

  it('keyboard only: a letter (or letter anchor) is reached with Tab and followed with Enter', async () => {
    await site.page.goto(site.server.url('/gemeente/'));
    const first = site.page.locator('main nav[aria-label="Naar letter"] a').first();
    const target = (await first.getAttribute('href'))!;
    for (let i = 0; i < 60; i++) {
      await site.page.keyboard.press('Tab');
      if (await first.evaluate((a) => a === document.activeElement)) break;
    }
    await expect(first.evaluate((a) => a === document.activeElement)).resolves.toBe(true);
    await site.page.keyboard.press('Enter');
    const letter = await first.textContent();
    await site.page.waitForURL((url) => (target.startsWith('#') ? url.hash === target : url.pathname === target));
    if (split) await expect(site.page.locator('main nav[aria-label="Naar letter"] a[aria-current="page"]').textContent()).resolves.toBe(letter);
    else await expect(site.page.locator(`h2${target}`).textContent()).resolves.toBe(letter);
  });

  it('the matrices: the whole table today; above the limit a choice of provinces whose counts match their views', async () => {
    await site.page.goto(site.server.url('/vergelijk/taken/'));
    const matrix = await site.page.locator('table[data-matrix]').count();
    const choice = site.page.locator('#matrix + p + ul a');
    if (matrix === 1) {
      expect(await choice.count()).toBe(0);
      return;
    }
    const views = await choice.evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href')!, count: Number(a.nextElementSibling!.textContent!.replace(/\D/g, '')) })));
    expect(views.length).toBeGreaterThan(5);
    for (const view of views.slice(0, 3)) {
      let rows = 0;
      let next: string | null = view.href;
      while (next) {
        await open(next);
        rows += await site.page.locator('table[data-matrix] tbody tr').count();
        next = await nextPage();
      }
      expect(rows, view.href).toBe(view.count);
    }
  });
});
