/**
 * Reader first (issue 9) in a real browser: municipality pages answer in their first sentence,
 * region pages open with a summary, index pages for /regio/ and /document/, the comparison
 * matrices and the side-by-side comparison.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../schemas/validator/content-fs.ts';
import { plansFromStore } from '../../src/lib/plans.ts';
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, htmlFiles, useSite } from './support.ts';

const plans = plansFromStore(loadContent(fileURLToPath(new URL('../../', import.meta.url))).store);
const model = plans.site;
const site = useSite();

/** Members of the most recent source listing the region (or its subregions), from the content. */
function newestMembers(regionId: string): Set<string> {
  const region = model.regionById.get(regionId)!;
  const members = [region, ...region.subregions.map((id) => model.regionById.get(id)!)].flatMap((r) => r.members);
  const newest = Math.max(...members.map((m) => m.year));
  return new Set(members.filter((m) => m.year === newest).map((m) => m.municipality));
}

describe('municipality page answers first', () => {
  it('Uitgeest: the first paragraph names Regio Alkmaar, the source and 2018; the history says 2013: IJmond', async () => {
    await site.page.goto(site.server.url('/gemeente/uitgeest/'));
    const first = site.page.locator('main h1 + p');
    await expect(first.textContent()).resolves.toBe('Uitgeest hoort bij Regio Alkmaar, volgens de meest recente bron op deze site: Transformatieplan Alkmaar 2018-2020 (2018).');
    await expect(first.getByRole('link', { name: 'Regio Alkmaar' }).getAttribute('href')).resolves.toBe('/regiodossiers/regio/alkmaar/');
    await expect(site.page.locator('.rd-history li').allTextContents()).resolves.toEqual(['In 2013: IJmond (volgens Regioprofielen)']);
  });

  it('a municipality known only from 2013 names its region and 2013', async () => {
    await site.page.goto(site.server.url('/gemeente/assen/'));
    await expect(site.page.locator('main h1 + p').textContent()).resolves.toBe('Assen hoort bij Drenthe, volgens de meest recente bron op deze site: Regioprofielen (2013).');
  });

  it('a municipality that no longer exists says so first, then its region per the most recent source', async () => {
    await site.page.goto(site.server.url('/gemeente/appingedam/'));
    await expect(site.page.locator('main h1 + p').textContent()).resolves.toMatch(/^Appingedam bestaat sinds 1 januari 2021 niet meer/);
    await expect(site.page.locator('main [data-answer]').textContent()).resolves.toBe('Appingedam hoort bij Groningen, volgens de meest recente bron op deze site: Regioprofielen (2013).');
  });

  it('the A-Z list uses the same answer with years', async () => {
    await site.page.goto(site.server.url('/gemeente/'));
    const item = site.page.locator('[data-filter-item]', { has: site.page.getByRole('link', { name: 'Uitgeest', exact: true }) });
    await expect(item.locator('.rd-subtle').textContent()).resolves.toBe(' — Regio Alkmaar (2018); in 2013: IJmond');
  });
});

