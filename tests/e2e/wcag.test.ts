/**
 * WCAG 2.1 success criteria that axe does not (fully) test, checked in Chromium on one page of
 * every type (pageTypeSample(): found in dist/, so pages added later are included):
 *  - 1.4.11 non-text contrast, computed from rendered colours: SVG shapes (map tiles, chart bars)
 *    against the background behind them, pattern fills against the shape they cover, borders of
 *    text fields, and the focus indicator of every focusable element against its surroundings;
 *  - 1.4.13 content on hover or focus: no `title`-only information, no CSS that reveals content
 *    on :hover alone;
 *  - 4.1.3 status messages: the count of a list filter and of the search is written into a live
 *    region that was in the page before the change;
 *  - 1.3.1 tables as the accessibility tree shows them (Playwright's ARIA snapshot): a name
 *    (caption), column headers, a row header in every body row, rectangular rows;
 *  - 2.5.3 label in name: the visible text of a control is part of its accessible name;
 *  - forced colours (Windows high contrast): coloured chips and cells keep a letter or text, map
 *    tiles keep readable labels and a visible edge;
 *  - prefers-reduced-motion: no animation, transition or smooth scrolling when it is set.
 * Focus order and visible focus (2.4.3, 2.4.7) are in keyboard.test.ts; reflow, text spacing and
 * resized text (1.4.10, 1.4.12, 1.4.4) on every page in reflow.test.ts.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageTypeSample, type StaticServer, useSite } from './support.ts';

const SAMPLE = pageTypeSample();

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const site = useSite({ viewport: { width: 1280, height: 900 } });
beforeAll(() => {
  ({ server, browser, page } = site);
  context = page.context();
});

async function open(path: string) {
  const response = await page.goto(server.url(path));
  expect(response?.status(), path).toBe(200);
}

/**
 * Installs colour helpers in the page (window.__wcag): parse a CSS colour, blend, relative
 * luminance and contrast ratio (WCAG 2.1 definitions), and the effective background behind an
 * element (first non-transparent background of it or its ancestors, white at the root).
 */
async function installColourHelpers() {
  await page.evaluate(() => {
    const parse = (value: string): [number, number, number, number] | null => {
      const match = /rgba?\(([^)]+)\)/.exec(value);
      if (!match) return null;
      const parts = match[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
      return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
    };
    const blend = (top: number[], bottom: number[]): [number, number, number, number] => {
      const a = top[3]!;
      return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as [number, number, number, number];
    };
    const luminance = (c: number[]) => {
      const [r, g, b] = c.slice(0, 3).map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: number[], b: number[]) => {
      const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (l1! + 0.05) / (l2! + 0.05);
    };
    const background = (element: Element | null): [number, number, number, number] => {
      const layers: number[][] = [];
      for (let e = element; e; e = e.parentElement) {
        const colour = parse(getComputedStyle(e).backgroundColor);
        if (colour && colour[3] > 0) {
          layers.push(colour);
          if (colour[3] === 1) break;
        }
      }
      return layers.reduceRight<[number, number, number, number]>((below, layer) => blend(layer, below), [255, 255, 255, 1]);
    };
    (window as unknown as { __wcag: unknown }).__wcag = { parse, blend, contrast, background };
  });
}

type Helpers = {
  parse: (value: string) => [number, number, number, number] | null;
  blend: (top: number[], bottom: number[]) => [number, number, number, number];
  contrast: (a: number[], b: number[]) => number;
  background: (element: Element | null) => [number, number, number, number];
};

describe('the sample', () => {
  it('has one page of every type, found in dist/', () => {
    console.log(`wcag: sample of ${SAMPLE.length} pages: ${SAMPLE.join(', ')}`);
    expect(SAMPLE).toContain('/');
    expect(SAMPLE.length).toBeGreaterThan(5);
  });
});

