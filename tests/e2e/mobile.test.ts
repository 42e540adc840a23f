/**
 * A 360 px wide phone: no page scrolls sideways (wide tables and the tile map scroll inside
 * their own focusable region), and axe finds no violations at that width either.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useSite } from './support.ts';

const site = useSite();
const SAMPLE = ['/', '/regio/groningen/', '/regio/alkmaar/', '/gemeente/', '/gemeente/uitgeest/', '/taak/pleegzorg/', '/vergelijk/taken/', '/vergelijk/bestuur/', '/document/transformatieplan-alkmaar-2018-2020/', '/actielijn/zo-thuis-mogelijk/', '/samenwerking/noord-holland/', '/zoeken/', '/data/'];

describe('on a 360 px wide phone', () => {
  it.each(SAMPLE)('%s does not scroll sideways and has no axe violations', async (path) => {
    await site.page.setViewportSize({ width: 360, height: 800 });
    const response = await site.page.goto(site.server.url(path));
    expect(response?.status()).toBe(200);
    const overflow = await site.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'page wider than the screen').toBeLessThanOrEqual(0);
    const results = await new AxeBuilder({ page: site.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
