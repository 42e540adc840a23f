/**
 * Search against the built index, in Chromium: one result per page and the true total when the
 * form is submitted by Enter and by click, more than 30 results through "Meer resultaten",
 * filters, the region of a municipality as a link, a helpful empty state, and a query set of
 * our own: for each query the page that must come first or within the top 3.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSite } from './support.ts';

const site = useSite();
let page: Page;
beforeAll(() => {
  page = site.page;
});

/** Waits until the results page has answered (a count or the empty message). */
async function settled() {
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-search-status]')?.textContent ?? '';
    return /resulta|Niets gevonden/.test(text);
  });
}

const resultPaths = () =>
  page.$$eval('[data-search-results] > li h2 a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
const site_ = (paths: string[]) => paths.map((path) => path.replace(/^\/[^/]+\//, '/'));
const status = async () => (await page.textContent('[data-search-status]')) ?? '';
const totalOf = (text: string) => Number(/^([\d.]+) resulta/.exec(text)?.[1]?.replace('.', ''));

async function search(query: string): Promise<string[]> {
  await page.goto(site.server.url(`/zoeken/?q=${encodeURIComponent(query)}`));
  await settled();
  return site_(await resultPaths());
}

describe('result list', () => {
  for (const how of ['Enter', 'klik'] as const) {
    it(`shows each page once with the true total when submitted by ${how}`, async () => {
      await page.goto(site.server.url('/zoeken/'));
      await page.fill('#zoekterm', 'Uitgeest');
      if (how === 'Enter') await page.press('#zoekterm', 'Enter');
      else await page.click('form[data-search] button[type="submit"]');
      await settled();
      await page.waitForTimeout(500); // a second, late run would append here
      const paths = await resultPaths();
      const total = totalOf(await status());
      expect(new Set(paths).size).toBe(paths.length);
      expect(paths.length).toBe(Math.min(total, 10));
      expect(site_(paths)[0]).toBe('/gemeente/uitgeest/');
      expect(new URL(page.url()).searchParams.get('q')).toBe('Uitgeest');
    });
  }

  it('loads more than 30 results with "Meer resultaten", each page once, and says how many are shown', async () => {
    await search('gemeente');
    const total = totalOf(await status());
    expect(total).toBeGreaterThan(40);
    const more = page.getByRole('button', { name: 'Meer resultaten' });
    await more.click();
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 10);
    await more.click();
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 40);
    const paths = await resultPaths();
    expect(paths.length).toBe(Math.min(total, 70));
    expect(new Set(paths).size).toBe(paths.length);
    expect(await page.textContent('[data-search-shown]')).toBe(`70 van ${total.toLocaleString('nl-NL')} getoond`);
    expect(await status()).toBe(`${total.toLocaleString('nl-NL')} resultaten voor ‘gemeente’`);
    // Focus moves to the first result that was added.
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.parentElement?.children.length)).toBe(70);
  });

  it('answers a municipality from the names index, with its region per the most recent source as a link', async () => {
    await search('Uitgeest');
    const first = page.locator('[data-search-results] > li').first();
    await expect.poll(() => first.locator('.rd-result__region').textContent()).toMatch(/Hoort volgens de meest recente bron \(2018\) bij Regio Alkmaar/);
    expect(site_([new URL((await first.locator('.rd-result__region a').getAttribute('href'))!, 'http://x').pathname])).toEqual(['/regio/alkmaar/']);
  });

  it('keeps chrome out of excerpts: no breadcrumbs, no edit dates, spaces between label and value', async () => {
    await search('Noord-Holland');
    const text = await page.textContent('[data-search-results]');
    expect(text).not.toMatch(/Laatst bijgewerkt/);
    expect(text).not.toMatch(/ProvincieNoord/);
    expect(text).not.toMatch(/Home ›/);
  });

  it('filters by kind, province and source year', async () => {
    await page.goto(site.server.url('/zoeken/?q=Bergen&provincie=Limburg'));
    await settled();
    let paths = site_(await resultPaths());
    expect(paths).toContain('/gemeente/bergen-l/');
    expect(paths).not.toContain('/gemeente/bergen-nh/');
    await page.goto(site.server.url(`/zoeken/?q=Alkmaar&soort=${encodeURIComponent("Regio's")}&jaar=2018`));
    await settled();
    paths = site_(await resultPaths());
    expect(paths[0]).toBe('/regio/alkmaar/');
    expect(paths.every((path) => path.startsWith('/regio/'))).toBe(true);
    // Changing a filter runs the search again and keeps it in the URL.
    await page.selectOption('#filter-jaar', '');
    await page.check('input[name="soort"][value="Gemeenten"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.getAll('soort').length === 2);
    await settled();
    expect(site_(await resultPaths())).toContain('/gemeente/alkmaar/');
  });

  it('has a helpful empty state, and offers close names for a typo', async () => {
    await search('qwxzvbn');
    expect(await status()).toBe('Niets gevonden voor ‘qwxzvbn’.');
    expect(await page.textContent('.rd-search-empty')).toMatch(/Controleer de spelling/);
    await search('Utigeest');
    await page.waitForSelector('.rd-search-suggestion a');
    expect(await page.textContent('.rd-search-suggestion')).toBe('Bedoelde u: Uitgeest?');
  });
});