describe.each(SAMPLE)('%s', (path) => {
  it('1.4.11: graphics, text-field borders and focus indicators have at least 3:1 contrast with what is next to them', async () => {
    await open(path);
    await installColourHelpers();
    const graphics = await page.evaluate(() => {
      const w = (window as unknown as { __wcag: Helpers }).__wcag;
      const problems: string[] = [];
      const name = (element: Element) => (element.closest('a')?.getAttribute('aria-label') ?? element.closest('figure, section, dd')?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      // SVG shapes that carry meaning: tiles (inside a link) and chart bars; not patterns' content.
      for (const shape of document.querySelectorAll<SVGGraphicsElement>('svg rect, svg path, svg circle, svg polygon')) {
        if (shape.closest('pattern, defs, mask, clipPath') || !shape.checkVisibility()) continue;
        const box = shape.getBoundingClientRect();
        if (box.width < 4 || box.height < 4) continue;
        const style = getComputedStyle(shape);
        const svg = shape.ownerSVGElement!;
        const behind = w.background(svg.parentElement);
        const patternId = /url\("?#([^")]+)"?\)/.exec(style.fill)?.[1];
        if (patternId) {
          // A pattern drawn over the shape before it: its marks against that shape's fill.
          const base = shape.previousElementSibling ? w.parse(getComputedStyle(shape.previousElementSibling).fill) : null;
          const mark = document.getElementById(patternId)?.querySelector('rect, path, circle, line, polygon');
          if (!base || !mark) continue;
          const markStyle = getComputedStyle(mark);
          // Marks drawn as lines have a stroke; marks drawn as shapes a fill.
          const stroked = markStyle.stroke !== 'none' && parseFloat(markStyle.strokeWidth) > 0;
          const colour = w.parse(stroked ? markStyle.stroke : markStyle.fill);
          if (!colour) continue;
          const opacity = Number(stroked ? markStyle.strokeOpacity : markStyle.fillOpacity);
          const ratio = w.contrast(w.blend([colour[0], colour[1], colour[2], colour[3] * opacity], base), base);
          if (ratio < 3) problems.push(`pattern ${patternId} on ${style.fill === 'none' ? '' : 'shape'} "${name(shape)}": ${ratio.toFixed(2)}:1`);
          continue;
        }
        const fill = w.parse(style.fill);
        if (!fill || fill[3] === 0) continue;
        const ratio = w.contrast(w.blend(fill, behind), behind);
        const stroke = w.parse(style.stroke);
        const strokeRatio = stroke && parseFloat(style.strokeWidth) >= 1 ? w.contrast(w.blend(stroke, behind), behind) : 0;
        if (Math.max(ratio, strokeRatio) < 3) problems.push(`SVG ${shape.tagName} "${name(shape)}" against its background: ${ratio.toFixed(2)}:1`);
      }
      // Text fields: their border (or, without a border, their fill) against the background.
      for (const field of document.querySelectorAll<HTMLElement>('input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]), select, textarea')) {
        if (!field.checkVisibility()) continue;
        const style = getComputedStyle(field);
        const behind = w.background(field.parentElement);
        const border = parseFloat(style.borderTopWidth) >= 1 ? w.parse(style.borderTopColor) : w.parse(style.backgroundColor);
        if (!border) continue;
        const ratio = w.contrast(w.blend(border, behind), behind);
        if (ratio < 3) problems.push(`text field #${field.id} border: ${ratio.toFixed(2)}:1`);
      }
      return problems;
    });
    expect(graphics).toEqual([]);

    // Focus indicators: keyboard modality first (one Tab), then focus every focusable element.
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const w = (window as unknown as { __wcag: Helpers }).__wcag;
      const problems = new Set<string>();
      const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
      const elements = [...document.querySelectorAll<HTMLElement | SVGElement>(selector)].filter((element) => element.checkVisibility({ visibilityProperty: true }));
      for (const element of elements) {
        element.focus();
        if (document.activeElement !== element) continue;
        const style = getComputedStyle(element);
        const behind = w.background(element.parentElement);
        const colours: number[][] = [];
        if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) {
          const outline = w.parse(style.outlineColor);
          if (outline) colours.push(outline);
        }
        if (style.boxShadow !== 'none') for (const match of style.boxShadow.matchAll(/rgba?\([^)]+\)/g)) colours.push(w.parse(match[0])!);
        // SVG links (map tiles) show focus as a stroke on their shape.
        if (element instanceof SVGElement) {
          for (const shape of element.querySelectorAll('rect, path, circle')) {
            const s = getComputedStyle(shape);
            const stroke = w.parse(s.stroke);
            if (stroke && parseFloat(s.strokeWidth) >= 2) colours.push(stroke);
          }
        }
        const best = Math.max(0, ...colours.map((colour) => w.contrast(w.blend(colour, behind), behind)));
        if (best < 3) {
          const label = `<${element.tagName.toLowerCase()}${element.getAttribute('class') ? `.${element.getAttribute('class')!.split(' ')[0]}` : ''}>`;
          problems.add(`${label} focus indicator: best ${best.toFixed(2)}:1 against ${behind.slice(0, 3).join(',')}`);
        }
      }
      (document.activeElement as HTMLElement | null)?.blur();
      return [...problems];
    });
    expect(focus).toEqual([]);
  });

  it('1.4.13: no information only in a title attribute, no content revealed on hover alone', async () => {
    await open(path);
    const problems = await page.evaluate(() => {
      const found: string[] = [];
      for (const element of document.querySelectorAll<HTMLElement>('body [title]')) {
        if (['IFRAME', 'LINK', 'STYLE', 'ABBR'].includes(element.tagName)) continue;
        const title = element.title.replace(/\s+/g, ' ').trim().toLowerCase();
        const visible = `${element.innerText} ${element.getAttribute('aria-label') ?? ''}`.replace(/\s+/g, ' ').toLowerCase();
        if (title && !visible.includes(title)) found.push(`title only: <${element.tagName.toLowerCase()}> "${title.slice(0, 50)}"`);
      }
      // Style rules that show something only while the pointer is over an element.
      const reveals = /(?:^|;)\s*(?:display:\s*(?!none)|visibility:\s*visible|opacity:\s*1\b|clip-path:\s*none|max-height:\s*none)/;
      const walk = (rules: CSSRuleList) => {
        for (const rule of rules) {
          if (rule instanceof CSSStyleRule && /:hover/.test(rule.selectorText) && !/:focus/.test(rule.selectorText) && reveals.test(rule.style.cssText)) {
            found.push(`revealed on :hover only: ${rule.selectorText} { ${rule.style.cssText} }`);
          }
          if ('cssRules' in rule && rule.cssRules) walk(rule.cssRules as CSSRuleList);
        }
      };
      for (const sheet of document.styleSheets) walk(sheet.cssRules);
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('1.3.1: tables in the accessibility tree have a name, column headers and a row header per row', async () => {
    await open(path);
    const tables = page.locator('main table');
    const problems: string[] = [];
    for (let i = 0; i < (await tables.count()); i++) {
      const snapshot = await tables.nth(i).ariaSnapshot();
      const lines = snapshot.split('\n');
      const label = /^- '?table(?: "((?:[^"\\]|\\.)*)")?/.exec(lines[0]!.trim())?.[1];
      const where = `table ${i + 1} ("${(label ?? '').slice(0, 40)}")`;
      if (!label) problems.push(`${where}: no accessible name (caption)`);
      // Rows: `- row "...":` with its cells one level (two spaces) deeper; YAML may quote a line.
      const rows: string[][] = [];
      let rowIndent = -1;
      for (const line of lines) {
        const indent = line.search(/\S/);
        const kind = /^\s*- '?(row|columnheader|rowheader|cell)\b/.exec(line)?.[1];
        if (kind === 'row') {
          rows.push([]);
          rowIndent = indent;
        } else if (kind && rowIndent >= 0 && indent === rowIndent + 2) rows.at(-1)!.push(kind);
      }
      const headerRows = rows.filter((row) => row.length > 0 && row.every((kind) => kind === 'columnheader'));
      const bodyRows = rows.filter((row) => row.includes('cell'));
      if (headerRows.length === 0) problems.push(`${where}: no row of column headers`);
      const width = headerRows.at(-1)?.length ?? 0;
      for (const [n, row] of bodyRows.entries()) {
        if (!row.includes('rowheader')) problems.push(`${where}, row ${n + 1}: no row header`);
        if (width > 0 && row.length !== width) problems.push(`${where}, row ${n + 1}: ${row.length} cells under ${width} column headers`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('2.5.3: the visible label of every link and control is part of its accessible name', async () => {
    await open(path);
    const problems = await page.evaluate(() => {
      const words = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 1);
      const found: string[] = [];
      const controls = 'a, button, input, select, textarea, summary, [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="tab"], [role="menuitem"], [role="combobox"], [role="option"], [role="switch"]';
      for (const element of document.querySelectorAll<HTMLElement | SVGElement>(`:is(${controls}):is([aria-label], [aria-labelledby])`)) {
        const labelledby = element.getAttribute('aria-labelledby');
        const name = labelledby ? labelledby.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : (element.getAttribute('aria-label') ?? '');
        // Visible text, including SVG text that is hidden from the tree but painted (tile labels).
        const visible = element instanceof HTMLElement ? element.innerText : [...element.querySelectorAll('text')].map((text) => [...text.querySelectorAll('tspan')].map((span) => span.textContent).join(' ') || text.textContent).join(' ');
        const nameWords = new Set(words(name));
        const missing = words(visible).filter((word) => !nameWords.has(word));
        if (missing.length > 0) found.push(`"${visible.replace(/\s+/g, ' ').trim().slice(0, 40)}" not in name "${name.slice(0, 60)}" (missing: ${missing.join(', ')})`);
      }
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('prefers-reduced-motion: nothing moves', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    try {
      await open(path);
      const moving = await page.evaluate(() => {
        const found: string[] = [];
        if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') found.push('html: scroll-behavior smooth');
        for (const element of document.querySelectorAll('*')) {
          const style = getComputedStyle(element);
          const seconds = (value: string) => Math.max(...value.split(',').map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 0.001 : 1)));
          if (style.animationName !== 'none' && seconds(style.animationDuration) > 0) found.push(`<${element.tagName.toLowerCase()}> animation ${style.animationName}`);
          if (seconds(style.transitionDuration) > 0.01) found.push(`<${element.tagName.toLowerCase()}> transition ${style.transitionProperty} ${style.transitionDuration}`);
        }
        return [...new Set(found)];
      });
      expect(moving).toEqual([]);
    } finally {
      await page.emulateMedia({ reducedMotion: null });
    }
  });
});

describe('4.1.3 status messages', () => {
  /** Live regions in <main> and their text. */
  const liveRegions = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('main [role="status"], main [role="alert"], main [role="log"], main [aria-live]:not([aria-live="off"])')].map((element) => ({
        key: element.outerHTML.slice(0, 120),
        text: (element.textContent ?? '').trim(),
      })),
    );

  const filterPages = SAMPLE.filter((path) => path !== '/zoeken/');
  it.each(filterPages)('%s: a list filter announces its count in a live region', async (path) => {
    await open(path);
    const filter = page.locator('main input[type="search"][aria-controls]:visible');
    if ((await filter.count()) === 0) return; // this page type has no list filter
    const before = await liveRegions();
    expect(before.length, 'a live region exists before typing').toBeGreaterThan(0);
    await filter.first().fill('a');
    await expect.poll(async () => (await liveRegions()).some((region) => /\d/.test(region.text)), { timeout: 5000 }).toBe(true);
    const after = await liveRegions();
    const announcing = after.find((region) => /\d/.test(region.text))!;
    expect(before.map((region) => region.key.replace(/>.*$/, '>')), 'the announcing region was already in the page').toContain(announcing.key.replace(/>.*$/, '>'));
  });

  it('the search announces its result count in a live region that was there before', async () => {
    if (!SAMPLE.includes('/zoeken/')) return;
    await open('/zoeken/');
    const before = await liveRegions();
    expect(before.length).toBeGreaterThan(0);
    const input = page.locator('main input[type="search"]').first();
    await input.fill('jeugdhulp');
    await input.press('Enter');
    await expect.poll(async () => (await liveRegions()).some((region) => /\d/.test(region.text)), { timeout: 15_000 }).toBe(true);
  });
});

describe('forced colours (Windows high contrast)', () => {
  const pages = SAMPLE.filter((path) => path === '/' || path.startsWith('/taak/') || path.startsWith('/vergelijk/') || path.startsWith('/regio/'));

  it.each(pages)('%s: coloured chips, cells and map tiles stay distinguishable', async (path) => {
    await open(path);
    // In normal colours: mark elements that stand out by a background colour of their own.
    await page.evaluate(() => {
      const parse = (value: string) => /rgba?\(([^)]+)\)/.exec(value)?.[1]!.split(/[\s,/]+/).map(Number);
      for (const element of document.querySelectorAll<HTMLElement>('main *')) {
        const own = parse(getComputedStyle(element).backgroundColor);
        if (!own || (own[3] ?? 1) === 0) continue;
        const box = element.getBoundingClientRect();
        if (box.width > 240 || box.height > 120 || box.width === 0) continue;
        const parentColour = getComputedStyle(element.parentElement!).backgroundColor;
        if (getComputedStyle(element).backgroundColor !== parentColour) element.dataset.colourChip = '';
      }
    });
    await page.emulateMedia({ forcedColors: 'active' });
    try {
      const problems = await page.evaluate(() => {
        const found: string[] = [];
        for (const chip of document.querySelectorAll<HTMLElement>('[data-colour-chip]')) {
          const style = getComputedStyle(chip);
          const text = chip.innerText.trim();
          const border = parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none';
          if (!text && !border) found.push(`<${chip.tagName.toLowerCase()} class="${chip.className}"> has only its colour`);
        }
        // Map tiles: a label that differs from the tile, and a tile edge that differs from the page.
        for (const tile of document.querySelectorAll('svg a')) {
          const shape = tile.querySelector('rect, path, polygon');
          const label = tile.querySelector('text');
          if (!shape || !label) continue;
          const fill = getComputedStyle(shape).fill;
          const stroke = getComputedStyle(shape).stroke;
          if (getComputedStyle(label).fill === fill) found.push(`tile "${tile.getAttribute('aria-label')}": label in the tile's own colour`);
          const pageBackground = getComputedStyle(document.body).backgroundColor;
          if (fill === pageBackground && (stroke === 'none' || stroke === pageBackground)) found.push(`tile "${tile.getAttribute('aria-label')}": no edge against the page`);
        }
        return [...new Set(found)];
      });
      expect(problems).toEqual([]);
    } finally {
      await page.emulateMedia({ forcedColors: 'none' });
    }
  });
});
