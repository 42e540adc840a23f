/** The built site in a real browser: the home page and region pages show real content. */
import { describe, expect, it } from 'vitest';
import { useSite } from './support.ts';

const site = useSite();

describe('home page', () => {
  it('is Dutch, has a skip link and lists the regions by province', async () => {
    const response = await site.page.goto(site.server.url('/'));
    expect(response?.status()).toBe(200);
    expect(await site.page.getAttribute('html', 'lang')).toBe('nl');
    expect(await site.page.title()).toBe('Regiodossiers jeugdhulp');
    await expect(site.page.locator('h1').textContent()).resolves.toBe('Regiodossiers jeugdhulp');
    await expect(site.page.locator('a.utrecht-skip-link').getAttribute('href')).resolves.toBe('#inhoud');
    const groningen = site.page.locator('section[aria-labelledby="provincie-groningen"]');
    const link = groningen.getByRole('link', { name: 'Groningen' });
    await expect(link.getAttribute('href')).resolves.toBe('/regiodossiers/regio/groningen/');
    const noordHolland = site.page.locator('section[aria-labelledby="provincie-noord-holland"]');
    await expect(noordHolland.getByRole('listitem').count()).resolves.toBe(9);
  });

  it('links from a region on the home page to its dossier', async () => {
    await site.page.goto(site.server.url('/'));
    await site.page.locator('#regios ~ * a', { hasText: 'Regio Alkmaar' }).first().click();
    await site.page.waitForURL(/\/regio\/alkmaar\/$/);
    await expect(site.page.locator('h1').textContent()).resolves.toBe('Regio Alkmaar');
  });
});

describe('region page', () => {
  it('shows the municipalities and the 2013 task table with source wording', async () => {
    const response = await site.page.goto(site.server.url('/regio/groningen/'));
    expect(response?.status()).toBe(200);
    expect(await site.page.title()).toBe('Groningen (jeugdhulpregio) | Regiodossiers jeugdhulp');
    const municipalities = site.page.locator('#gemeenten ~ ul[data-summary-members] li');
    await expect(municipalities.count()).resolves.toBe(23);
    await expect(site.page.getByRole('link', { name: 'Appingedam' }).count()).resolves.toBe(1);
    const table = site.page.locator('table', { has: site.page.locator('caption') }).first();
    await expect(table.locator('tbody tr').count()).resolves.toBe(11);
    const pleegzorg = table.locator('tbody tr', { has: site.page.locator('th', { hasText: 'Pleegzorg' }) });
    await expect(pleegzorg.locator('td').nth(0).innerText()).resolves.toBe('regionaal\nintentie');
    await expect(pleegzorg.locator('td').nth(1).innerText()).resolves.toContain('Regionaal / Intentie');
    // Tasks in the questionnaire's order, not alphabetical.
    await expect(table.locator('tbody th').first().textContent()).resolves.toBe('Organisatie eerste lijn');
  });

  it('shows governance answers as quotations with their source', async () => {
    await site.page.goto(site.server.url('/regio/groningen/'));
    const answer = site.page.locator('#vraag-bestuur-1d + dd');
    await expect(answer.locator('.rd-answer').textContent()).resolves.toBe('Antwoord: nee');
    await expect(answer.locator('blockquote').textContent()).resolves.toContain('dit dient nog nader uitgewerkt te worden');
    await expect(answer.locator('figcaption a').getAttribute('href')).resolves.toBe('/regiodossiers/document/regioprofielen-2013/');
  });

  it('connects a region with subregions both ways (West-Brabant)', async () => {
    await site.page.goto(site.server.url('/regio/west-brabant/'));
    await expect(site.page.getByRole('link', { name: 'West-Brabant-West', exact: true }).first().getAttribute('href')).resolves.toBe('/regiodossiers/regio/west-brabant-west/');
    await site.page.goto(site.server.url('/regio/west-brabant-west/'));
    await expect(site.page.locator('.utrecht-breadcrumb-nav').getByRole('link', { name: 'West-Brabant' }).getAttribute('href')).resolves.toBe('/regiodossiers/regio/west-brabant/');
    await expect(site.page.locator('table tbody tr').count()).resolves.toBe(11);
  });

  it('answers an unknown URL with the 404 page', async () => {
    const response = await site.page.goto(site.server.url('/regio/bestaat-niet/'));
    expect(response?.status()).toBe(404);
    await expect(site.page.locator('h1').textContent()).resolves.toBe('Pagina niet gevonden');
  });
});
