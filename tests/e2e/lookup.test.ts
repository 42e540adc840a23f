/**
 * The search field in the header and on the home page, as a name lookup (WAI-ARIA combobox):
 * a municipality name, a spelling variant and a one-letter typo lead to the right page, by
 * mouse and by keyboard alone; a shared name leads to the choice; other text to the results;
 * axe passes with the list open; it never takes focus by itself; it fits 360 px.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSite } from './support.ts';

const site = useSite();
let page: Page;
beforeAll(() => {
  page = site.page;
});

const sitePath = () => new URL(page.url()).pathname.replace(/^\/[^/]+\//, '/');
const FIELD = '#zoekterm';
const LIST = '#zoekterm-suggesties';

async function openHome() {
  await page.goto(site.server.url('/'));
}

async function typeInto(selector: string, text: string) {
  await page.focus(selector);
  await page.keyboard.type(text, { delay: 20 });
  await page.waitForSelector(`${selector}-suggesties:not([hidden])`);
}

describe('name lookup on the home page', () => {
  it('does not take focus by itself and has a visible label', async () => {
    await openHome();
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(await page.isVisible(`label[for="zoekterm"]`)).toBe(true);
    // One field, not two: on the home page the header has none.
    expect(await page.locator('#kop-zoekterm').count()).toBe(0);
  });

  it('goes to a municipality by its name with Enter', async () => {
    await openHome();
    await typeInto(FIELD, 'Uitgeest');
    await Promise.all([page.waitForURL(/\/gemeente\/uitgeest\/$/), page.keyboard.press('Enter')]);
    expect(sitePath()).toBe('/gemeente/uitgeest/');
  });

  it('goes to a municipality by a spelling variant', async () => {
    await openHome();
    await typeInto(FIELD, 'Achtkaspelen');
    expect(await page.textContent(`${LIST} [role="option"]`)).toMatch(/^Achtkarspelen/);
    await Promise.all([page.waitForURL(/\/gemeente\/achtkarspelen\/$/), page.keyboard.press('Enter')]);
  });

  it('offers the municipality for a one-letter typo, chosen with the arrow key and Enter', async () => {
    await openHome();
    await typeInto(FIELD, 'Utigeest');
    const input = page.locator(FIELD);
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    const active = await input.getAttribute('aria-activedescendant');
    expect(await page.getAttribute(`#${active}`, 'aria-selected')).toBe('true');
    expect(await page.textContent(`#${active}`)).toMatch(/^Uitgeest.*Regio Alkmaar \(2018\)/);
    await Promise.all([page.waitForURL(/\/gemeente\/uitgeest\/$/), page.keyboard.press('Enter')]);
  });

  it('works with the keyboard alone, from the top of the page', async () => {
    await openHome();
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.id === 'zoekterm')); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('zoekterm');
    await page.keyboard.type('Noord Kennemerland', { delay: 10 });
    await page.waitForSelector(`${LIST}:not([hidden])`);
    await Promise.all([page.waitForURL(/\/regio\/alkmaar\/$/), page.keyboard.press('Enter')]);
  });

  it('chooses a suggestion with the mouse', async () => {
    await openHome();
    await typeInto(FIELD, 'Castric');
    await Promise.all([page.waitForURL(/\/gemeente\/castricum\/$/), page.click(`${LIST} [role="option"] >> text=Castricum`)]);
  });

  it('offers both namesakes and the choice for a shared name; Enter goes to the choice', async () => {
    await openHome();
    await typeInto(FIELD, 'Bergen');
    const names = await page.$$eval(`${LIST} .rd-lookup__name`, (nodes) => nodes.map((node) => node.textContent));
    expect(names.slice(0, 3)).toEqual(['Bergen', 'Bergen (L.)', 'Bergen (NH.)']);
    await Promise.all([page.waitForURL(/\/gemeente\/bergen\/$/), page.keyboard.press('Enter')]);
  });

  it('sends other text to the search results, and Escape closes the list', async () => {
    await openHome();
    await typeInto(FIELD, 'Castricum');
    await page.keyboard.press('Escape');
    expect(await page.isHidden(LIST)).toBe(true);
    expect(await page.getAttribute(FIELD, 'aria-expanded')).toBe('false');
    await page.fill(FIELD, 'pleegzorg');
    await Promise.all([page.waitForURL(/\/zoeken\/\?q=pleegzorg$/), page.keyboard.press('Enter')]);
    await page.waitForSelector('[data-search-results] > li');
  });

  it('passes axe with the list open, on the home page and in the header', async () => {
    const axeSource = readFileSync(createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');
    for (const [path, field] of [['/', FIELD], ['/regio/alkmaar/', '#kop-zoekterm']] as const) {
      await page.goto(site.server.url(path));
      await typeInto(field, 'Berg');
      await page.keyboard.press('ArrowDown');
      const results = await new AxeBuilder({ page, axeSource }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
});

describe('search field in the header', () => {
  it('is on every kind of page (in the header; on the home page at the top), and without JavaScript a GET form to /zoeken/ with the A-Z list one link away', async () => {
    for (const path of ['/', '/regio/alkmaar/', '/gemeente/uitgeest/', '/taak/pleegzorg/', '/zoeken/', '/over/']) {
      await page.goto(site.server.url(path));
      const form = page.locator(path === '/' ? 'main form[role="search"]' : 'header form[role="search"]');
      expect(await form.getAttribute('method')).toBe('get');
      expect(new URL((await form.getAttribute('action'))!, 'http://x').pathname).toMatch(/\/zoeken\/$/);
      expect(await form.locator('input[name="q"]').count()).toBe(1);
      expect(new URL((await form.locator('a').getAttribute('href'))!, 'http://x').pathname).toMatch(/\/gemeente\/$/);
    }
  });

  it('fits 360 px: field, button and suggestions within the screen', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
    const small = await context.newPage();
    await small.goto(site.server.url('/regio/alkmaar/'));
    await small.focus('#kop-zoekterm');
    await small.keyboard.type('Uitg');
    await small.waitForSelector('#kop-zoekterm-suggesties:not([hidden])');
    for (const selector of ['#kop-zoekterm', 'header .rd-lookup__button', '#kop-zoekterm-suggesties']) {
      const box = (await small.locator(selector).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    }
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });
});