/**
 * The query set: [query, the page that must come first (`first`) or within the top 3 (`top3`)].
 * Paths without the base path.
 */
const QUERIES: [string, string, 'first' | 'top3'][] = [
  // municipalities, with and without accents, exact before longer names
  ['Uitgeest', '/gemeente/uitgeest/', 'first'],
  ['Alkmaar', '/gemeente/alkmaar/', 'first'],
  ['Bergen op Zoom', '/gemeente/bergen-op-zoom/', 'first'],
  ['Súdwest-Fryslân', '/gemeente/sudwest-fryslan/', 'first'],
  ['sudwest fryslan', '/gemeente/sudwest-fryslan/', 'first'],
  ['Haarlem', '/gemeente/haarlem/', 'first'],
  ['Den Haag', '/gemeente/s-gravenhage/', 'first'],
  // spelling variants
  ['Achtkaspelen', '/gemeente/achtkarspelen/', 'first'],
  // regions, by current and former name
  ['Regio Alkmaar', '/regio/alkmaar/', 'first'],
  ['Noord Kennemerland', '/regio/alkmaar/', 'first'],
  ['IJmond', '/regio/ijmond/', 'first'],
  ['Zuid-Kennemerland', '/regio/zuid-kennemerland/', 'first'],
  ['West-Brabant', '/regio/west-brabant/', 'first'],
  ['Twente', '/regio/twente/', 'first'],
  // shared names: the choice page and both namesakes
  ['Bergen', '/gemeente/bergen/', 'first'],
  ['Bergen', '/gemeente/bergen-nh/', 'top3'],
  ['Bergen', '/gemeente/bergen-l/', 'top3'],
  // tasks
  ['pleegzorg', '/taak/pleegzorg/', 'first'],
  ['crisisopvang', '/taak/crisisopvang/', 'first'],
  ['jeugdreclassering', '/taak/jeugdreclassering/', 'first'],
  ['Jeugdzorgplus', '/taak/jeugdzorgplus/', 'first'],
  // plural and singular (Dutch stemming), compounds by their first part
  ['pleeggezinnen', '/taak/pleegzorg/', 'top3'],
  ['jeugdzorg', '/taak/jeugdzorgplus/', 'top3'],
  // compounds by their last part (our compound index): "opvang" finds the task crisisopvang
  ['opvang', '/taak/crisisopvang/', 'top3'],
  // documents
  ['transformatieplan', '/document/transformatieplan-alkmaar-2018-2020/', 'first'],
  ['regiovisie', '/document/regiovisie-zuid-kennemerland-ijmond/', 'first'],
  ['regioprofielen', '/document/regioprofielen-2013/', 'top3'],
  // collaboration and action lines
  ['samenwerking Noord-Holland', '/samenwerking/noord-holland/', 'top3'],
  ['BORN', '/samenwerking/noord-holland/', 'first'],
  ['Betere toegang', '/actielijn/betere-toegang/', 'first'],
];

describe('Dutch compounds', () => {
  it('finds pages that only use a compound of the word ("opvang" → crisisopvang)', async () => {
    const withCompounds = await search('opvang');
    expect(withCompounds).toContain('/taak/crisisopvang/');
    const total = totalOf(await status());
    // More pages than those with the word on its own: crisisopvang is on every region page.
    expect(total).toBeGreaterThan(30);
  });
});

describe('query set', () => {
  for (const [query, path, where] of QUERIES) {
    it(`"${query}" → ${path} ${where === 'first' ? 'first' : 'in the top 3'}`, async () => {
      const paths = await search(query);
      if (where === 'first') expect(paths[0]).toBe(path);
      else expect(paths.slice(0, 3)).toContain(path);
    });
  }
});
