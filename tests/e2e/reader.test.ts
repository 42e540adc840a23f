/**
 * Reader first (issue 9) in a real browser: municipality pages answer in their first sentence,
 * region pages open with a summary, index pages for /regio/ and /document/, the comparison
 * matrices and the side-by-side comparison.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../scripts/lib/content-fs.ts';
import { validateContent } from '../../scripts/lib/validate.ts';
import { plansFromStore } from '../../src/lib/plans.ts';
import { useSite } from './support.ts';

const plans = plansFromStore(validateContent(readContentFiles(fileURLToPath(new URL('../../', import.meta.url)))).store);
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
    await site.page.goto(site.server.url('/gemeente/appingedam/'));
    await expect(site.page.locator('main h1 + p').textContent()).resolves.toBe('Appingedam hoort bij Groningen, volgens de meest recente bron op deze site: Regioprofielen (2013).');
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