describe('region page summary', () => {
  it('every region page opens with the summary, and its member count is that of the most recent source', async () => {
    for (const region of model.regions) {
      await site.page.goto(site.server.url(`/regio/${region.id}/`));
      const firstSection = site.page.locator('main h1 ~ section').first();
      await expect(firstSection.getAttribute('aria-labelledby'), region.id).resolves.toBe('samenvatting');
      const names = await site.page.locator('[data-summary-members] li').allTextContents();
      const expected = newestMembers(region.id);
      expect(names.length, region.id).toBe(expected.size);
      expect(new Set(names), region.id).toEqual(new Set([...expected].map((id) => model.municipalityById.get(id)!.name)));
      await expect(site.page.locator('[data-summary-source]').textContent(), region.id).resolves.toMatch(new RegExp(`^${expected.size} gemeenten? volgens `));
    }
  });

  it('Regio Alkmaar: 7 members per the 2018 plan, 2013 as dated history, documents newest first', async () => {
    await site.page.goto(site.server.url('/regio/alkmaar/'));
    await expect(site.page.locator('[data-summary-source] a').textContent()).resolves.toBe('Transformatieplan Alkmaar 2018-2020');
    await expect(site.page.locator('.rd-details summary').textContent()).resolves.toBe('In 2013, volgens Regioprofielen: 8 gemeenten');
    await expect(site.page.locator('.rd-summary__documents li a').last().textContent()).resolves.toBe('Regioprofielen');
    await expect(site.page.locator('[data-no-later-documents]').count()).resolves.toBe(0);
    await expect(site.page.locator('[data-dossier-dates]').textContent()).resolves.toMatch(/laatst bewerkt op .*Die datum zegt niets over de gegevens zelf: die komen uit bronnen over 2013 tot en met \d{4}\./);
  });

  it('a region without later documents says exactly that, and shows 11 task chips with letter and words', async () => {
    await site.page.goto(site.server.url('/regio/groningen/'));
    await expect(site.page.locator('[data-no-later-documents]').textContent()).resolves.toBe('Deze site bevat voor deze regio nog geen documenten na 2013.');
    const chips = site.page.locator('[data-summary-chips] li');
    await expect(chips.count()).resolves.toBe(11);
    await expect(chips.filter({ hasText: 'Pleegzorg' }).innerText()).resolves.toMatch(/^R\s+Pleegzorg: regionaal$/);
    await site.page.getByRole('link', { name: 'Naar de volledige takentabel met de woorden van de bron' }).click();
    expect(new URL(site.page.url()).hash).toBe('#takentabel');
  });
});

describe('index pages', () => {
  it('/regio/ lists every region and subregion with province and member count, and is in the breadcrumbs', async () => {
    const response = await site.page.goto(site.server.url('/regio/'));
    expect(response?.status()).toBe(200);
    await expect(site.page.locator('[data-region-index] tbody tr').count()).resolves.toBe(model.regions.length);
    const alkmaar = site.page.locator('[data-region-index] tbody tr', { has: site.page.getByRole('link', { name: 'Regio Alkmaar' }) });
    await expect(alkmaar.locator('td').allTextContents()).resolves.toEqual(['Noord-Holland', '7 (2018)']);
    await site.page.goto(site.server.url('/regio/alkmaar/'));
    await expect(site.page.locator('.utrecht-breadcrumb-nav').getByRole('link', { name: "Regio's" }).getAttribute('href')).resolves.toBe('/regiodossiers/regio/');
  });

  it('/document/ lists every document newest first, and document pages link back to it', async () => {
    const response = await site.page.goto(site.server.url('/document/'));
    expect(response?.status()).toBe(200);
    const rows = site.page.locator('[data-document-index] tbody tr');
    await expect(rows.count()).resolves.toBe(model.documents.length);
    await expect(rows.last().locator('th').textContent()).resolves.toBe('Regioprofielen');
    await site.page.goto(site.server.url('/document/regioprofielen-2013/'));
    await expect(site.page.locator('.utrecht-breadcrumb-nav').getByRole('link', { name: 'Documenten' }).getAttribute('href')).resolves.toBe('/regiodossiers/document/');
  });
});

