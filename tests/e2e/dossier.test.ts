/**
 * The dossier pages of issue 4 in a real browser: municipalities (index with filter, page),
 * tasks (counts, tile map), comparisons, and search over the pagefind index.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../schemas/validator/content-fs.ts';
import { modelFromStore } from '../../src/lib/model-from-store.ts';
import { groupByLevel, taskRowsByRegion } from '../../src/lib/tasks.ts';
import { useSite } from './support.ts';
import { fileURLToPath } from 'node:url';

const model = modelFromStore(loadContent(fileURLToPath(new URL('../../', import.meta.url))).store);
const site = useSite();

describe('municipalities', () => {
  it('index: every municipality under its letter, with working letter anchors', async () => {
    await site.page.goto(site.server.url('/gemeente/'));
    await expect(site.page.locator('[data-filter-item]').count()).resolves.toBe(model.municipalities.length);
    await site.page.locator('.rd-letters a', { hasText: /^U$/ }).click();
    expect(new URL(site.page.url()).hash).toBe('#letter-U');
    await expect(site.page.locator('#letter-U + ul').getByRole('link', { name: 'Uitgeest' }).count()).resolves.toBe(1);
  });

  it('index: filters as you type, matching aliases and ignoring accents', async () => {
    await site.page.goto(site.server.url('/gemeente/'));
    const input = site.page.getByLabel('Filter op naam van de gemeente');
    await input.fill('sudwest');
    const visible = site.page.locator('[data-filter-item]:not([hidden])');
    await expect(visible.count()).resolves.toBe(1);
    await expect(visible.locator('a').textContent()).resolves.toBe('Súdwest-Fryslân');
    await expect(site.page.locator('[data-filter-status]').textContent({ timeout: 2000 }).then(async () => {
      await site.page.waitForFunction(() => document.querySelector('[data-filter-status]')?.textContent !== '');
      return site.page.locator('[data-filter-status]').textContent();
    })).resolves.toBe('1 gemeente gevonden');
    await input.fill('');
    await expect(visible.count()).resolves.toBe(model.municipalities.length);
  });

  it('index: without JavaScript the full list shows and the filter stays hidden', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(site.server.url('/gemeente/'));
    await expect(noJs.locator('[data-filter]').isHidden()).resolves.toBe(true);
    await expect(noJs.locator('[data-filter-item]:visible').count()).resolves.toBe(model.municipalities.length);
    await context.close();
  });

  it('page: Uitgeest belongs to IJmond in 2013 and to Regio Alkmaar in 2018, each with its source', async () => {
    await site.page.goto(site.server.url('/gemeente/uitgeest/'));
    const headings = await site.page.locator('#regio ~ section h3').allTextContents();
    expect(headings).toEqual(['IJmond (2013)', 'Regio Alkmaar (2018)']);
    await expect(site.page.locator('#regio ~ section').nth(0).locator('.rd-source a').textContent()).resolves.toBe('Regioprofielen');
    await expect(site.page.locator('#regio ~ section').nth(1).getByRole('link', { name: 'Heiloo' }).count()).resolves.toBe(1);
  });

  it('page: two municipalities called Bergen have their own pages and regions', async () => {
    await site.page.goto(site.server.url('/gemeente/bergen-nh/'));
    await expect(site.page.locator('h1').textContent()).resolves.toBe('Bergen (NH.)');
    await expect(site.page.locator('#regio ~ section h3').first().textContent()).resolves.toBe('Regio Alkmaar (2013)');
    await site.page.goto(site.server.url('/gemeente/bergen-l/'));
    await expect(site.page.locator('#regio ~ section h3').first().textContent()).resolves.toBe('Noord-Limburg (2013)');
  });
});

describe('former names and shared names', () => {
  it('a former region name leads to the region', async () => {
    await site.page.goto(site.server.url('/regio/noord-kennemerland/'));
    await site.page.waitForURL(/\/regio\/alkmaar\/$/);
    await expect(site.page.locator('h1').textContent()).resolves.toBe('Regio Alkmaar');
  });

  it('a name two municipalities share offers the choice, and each Bergen points to the other', async () => {
    await site.page.goto(site.server.url('/gemeente/bergen/'));
    await expect(site.page.locator('main .rd-lead + ul a').allTextContents()).resolves.toEqual(['Bergen (L.)', 'Bergen (NH.)']);
    await site.page.goto(site.server.url('/gemeente/bergen-nh/'));
    await expect(site.page.locator('.rd-facts').getByRole('link', { name: 'Bergen (L.)' }).getAttribute('href')).resolves.toBe('/regiodossiers/gemeente/bergen-l/');
  });
});

describe('tasks', () => {
  it('counts every region and subregion per level, as the content says', async () => {
    const rows = taskRowsByRegion(model, 'pleegzorg');
    expect(rows.length).toBe(42);
    await site.page.goto(site.server.url('/taak/pleegzorg/'));
    const groups = groupByLevel(rows);
    const headings = await site.page.locator('#per-regio ~ h3').allTextContents();
    expect(headings.length).toBe(groups.length);
    const tables = site.page.locator('#per-regio ~ .utrecht-table-container table');
    let total = 0;
    for (let i = 0; i < groups.length; i++) {
      const count = await tables.nth(i).locator('tbody tr').count();
      expect(count).toBe(groups[i]!.rows.length);
      total += count;
    }
    expect(total).toBe(42);
  });

  it('tile map: one link per region, each to that region, with level in its name', async () => {
    await site.page.goto(site.server.url('/taak/pleegzorg/'));
    const tiles = site.page.locator('svg a.rd-tile');
    await expect(tiles.count()).resolves.toBe(model.tiles.length);
    const friesland = site.page.locator('svg a[aria-label^="Fryslân:"]');
    await expect(friesland.getAttribute('aria-label')).resolves.toBe('Fryslân: bovenregionaal');
    await expect(friesland.getAttribute('href')).resolves.toBe('/regiodossiers/regio/fryslan/');
    await expect(friesland.locator('.rd-tile__code').textContent()).resolves.toBe('B');
    await friesland.click();
    await site.page.waitForURL(/\/regio\/fryslan\/$/);
  });

  it('home tile map links every region to its dossier', async () => {
    await site.page.goto(site.server.url('/'));
    const hrefs = await site.page.locator('svg a.rd-tile').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const expected = model.tiles.map((tile) => `/regiodossiers/regio/${tile.id}/`);
    expect([...hrefs].sort()).toEqual([...expected].sort());
  });
});

describe('comparisons', () => {
  it('tasks x regions: 43 rows (42 profiles and West-Brabant summarised from its subregions) of 11 cells, each readable as words', async () => {
    await site.page.goto(site.server.url('/vergelijk/taken/'));
    const rows = site.page.locator('main table tbody tr', { has: site.page.locator('th[scope="row"] a[href*="/regio/"]') });
    await expect(rows.count()).resolves.toBe(43);
    await expect(rows.first().locator('td').count()).resolves.toBe(11);
    const alkmaar = rows.filter({ has: site.page.getByRole('link', { name: 'Regio Alkmaar' }) });
    await expect(alkmaar.locator('td .rd-visually-hidden').first().textContent()).resolves.toMatch(/^(lokaal|subregionaal|regionaal|bovenregionaal|onduidelijk)/);
  });

  it('governance x regions: answers link to the quotation on the region page', async () => {
    await site.page.goto(site.server.url('/vergelijk/bestuur/'));
    const groningen = site.page.locator('tr', { has: site.page.getByRole('link', { name: 'Groningen', exact: true }) });
    const answer = groningen.locator('td').nth(3).locator('a');
    await expect(answer.textContent()).resolves.toBe('nee');
    await answer.click();
    await site.page.waitForURL(/\/regio\/groningen\/#vraag-bestuur-1d$/);
    await expect(site.page.locator('#vraag-bestuur-1d').count()).resolves.toBe(1);
  });
});

describe('search', () => {
  it('finds a region by a former name and filters by kind', async () => {
    await site.page.goto(site.server.url('/zoeken/?q=Kennemerland'));
    const results = site.page.locator('[data-search-results] li');
    await results.first().waitFor();
    const titles = await results.locator('h2').allTextContents();
    expect(titles.some((title) => title.includes('Regio Alkmaar'))).toBe(true);
    await site.page.getByLabel("Regio's").check();
    await site.page.waitForFunction(() => new URL(location.href).searchParams.getAll('soort').includes("Regio's"));
    await results.first().waitFor();
    const kinds = await results.locator('p.rd-subtle').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((kind) => kind === "Regio's")).toBe(true);
  });

  it('understands Dutch: "pleeggezinnen" finds pages about pleegzorg', async () => {
    await site.page.goto(site.server.url('/zoeken/?q=pleegzorg'));
    await site.page.locator('[data-search-results] li').first().waitFor();
    await expect(site.page.locator('[data-search-status]').textContent()).resolves.toMatch(/^\d+ resultaten voor ‘pleegzorg’$/);
  });
});
