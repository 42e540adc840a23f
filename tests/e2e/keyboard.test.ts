/**
 * Keyboard and screen-reader basics, in Chromium with real key presses, on a sample of page
 * types: the home page, a region page, a document page, the 404 page, and — if they exist — the
 * overview and a detail page of /gemeente/, /taak/, /vergelijk/ and /zoeken/. The sample is
 * taken from whatever the build produced, never a fixed list of slugs.
 *  - the skip link is the first Tab stop, becomes visible on focus and moves focus to <main id="inhoud">;
 *  - every interactive element can be reached with Tab and shows a visible focus style
 *    (computed outline or box-shadow differs between focused and unfocused);
 *  - focus order (2.4.3): Tab visits the elements in document order (no positive tabindex);
 *    that the document order matches the visual order was checked by hand (see
 *    docs/toegankelijkheid/evaluatie.yaml);
 *  - tables have <th> header cells, each with a scope;
 *  - titles are unique and contain the page's h1.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles, sitePathOfFile, type StaticServer, useSite } from './support.ts';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** The sample: site paths with a label; the 404 page through an unknown URL. */
function samplePaths(): { label: string; path: string; status: number }[] {
  const paths = htmlFiles().filter((file) => file !== '404.html').map(sitePathOfFile);
  const sample = [{ label: 'home', path: '/', status: 200 }];
  for (const segment of ['regio', 'document', 'gemeente', 'taak', 'actielijn', 'samenwerking', 'vergelijk', 'zoeken']) {
    const overview = `/${segment}/`;
    if (paths.includes(overview)) sample.push({ label: `${segment} (overzicht)`, path: overview, status: 200 });
    const detail = paths.find((path) => path.startsWith(overview) && path !== overview);
    if (detail) sample.push({ label: segment, path: detail, status: 200 });
  }
  sample.push({ label: '404', path: '/deze-pagina-bestaat-niet/', status: 404 });
  return sample;
}

const SAMPLE = samplePaths();

const site = useSite({ viewport: { width: 1280, height: 900 } });
beforeAll(() => {
  ({ server, browser, page } = site);
  context = page.context();
});