describe('comparison matrices', () => {
  it('/vergelijk/taken/: one data table, 43 rows, 11 task columns, cells agree with the open data', async () => {
    await site.page.goto(site.server.url('/vergelijk/taken/'));
    await expect(site.page.locator('table[data-matrix]').count()).resolves.toBe(1);
    const table = site.page.locator('table[data-matrix]');
    await expect(table.locator('thead th').count()).resolves.toBe(12);
    await expect(table.locator('tbody tr').count()).resolves.toBe(43);
    const open = (await (await site.page.request.get(site.server.url('/data/regioprofielen-2013.json'))).json()) as { regio: string; taak: string; niveau: string; status: string }[];
    const cells = await table.locator('tbody tr').evaluateAll((rows) =>
      rows.flatMap((row) => [...row.querySelectorAll('td')].map((td, i) => ({ region: (row as HTMLElement).dataset.region!, column: i, level: td.dataset.level ?? 'geen-antwoord', status: td.dataset.status }))),
    );
    const taskIds = model.tasks.map((task) => task.id);
    let compared = 0;
    for (const record of open) {
      const cell = cells.find((c) => c.region === record.regio && c.column === taskIds.indexOf(record.taak))!;
      expect(new Set(cell.level.split('+')), `${record.regio} ${record.taak}`).toEqual(new Set(record.niveau.split('+')));
      expect(cell.status).toBe(record.status);
      compared += 1;
    }
    expect(compared).toBe(open.length);
    expect(compared).toBeGreaterThan(400);
  });

  it('at 1280x900 no column is clipped; the head has abbreviations with the full task name for screen readers', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.server.url('/vergelijk/taken/'));
    const [scrollWidth, clientWidth] = await page.locator('.rd-matrix-scroll').evaluate((box) => [box.scrollWidth, box.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const head = page.locator('table[data-matrix] thead th').nth(6);
    await expect(head.locator('[aria-hidden="true"]').textContent()).resolves.toBe('VB');
    await expect(head.locator('.rd-visually-hidden').textContent()).resolves.toBe('Specifieke jeugdhulp voor de VB-groep');
    await context.close();
  });

  it('at 360 px the first column stays visible while the table scrolls sideways', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(site.server.url('/vergelijk/taken/'));
    const box = page.locator('.rd-matrix-scroll');
    await box.evaluate((el) => el.scrollBy(400, 0));
    expect(await box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const [boxLeft, nameLeft] = await page.evaluate(() => [
      document.querySelector('.rd-matrix-scroll')!.getBoundingClientRect().left,
      document.querySelector('table[data-matrix] tbody th')!.getBoundingClientRect().left,
    ]);
    expect(Math.abs(nameLeft! - boxLeft!)).toBeLessThanOrEqual(2);
    await expect(page.locator('table[data-matrix] tbody th').first().isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });

  it('sorts by a task column and back by name, with aria-sort on the column head', async () => {
    await site.page.goto(site.server.url('/vergelijk/taken/'));
    const sortButton = site.page.getByRole('button', { name: 'Sorteer op Pleegzorg' });
    await sortButton.click();
    await expect(site.page.locator('table[data-matrix] thead th').nth(3).getAttribute('aria-sort')).resolves.toBe('ascending');
    const ranks = await site.page.locator('table[data-matrix] tbody tr').evaluateAll((rows) => rows.map((row) => Number((row as HTMLTableRowElement).cells[3]!.dataset.rank)));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    await site.page.getByRole('button', { name: 'Sorteer op naam van de regio' }).click();
    const orders = await site.page.locator('table[data-matrix] tbody tr').evaluateAll((rows) => rows.map((row) => Number((row as HTMLElement).dataset.order)));
    expect(orders).toEqual(orders.map((_, i) => i));
  });

  it('highlights chosen regions and keeps them in the URL', async () => {
    await site.page.goto(site.server.url('/vergelijk/taken/?markeer=ijmond'));
    await expect(site.page.locator('tr.rd-row--marked').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.region))).resolves.toEqual(['ijmond']);
    await site.page.getByLabel('Markeer een regio in de tabel').selectOption('alkmaar');
    await site.page.getByRole('button', { name: 'Markeer', exact: true }).click();
    expect(new URL(site.page.url()).searchParams.get('markeer')).toBe('ijmond,alkmaar');
    await expect(site.page.locator('tr[data-region="alkmaar"] th').textContent()).resolves.toContain('(gemarkeerd)');
    await site.page.getByRole('button', { name: 'Markering van IJmond weghalen' }).click();
    expect(new URL(site.page.url()).searchParams.get('markeer')).toBe('alkmaar');
  });

  it('without JavaScript the province filter is a set of links to pre-rendered views', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url('/vergelijk/taken/'));
    await expect(page.locator('[data-matrix-tool]').isHidden()).resolves.toBe(true);
    await page.locator('.rd-province-nav').getByRole('link', { name: 'Noord-Holland' }).click();
    await page.waitForURL(/\/vergelijk\/taken\/noord-holland\/$/);
    const regions = await page.locator('table[data-matrix] tbody tr').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.region));
    expect(regions).toEqual(model.regions.filter((r) => r.kind === 'regio' && r.provinces.includes('noord-holland')).flatMap((r) => [r.id, ...r.subregions]));
    await context.close();
  });

  it('/vergelijk/bestuur/: one table, 43 rows, each answer as a word with its colour class', async () => {
    await site.page.goto(site.server.url('/vergelijk/bestuur/'));
    await expect(site.page.locator('table[data-matrix]').count()).resolves.toBe(1);
    await expect(site.page.locator('table[data-matrix] tbody tr').count()).resolves.toBe(43);
    const cell = site.page.locator('tr[data-region="groningen"] td').nth(3);
    await expect(cell.textContent()).resolves.toBe('nee');
    await expect(cell.getAttribute('class')).resolves.toContain('rd-gov--nee');
  });
});

