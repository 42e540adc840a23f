/** Municipalities created or ended by a reorganisation since 2013, in a real browser (issue 14). */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../schemas/validator/content-fs.ts';
import { modelFromStore } from '../../src/lib/model-from-store.ts';
import { membershipsOf } from '../../src/lib/model.ts';
import { leadSentence, partsText, reorganisationIndex } from '../../src/lib/reorganisations.ts';
import { REPO_ROOT, useSite } from './support.ts';

const site = useSite();
const model = modelFromStore(loadContent(REPO_ROOT).store);
const firstSentence = async (slug: string) => {
  const response = await site.page.goto(site.server.url(`/gemeente/${slug}/`));
  expect(response?.status()).toBe(200);
  // The first paragraph after the heading.
  return site.page.locator('h1 + p').textContent();
};

describe('municipality pages after reorganisations', () => {
  it('a merged municipality (Dijk en Waard) says since when, from which, and where their dossiers are', async () => {
    const text = await firstSentence('dijk-en-waard');
    expect(text).toMatch(/^Dijk en Waard bestaat sinds 1 januari 2022 en is ontstaan uit Heerhugowaard en Langedijk; die hoorden volgens .+ \(\d{4}\) bij Regio Alkmaar\.$/);
    await site.page.locator('h1 + p').getByRole('link', { name: 'Regio Alkmaar' }).click();
    await site.page.waitForURL(/\/regio\/alkmaar\/$/);
  });

  it('a split municipality (Haaren) names every municipality its area went to', async () => {
    expect(await firstSentence('haaren')).toBe('Haaren bestaat sinds 1 januari 2021 niet meer: het grondgebied is verdeeld over Boxtel, Oisterwijk, Tilburg en Vught.');
    await expect(site.page.locator('.rd-reorganisations .rd-source a').first().getAttribute('href')).resolves.toMatch(/^https:\/\//);
  });

  it('every municipality of today has a page with its own membership or its predecessors and their regions', async () => {
    const { endedBy } = reorganisationIndex(model);
    for (const m of model.municipalities.filter((x) => !endedBy.has(x.id) && membershipsOf(model, x.id).length === 0)) {
      expect(await firstSentence(m.id), m.id).toBe(partsText(leadSentence(model, m.id)!));
    }
  });

  it('the A-Z list marks a former municipality and lists the new ones', async () => {
    await site.page.goto(site.server.url('/gemeente/'));
    await expect(site.page.locator('[data-filter-item]', { hasText: 'Weesp' }).textContent()).resolves.toContain('voormalige gemeente; sinds 24 maart 2022: Amsterdam');
    await expect(site.page.locator('[data-filter-item]').getByRole('link', { name: 'Voorne aan Zee', exact: true }).getAttribute('href')).resolves.toBe('/regiodossiers/gemeente/voorne-aan-zee/');
  });
});