async function open(path: string, status: number) {
  const response = await page.goto(server.url(path));
  expect(response?.status(), path).toBe(status);
  // Let scripts that adjust the tab order (src/scripts/scroll-regions.ts) finish: resize
  // observers report before the next frame is painted.
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

describe('the sample of page types', () => {
  it('includes at least the home, a region, a document and the 404 page', () => {
    console.log(`keyboard: sample of ${SAMPLE.length} pages: ${SAMPLE.map((s) => s.path).join(', ')}`);
    const labels = SAMPLE.map((s) => s.label);
    for (const required of ['home', 'regio', 'document', '404']) expect(labels, `no ${required} page in dist/`).toContain(required);
  });
});

describe.each(SAMPLE)('$label: $path', ({ path, status }) => {
  it('has the skip link as first Tab stop; it becomes visible and moves focus to <main id="inhoud">', async () => {
    await open(path, status);
    const link = page.locator('a.utrecht-skip-link');
    // Seen on screen: a real size, inside the viewport, not clipped or transparent.
    const visibility = () =>
      link.evaluate((element) => {
        const rect = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        const clipped = /^rect\(0(px)?,? 0(px)?/.test(style.getPropertyValue('clip')) || /^inset\(50%/.test(style.clipPath) || style.opacity === '0' || style.visibility === 'hidden';
        const inViewport = rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
        return { visible: rect.width > 1 && rect.height > 1 && inViewport && !clipped, rect: [rect.x, rect.y, rect.width, rect.height].map(Math.round), clipPath: style.clipPath };
      });
    const before = await visibility();
    expect(before.visible, `skip link visible before focus (it should not cover the page for mouse users): ${JSON.stringify(before)}`).toBe(false);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      return { className: active?.className ?? '', href: active?.getAttribute('href') };
    });
    expect(focused.className, 'first Tab stop').toContain('utrecht-skip-link');
    expect(focused.href).toBe('#inhoud');
    const after = await visibility();
    expect(after.visible, `skip link not visible on focus: ${JSON.stringify(after)}`).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
  });

  it('reaches every interactive element with Tab, each with a visible focus style', async () => {
    await open(path, status);
    // Mark every visible interactive element and record its unfocused style.
    const total = await page.evaluate(() => {
      const selector = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex]:not([tabindex="-1"]), [contenteditable=""], [contenteditable="true"]';
      // A link taken out of the tab order on purpose (tabindex="-1", e.g. the home page's map tiles) is
      // not a tab stop; the check below requires a tab stop with the same target on the page.
      const elements = [...document.querySelectorAll<HTMLElement>(selector)].filter((element) => element.checkVisibility({ visibilityProperty: true }) && !(element as HTMLButtonElement).disabled && element.getAttribute('tabindex') !== '-1');
      elements.forEach((element, i) => {
        const style = getComputedStyle(element);
        element.dataset.kbIndex = String(i);
        element.dataset.kbStyle = JSON.stringify([style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow]);
      });
      return elements.length;
    });
    const reached = new Set<number>();
    const order: number[] = [];
    const withoutFocusStyle: string[] = [];
    for (let presses = 0; presses < total + 10; presses++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        if (!active || active === document.body) return null;
        const style = getComputedStyle(active);
        const focused = [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow];
        const unfocused = JSON.parse(active.dataset.kbStyle ?? 'null') as string[] | null;
        const outline = focused[0] !== 'none' && parseFloat(focused[1]!) > 0;
        const shadow = focused[3] !== 'none';
        const changed = !unfocused || focused.some((value, i) => value !== unfocused[i]);
        const name = `<${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}${active.getAttribute('href') ? ` href="${active.getAttribute('href')}"` : ''}> "${(active.textContent ?? active.getAttribute('aria-label') ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
        return { index: active.dataset.kbIndex === undefined ? -1 : Number(active.dataset.kbIndex), visibleFocus: changed && (outline || shadow), name };
      });
      if (!stop) {
        if (reached.size > 0) break; // past the last element
        continue;
      }
      if (stop.index >= 0 && reached.has(stop.index)) break; // wrapped around
      if (stop.index >= 0) {
        reached.add(stop.index);
        order.push(stop.index);
      }
      if (!stop.visibleFocus) withoutFocusStyle.push(stop.name);
    }
    const unreached = await page.evaluate((indices) => {
      return [...document.querySelectorAll<HTMLElement>('[data-kb-index]')]
        .filter((element) => !indices.includes(Number(element.dataset.kbIndex)))
        .map((element) => `<${element.tagName.toLowerCase()}> "${(element.textContent ?? '').trim().slice(0, 40)}"`);
    }, [...reached]);
    expect(unreached, 'interactive elements that Tab does not reach').toEqual([]);
    const withoutTabStop = await page.evaluate(() => {
      const tabbable = new Set([...document.querySelectorAll('a[href]:not([tabindex="-1"])')].map((a) => a.getAttribute('href')));
      return [...document.querySelectorAll('a[href][tabindex="-1"]')].map((a) => a.getAttribute('href')).filter((target) => !tabbable.has(target));
    });
    expect(withoutTabStop, 'links out of the tab order whose target no tab stop on the page offers').toEqual([]);
    expect(withoutFocusStyle, 'elements without a visible focus style (outline or box-shadow)').toEqual([]);
    expect(reached.size).toBe(total);
    // 2.4.3: the Tab order is the document order, and no element jumps the queue.
    const outOfOrder = order.filter((index, i) => i > 0 && index < order[i - 1]!);
    expect(outOfOrder, `Tab order differs from document order: ${order.join(',')}`).toEqual([]);
    expect(await page.locator('[tabindex]:not([tabindex="0"]):not([tabindex^="-"])').count(), 'elements with a positive tabindex').toBe(0);
  });

  it('has tables with <th> header cells, each with a scope', async () => {
    await open(path, status);
    const problems = await page.evaluate(() =>
      [...document.querySelectorAll('table')].flatMap((table, i) => {
        const name = `table ${i + 1}${table.caption ? ` ("${table.caption.textContent?.trim().slice(0, 50)}")` : ''}`;
        const headers = [...table.querySelectorAll('th')];
        if (headers.length === 0) return [`${name}: no <th> cells`];
        return headers.filter((th) => !['col', 'row', 'colgroup', 'rowgroup'].includes(th.getAttribute('scope') ?? '')).map((th) => `${name}: <th> "${th.textContent?.trim().slice(0, 30)}" without scope`);
      }),
    );
    expect(problems).toEqual([]);
  });

  it('has one h1, contained in the title', async () => {
    await open(path, status);
    const { title, h1 } = await page.evaluate(() => ({
      title: document.title,
      h1: [...document.querySelectorAll('h1')].map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()),
    }));
    expect(h1).toHaveLength(1);
    expect(title).toContain(h1[0]);
  });
});

describe('titles of the sample', () => {
  it('are unique', async () => {
    const titles = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { path, status } of SAMPLE) {
      await open(path, status);
      const title = await page.title();
      if (titles.has(title)) duplicates.push(`"${title}": ${titles.get(title)} and ${path}`);
      titles.set(title, path);
    }
    expect(duplicates).toEqual([]);
  });
});