describe('side by side', () => {
  const heads = () => site.page.locator('[data-side-table] thead th').allTextContents();
  const regionParam = () => new URL(site.page.url()).searchParams.get('regio');

  it('shows three columns for three slugs, highlights differences, and passes axe', async () => {
    await site.page.goto(site.server.url('/vergelijk/regios/?regio=alkmaar,ijmond,zuid-kennemerland'));
    await site.page.waitForSelector('[data-side-table] thead th');
    await expect(site.page.locator('[data-side-table] thead th').count()).resolves.toBe(3);
    expect((await heads()).map((h) => h.replace('Weghalen', '').trim())).toEqual(['Regio Alkmaar', 'IJmond', 'Zuid-Kennemerland']);
    const taskRows = site.page.locator('[data-side-table] tr[data-row^="task:"]');
    await expect(taskRows.count()).resolves.toBe(11);
    await expect(taskRows.first().locator('td').count()).resolves.toBe(3);
    await expect(site.page.locator('tr[data-row="members"] td').first().textContent()).resolves.toContain('7 gemeenten');
    const differs = (row: string) => site.page.locator(`tr[data-row="${row}"]`).evaluate((tr) => tr.classList.contains('rd-side-diff'));
    await expect(differs('memberList')).resolves.toBe(true);
    await expect(differs('provinces')).resolves.toBe(false);
    await expect(site.page.locator('tr[data-row="memberList"] th').textContent()).resolves.toContain('verschilt');
    const results = await new AxeBuilder({ page: site.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('works for any three slugs, e.g. three at random', async () => {
    const ids = model.regions.map((r) => r.id);
    const pick = [ids[5]!, ids[17]!, ids[40]!];
    await site.page.goto(site.server.url(`/vergelijk/regios/?regio=${pick.join(',')}`));
    await site.page.waitForSelector('[data-side-table] thead th');
    await expect(site.page.locator('[data-side-table] thead th a').allTextContents()).resolves.toEqual(pick.map((id) => model.regionById.get(id)!.name));
  });

  it('keeps the URL in sync with the picker and the remove buttons', async () => {
    await site.page.goto(site.server.url('/vergelijk/regios/?regio=alkmaar,ijmond'));
    await site.page.waitForSelector('[data-side-table] thead th');
    await site.page.getByLabel('Regio toevoegen').selectOption('groningen');
    await site.page.getByRole('button', { name: 'Toevoegen' }).click();
    await site.page.waitForFunction(() => document.querySelectorAll('[data-side-table] thead th').length === 3);
    expect(regionParam()).toBe('alkmaar,ijmond,groningen');
    await site.page.getByRole('button', { name: 'IJmond weghalen uit de vergelijking' }).click();
    await site.page.waitForFunction(() => document.querySelectorAll('[data-side-table] thead th').length === 2);
    expect(regionParam()).toBe('alkmaar,groningen');
  });

  it('an unknown slug gets a clear message; the known ones are still shown', async () => {
    await site.page.goto(site.server.url('/vergelijk/regios/?regio=alkmaar,bestaat-niet,ijmond'));
    await site.page.waitForSelector('[data-side-table] thead th');
    await expect(site.page.locator('[data-side-status]').textContent()).resolves.toBe("Deze regio bestaat niet op deze site: ‘bestaat-niet’. Kies een regio uit de lijst.");
    await expect(site.page.locator('[data-side-table] thead th').count()).resolves.toBe(2);
    expect(regionParam()).toBe('alkmaar,ijmond');
  });

  it('without JavaScript the page explains the choice and links to the matrices', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url('/vergelijk/regios/?regio=alkmaar,ijmond'));
    await expect(page.locator('[data-side]').isHidden()).resolves.toBe(true);
    await expect(page.locator('[data-side-nojs]').textContent()).resolves.toContain('JavaScript');
    await expect(page.locator('[data-side-nojs] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).resolves.toEqual(['/regiodossiers/vergelijk/taken/', '/regiodossiers/vergelijk/bestuur/']);
    await context.close();
  });

  it('every region page links to the side-by-side view with its own slug', async () => {
    await site.page.goto(site.server.url('/regio/alkmaar/'));
    await expect(site.page.getByRole('link', { name: "Vergelijk Regio Alkmaar met andere regio's" }).getAttribute('href')).resolves.toBe('/regiodossiers/vergelijk/regios/?regio=alkmaar');
  });
});

describe('home tile map', () => {
  it('colours the tiles per chosen task with the task pages legend, and by later documents by default', async () => {
    await site.page.goto(site.server.url('/'));
    const alkmaar = site.page.locator('svg a.rd-tile[href$="/regio/alkmaar/"]');
    await expect(alkmaar.getAttribute('aria-label')).resolves.toBe('Regio Alkmaar: deze site bevat documenten na 2013');
    await expect(site.page.locator('svg a.rd-tile[href$="/regio/groningen/"] [data-code]').textContent()).resolves.toBe('–');
    await site.page.getByLabel('Kleur de kaart naar').selectOption('pleegzorg');
    const pleegzorg = model.profileById.get('groningen')!.tasks!.pleegzorg!;
    await expect(site.page.locator('svg a.rd-tile[href$="/regio/groningen/"]').getAttribute('aria-label')).resolves.toBe(`Groningen: ${pleegzorg.level.join(' en ')}`);
    await expect(site.page.locator('[data-legend="pleegzorg"]').isVisible()).resolves.toBe(true);
    await expect(site.page.locator('[data-legend="documenten-na-2013"]').isHidden()).resolves.toBe(true);
    // The same legend entries as the task page's map.
    const homeLegend = await site.page.locator('[data-legend="pleegzorg"] li').allTextContents();
    await site.page.goto(site.server.url('/taak/pleegzorg/'));
    await expect(site.page.locator('.rd-legend li').allTextContents()).resolves.toEqual(homeLegend);
  });

  it('has at most one tab stop per region: the tiles are not in the tab order, the province list is', async () => {
    await site.page.goto(site.server.url('/'));
    const tabbableTiles = await site.page.locator('svg a.rd-tile').evaluateAll((tiles) => tiles.filter((tile) => (tile as SVGAElement).tabIndex >= 0).length);
    expect(tabbableTiles).toBe(0);
    const hrefs = await site.page.locator('a[href*="/regio/"]:not([tabindex="-1"])').evaluateAll((links) => links.map((a) => a.getAttribute('href')).filter((h) => /\/regio\/[^/]+\/$/.test(h ?? '')));
    const counts = new Map<string, number>();
    for (const h of hrefs) counts.set(h!, (counts.get(h!) ?? 0) + 1);
    // A region that crosses a provincial border is listed under each province.
    for (const [h, count] of counts) {
      const region = model.regionById.get(h!.split('/').at(-2)!)!;
      expect(count, h).toBe(region.provinces.length);
    }
  });

  it('fits a 360 px wide phone without scrolling sideways, with every region tile inside the viewport', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(site.server.url('/'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const rights = await page.locator('svg a.rd-tile rect.rd-tile__bg').evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().right));
    expect(rights).toHaveLength(model.tiles.length);
    expect(Math.max(...rights)).toBeLessThanOrEqual(360);
    await context.close();
  });
});

describe('data, licence, glossary and honest pages', () => {
  it('every region page offers its own CSV and JSON, and they load', async () => {
    await site.page.goto(site.server.url('/regio/alkmaar/'));
    const csv = await site.page.getByRole('link', { name: /takentabel 2013 als CSV/ }).getAttribute('href');
    const json = await site.page.getByRole('link', { name: /alles als JSON/ }).getAttribute('href');
    expect([csv, json]).toEqual(['/regiodossiers/data/regio/alkmaar.csv', '/regiodossiers/data/regio/alkmaar.json']);
    const data = (await (await site.page.request.get(site.server.origin + json)).json()) as { regio: string; taken_2013: unknown[] };
    expect(data.regio).toBe('alkmaar');
    expect(data.taken_2013).toHaveLength(11);
  });

  it('/data/ states the licence (CC BY 4.0) with how to cite, file sizes, and a developers section', async () => {
    await site.page.goto(site.server.url('/data/'));
    await expect(site.page.locator('#licentie ~ p').first().textContent()).resolves.toContain('CC BY 4.0');
    await expect(site.page.locator('#bronvermelding + p').textContent()).resolves.toMatch(/^Regiodossiers jeugdhulp, regioprofielen-2013\.csv, geraadpleegd op/);
    await expect(site.page.locator('#data-regioprofielen-2013 ~ ul li').first().textContent()).resolves.toMatch(/\(\d+(,\d)? kB\)$/);
    await expect(site.page.locator('#ontwikkelaars').textContent()).resolves.toBe('Voor ontwikkelaars');
  });

  it('the glossary explains VB and GGZ and is linked from the task pages', async () => {
    await site.page.goto(site.server.url('/taak/jeugdhulp-vb/'));
    await site.page.getByRole('link', { name: 'Uitleg van begrippen en afkortingen' }).click();
    await site.page.waitForURL(/\/over\/begrippen\/$/);
    const terms = await site.page.locator('#afkortingen ~ dl dt').allTextContents();
    expect(terms).toEqual(expect.arrayContaining(['VB', 'GGZ']));
  });

  it('no page for the public shows an internal file path (only the developers section of /data/ names content files)', () => {
    const offending = htmlFiles().filter((file) => file !== 'data/index.html' && /content\/(?:regio|documenten|samenwerkingen|gemeenten)/.test(readFileSync(join(DIST, file), 'utf8')));
    expect(offending).toEqual([]);
  });
});

describe('editorial conclusions are marked where they are shown', () => {
  it('collaboration page: its name, BORN as another name, the core-team count and the agenda short titles', async () => {
    await site.page.goto(site.server.url('/samenwerking/noord-holland/'));
    for (const what of ['name', 'aliases', 'core-team', 'agenda-titles']) {
      await expect(site.page.locator(`[data-editorial="${what}"]`).first().textContent(), what).resolves.toMatch(/^Conclusie van de redactie: /);
    }
    await expect(site.page.locator('[data-editorial="core-team"]').locator('xpath=..').textContent()).resolves.toMatch(/\d+ van de \d+ regio's/);
  });

  it('action-line index: the programme years are marked as added by the editors', async () => {
    await site.page.goto(site.server.url('/actielijn/'));
    await expect(site.page.locator('[data-editorial="programme-years"]').textContent()).resolves.toContain('2018-2021');
  });
});

describe('printing a dossier', () => {
  it('prints the page URL and date on top and links as absolute URLs built from SITE_URL', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.server.url('/regio/alkmaar/'));
    await page.emulateMedia({ media: 'print' });
    const meta = page.locator('.rd-print-meta');
    await expect(meta.isVisible()).resolves.toBe(true);
    await expect(meta.textContent()).resolves.toMatch(/^Dit dossier staat op https?:\/\/[^ ]+\/regio\/alkmaar\/\. Afgedrukt op \d{1,2} \w+ \d{4}\.$/);
    const css = await (await page.request.get(site.server.url('/print-origin.css'))).text();
    const origin = /--rd-print-origin: "([^"]*)"/.exec(css)![1]!;
    expect(origin).toMatch(/^https?:\/\//);
    const after = await page.locator('[data-summary-members] a').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toBe(`" (${origin}/regiodossiers/gemeente/alkmaar/)"`);
    await context.close();
  });
});
