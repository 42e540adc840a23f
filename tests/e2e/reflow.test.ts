/**
 * Reflow, text spacing and resized text on EVERY page of dist/ (not a sample), and the 404 page:
 *  - 1.4.10 Reflow: at 320 CSS px wide no page scrolls sideways and no text is clipped or
 *    escapes its box (tables and the tile map may scroll inside their own focusable region);
 *  - 1.4.12 Text spacing: the same at 320 px with the criterion's spacing as a user style;
 *  - 1.4.4 Resize text: at 1280 px with the root font size at 200%, the same checks;
 *  - in all three states a scroll container that scrolls is focusable and named, and one that
 *    does not scroll is not a tab stop (see src/scripts/scroll-regions.ts).
 * A user style sheet is not subject to the page's Content-Security-Policy; the test context
 * bypasses the CSP to inject it. One browser, one navigation per page (the three states are
 * style and viewport changes on the loaded page), CONCURRENCY tabs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, ElementHandle, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlFiles, launchBrowser, sitePathOfFile, startServer, type StaticServer } from './support.ts';
import { layoutProblems, TEXT_200_CSS, TEXT_SPACING_CSS, type LayoutReport } from './layout-checks.ts';

const CONCURRENCY = Number(process.env.CRAWL_CONCURRENCY ?? 2);
const STATES = ['320 px', '320 px + tekstafstand (1.4.12)', '1280 px + 200% tekst (1.4.4)'] as const;
type State = (typeof STATES)[number];

const REFRESH = /<meta http-equiv="refresh"[^>]*>/;
/** Pages at former names redirect at once (meta refresh); they are checked without the redirect. */
const REDIRECTING = htmlFiles().filter((file) => REFRESH.test(readFileSync(join(DIST, file), 'utf8')));
/** REFLOW_ONLY (a regular expression) narrows the run to matching paths while fixing a problem. */
const ONLY = process.env.REFLOW_ONLY ? new RegExp(process.env.REFLOW_ONLY) : undefined;
const PATHS = [...htmlFiles().filter((file) => file !== '404.html').map(sitePathOfFile), '/deze-pagina-bestaat-niet/'].filter((path) => !ONLY || ONLY.test(path));
const results = new Map<State, Map<string, LayoutReport>>(STATES.map((state) => [state, new Map()]));
let elapsed = 0;

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

/** Two animation frames: lets resize observers and layout settle after a style or size change. */
const settle = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

async function checkPage(page: Page, path: string) {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(server.url(path), { waitUntil: 'load' });
  await settle(page);
  results.get('320 px')!.set(path, await page.evaluate(layoutProblems));
  const spacing: ElementHandle = await page.addStyleTag({ content: TEXT_SPACING_CSS });
  await settle(page);
  results.get('320 px + tekstafstand (1.4.12)')!.set(path, await page.evaluate(layoutProblems));
  await spacing.evaluate((element) => (element as Element).remove());
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.addStyleTag({ content: TEXT_200_CSS });
  await settle(page);
  results.get('1280 px + 200% tekst (1.4.4)')!.set(path, await page.evaluate(layoutProblems));
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await browser.newContext({ bypassCSP: true });
  for (const file of REDIRECTING) {
    await context.route(server.url(sitePathOfFile(file)), (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(join(DIST, file), 'utf8').replace(REFRESH, '') }),
    );
  }
  const start = performance.now();
  const queue = [...PATHS];
  const tabs = await Promise.all(Array.from({ length: CONCURRENCY }, () => context.newPage()));
  await Promise.all(
    tabs.map(async (page) => {
      for (let path = queue.shift(); path; path = queue.shift()) await checkPage(page, path);
    }),
  );
  elapsed = performance.now() - start;
  const failing = STATES.map((state) => `${state}: ${[...results.get(state)!.values()].filter((r) => r.pageOverflow > 0 || r.problems.length > 0).length} pagina's met problemen`);
  console.log(`reflow: ${PATHS.length} pages × ${STATES.length} states in ${(elapsed / 1000).toFixed(1)} s with ${CONCURRENCY} tabs; ${failing.join('; ')}`);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Groups identical problems over pages: one line per problem with the number of pages and examples. */
function grouped(state: State, pick: (report: LayoutReport, path: string) => string[]): string[] {
  const byProblem = new Map<string, string[]>();
  for (const [path, report] of results.get(state)!) for (const problem of pick(report, path)) byProblem.set(problem, [...(byProblem.get(problem) ?? []), path]);
  return [...byProblem].map(([problem, paths]) => `${problem} — ${paths.length} pagina('s): ${paths.slice(0, 4).join(', ')}${paths.length > 4 ? ', …' : ''}`);
}

describe('every page', () => {
  it('was checked in every state', () => {
    for (const state of STATES) expect(results.get(state)!.size, state).toBe(PATHS.length);
    expect(PATHS.length).toBeGreaterThan(1);
  });

  describe.each(STATES)('%s', (state) => {
    it('does not scroll sideways', () => {
      const wide = [...results.get(state)!].filter(([, report]) => report.pageOverflow > 0).map(([path, report]) => `${path} (${report.pageOverflow} px te breed)`);
      expect(wide).toEqual([]);
    });

    it('clips no text and lets no text escape its box', () => {
      expect(grouped(state, (report) => report.problems.filter((p) => !p.includes('scroll container') && !p.includes('tab stop')))).toEqual([]);
    });

    it('has focusable, named scroll containers that scroll, and no needless tab stops', () => {
      expect(grouped(state, (report) => report.problems.filter((p) => p.includes('scroll container') || p.includes('tab stop')))).toEqual([]);
    });
  });
});
