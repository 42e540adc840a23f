/**
 * The whole site, crawled in Chromium under the non-root base path: starting at the home page,
 * every internal link is followed, and every page is checked for
 *  - status 200, no broken internal link, anchor or resource;
 *  - axe-core (WCAG 2.0/2.1 A and AA): no violations;
 *  - no console errors, no Content-Security-Policy violations, the CSP meta tag present;
 *  - no request to any origin other than the test server (fonts, analytics, CDNs);
 *  - external links with rel="noopener";
 * and for the site as a whole: every HTML file in dist/ reached (no orphans), unique titles that
 * contain the page's one h1,
 * an unknown URL answered with status 404 and the 404 page, and the search page with a query
 * (results rendered by Pagefind's WebAssembly) checked like any page.
 * All failures are collected during one crawl and asserted per kind at the end, grouped so that a
 * problem in a shared component shows as one line with the pages it occurs on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_PATH, DIST, htmlFiles, isAliasPage, launchBrowser, sitePathOfFile, startServer, type StaticServer } from './support.ts';

/** Tabs crawling in parallel; two suit a 2-core machine (axe is CPU-bound in the renderer). */
const CONCURRENCY = Number(process.env.CRAWL_CONCURRENCY ?? 2);
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FILE_EXTENSION = /\.[a-z0-9]+$/i;

type Kind = 'status' | 'links' | 'axe' | 'console' | 'csp' | 'thirdParty' | 'noopener' | 'cspMeta';

interface Failure {
  /** Groups identical problems across pages (e.g. the same axe rule on the same element). */
  key: string;
  url: string;
}

interface PageInfo {
  status: number;
  title: string;
  h1: string[];
  ids: Set<string>;
}

interface LinkRecord {
  from: string;
  href: string;
  /** Path of the target without fragment and query. */
  path: string;
  fragment: string;
}

const failures = new Map<Kind, Failure[]>(
  (['status', 'links', 'axe', 'console', 'csp', 'thirdParty', 'noopener', 'cspMeta'] as Kind[]).map((k) => [k, []]),
);
const fail = (kind: Kind, url: string, key: string) => failures.get(kind)!.push({ key, url });

const pages = new Map<string, PageInfo>();
const links: LinkRecord[] = [];
/** Status of internal targets that are not pages (downloads, favicon), fetched once. */
const resources = new Map<string, number>();
/** axe time per page, to show where the crawl spends its time. */
const axeTimes: [number, string][] = [];
const stats = { pages: 0, linksChecked: 0, distinctTargets: 0, axeRuns: 0, axeMs: 0, crawlMs: 0, notFoundChecked: false, searchChecked: false, searchResults: 0 };

let canaryViolations: string[] = [];
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

/** Site path (under the base path) → readable form for messages: `/regio/alkmaar/`. */
const short = (url: string) => {
  const path = new URL(url, 'http://x').pathname;
  return path.startsWith(BASE_PATH) ? `/${path.slice(BASE_PATH.length)}` : path;
};

/** Group failures: one line per key, with the number of pages and a few examples. */
function grouped(kind: Kind): string[] {
  const byKey = new Map<string, string[]>();
  for (const { key, url } of failures.get(kind)!) byKey.set(key, [...(byKey.get(key) ?? []), short(url)]);
  return [...byKey].map(([key, urls]) => {
    const unique = [...new Set(urls)];
    const examples = unique.slice(0, 5).join(', ') + (unique.length > 5 ? `, … (+${unique.length - 5})` : '');
    return `${key} — ${unique.length} pagina('s): ${examples}`;
  });
}

/**
 * axe-core through @axe-core/playwright. Speed (measured on this site: ~400 ms per page with the
 * defaults, ~80 ms like this): axe is injected once per document by `context.addInitScript`
 * instead of being re-sent and re-parsed on every call, and legacy mode runs `axe.run` in the page
 * instead of finishing in an extra blank tab (the site has no cross-origin frames, the one thing
 * legacy mode cannot test). Only violations are collected. The canary test below proves the
 * pre-injected axe really finds violations.
 */
const AXE_SOURCE = readFileSync(createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');

function runAxe(page: Page) {
  return new AxeBuilder({ page, axeSource: '/* axe-core: injected by context.addInitScript */' })
    // options() first: it replaces the run options, withTags() then adds runOnly.
    .options({ resultTypes: ['violations'] })
    .withTags(AXE_TAGS)
    .setLegacyMode(true)
    .analyze();
}

async function checkPage(page: Page, url: string, expectedStatus = 200): Promise<string[]> {
  const consoleErrors: string[] = [];
  const onConsole = (message: { type(): string; text(): string; location(): { url: string } }) => {
    if (message.type() !== 'error') return;
    // The page's own status (the 404 page answers 404) is checked separately.
    if (message.text().startsWith('Failed to load resource') && message.location().url === url) return;
    consoleErrors.push(message.text());
  };
  const onPageError = (error: Error) => consoleErrors.push(`uncaught: ${error.message}`);
  const onResponse = (response: { status(): number; url(): string }) => {
    if (response.status() >= 400 && response.url() !== url) fail('links', url, `bron geeft ${response.status()}: ${short(response.url())}`);
  };
  const onRequestFailed = (request: { url(): string; failure(): { errorText: string } | null }) => {
    const error = request.failure()?.errorText ?? '';
    // Requests to other origins are aborted on purpose and reported as third-party requests;
    // ERR_ABORTED is a request cut off by leaving the page (the page itself settled first).
    if (!/BLOCKED_BY_CLIENT|ERR_ABORTED/.test(error)) fail('links', url, `verzoek mislukt (${error}): ${short(request.url())}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('response', onResponse);
  page.on('requestfailed', onRequestFailed);
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    const status = response?.status() ?? 0;
    if (status !== expectedStatus) fail('status', url, `status ${status} (verwacht ${expectedStatus})`);
    // Pages with scripts (search) may load more after "load": let them settle.
    if (await page.locator('script[src], script[type="module"]').count()) await page.waitForLoadState('networkidle');

    const info = await page.evaluate(() => {
      // Also SVG <a> (its .href is not a string): resolve the attribute against the document.
      const resolve = (href: string) => {
        try {
          return new URL(href, document.baseURI).href;
        } catch {
          return href;
        }
      };
      const anchors = [...document.querySelectorAll<HTMLAnchorElement>('a[href], area[href]')].map((a) => ({
        href: a.getAttribute('href')!,
        resolved: resolve(a.getAttribute('href')!),
        rel: (a.getAttribute('rel') ?? '').toLowerCase().split(/\s+/),
        text: (a.textContent ?? '').trim().slice(0, 40),
      }));
      const forms = [...document.querySelectorAll<HTMLFormElement>('form[action]')].map((f) => ({ href: f.getAttribute('action')!, resolved: f.action, rel: [], text: 'form' }));
      return {
        title: document.title,
        h1: [...document.querySelectorAll('h1')].map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()),
        ids: [...document.querySelectorAll('[id]')].map((e) => e.id).concat([...document.querySelectorAll('a[name]')].map((a) => a.getAttribute('name')!)),
        anchors: [...anchors, ...forms],
        cspMeta: [...document.querySelectorAll('meta[http-equiv]')].filter((m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy').length,
      };
    });
    const key = new URL(url).pathname;
    pages.set(key, { status, title: info.title, h1: info.h1, ids: new Set(info.ids) });
    if (info.cspMeta !== 1) fail('cspMeta', url, `${info.cspMeta} <meta http-equiv="content-security-policy"> (verwacht 1)`);

    const started = performance.now();
    const axe = await runAxe(page);
    const axeMs = performance.now() - started;
    stats.axeMs += axeMs;
    axeTimes.push([axeMs, url]);
    stats.axeRuns += 1;
    for (const violation of axe.violations) {
      for (const node of violation.nodes) {
        fail('axe', url, `${violation.id} (${violation.impact}) ${violation.help}: ${node.target.join(' ')}`);
      }
    }
    for (const text of consoleErrors) {
      if (/Content.Security.Policy|Refused to/i.test(text)) fail('csp', url, text.replace(/'sha\d+-[^']+'\s*/g, ''));
      else fail('console', url, text);
    }

    const next: string[] = [];
    for (const anchor of info.anchors) {
      let target: URL;
      try {
        target = new URL(anchor.resolved);
      } catch {
        fail('links', url, `ongeldige link "${anchor.href}"`);
        continue;
      }
      if (target.protocol !== 'http:' && target.protocol !== 'https:') continue; // mailto:, tel:
      if (target.origin !== server.origin) {
        if (!anchor.rel.includes('noopener')) fail('noopener', url, `externe link zonder rel="noopener": ${anchor.href}`);
        continue;
      }
      links.push({ from: url, href: anchor.href, path: target.pathname, fragment: decodeURIComponent(target.hash.slice(1)) });
      if (!target.pathname.startsWith(BASE_PATH)) continue; // reported as broken after the crawl
      if (!FILE_EXTENSION.test(target.pathname)) next.push(`${server.origin}${target.pathname}`);
    }
    return next;
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('response', onResponse);
    page.off('requestfailed', onRequestFailed);
  }
}

async function crawl() {
  const started = performance.now();
  const start = server.url('/');
  // Pages nothing links to on purpose: a name several municipalities share (/gemeente/bergen/)
  // offers a choice; it is checked like every page. (Redirect pages move on at once: not seeded.)
  const choices = htmlFiles()
    .filter((file) => isAliasPage(file) && !readFileSync(join(DIST, file), 'utf8').includes('http-equiv="refresh"'))
    .map((file) => server.url(sitePathOfFile(file)));
  const seen = new Set<string>([start, ...choices]);
  const queue = [start, ...choices];
  let active = 0;
  const worker = async (tab: Page) => {
    for (;;) {
      const url = queue.shift();
      if (url === undefined) {
        // Another tab may still find links: wait until every tab is idle.
        if (active === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
        continue;
      }
      active += 1;
      try {
        for (const next of await checkPage(tab, url)) {
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      } catch (error) {
        fail('status', url, `pagina kon niet worden gecontroleerd: ${(error as Error).message.split('\n')[0]}`);
      } finally {
        active -= 1;
      }
    }
  };
  const tabs = await Promise.all(Array.from({ length: CONCURRENCY }, () => context.newPage()));
  await Promise.all(tabs.map(worker));
  await Promise.all(tabs.map((tab) => tab.close()));
  stats.pages = pages.size;

  // Non-page targets (CSV, JSON, favicon...): one HTTP request each.
  for (const link of links) {
    if (!FILE_EXTENSION.test(link.path) || resources.has(link.path)) continue;
    const response = await fetch(`${server.origin}${link.path}`);
    await response.arrayBuffer();
    resources.set(link.path, response.status);
  }

  // Links and anchors, now that every page's ids are known.
  for (const link of links) {
    stats.linksChecked += 1;
    const where = link.from;
    if (!link.path.startsWith(BASE_PATH)) {
      fail('links', where, `link buiten het basispad ${BASE_PATH}: ${link.href}`);
      continue;
    }
    if (FILE_EXTENSION.test(link.path)) {
      const status = resources.get(link.path);
      if (status !== 200) fail('links', where, `kapotte link (status ${status}): ${link.href}`);
      else if (link.fragment && link.path.endsWith('.html')) fail('links', where, `anker op een niet-gecontroleerd bestand: ${link.href}`);
      continue;
    }
    if (!link.path.endsWith('/')) fail('links', where, `link zonder afsluitende / (trailingSlash: 'always'): ${link.href}`);
    const target = pages.get(link.path.endsWith('/') ? link.path : `${link.path}/`) ?? pages.get(link.path);
    if (!target || target.status !== 200) {
      fail('links', where, `kapotte link (status ${target?.status ?? '?'}): ${link.href}`);
      continue;
    }
    if (link.fragment && !target.ids.has(link.fragment)) fail('links', where, `anker bestaat niet op ${short(link.path)}: #${link.fragment} (link "${link.href}")`);
  }
  stats.distinctTargets = new Set(links.map((l) => `${l.path}#${l.fragment}`)).size;
  stats.crawlMs = performance.now() - started;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await browser.newContext();
  await context.addInitScript({ content: AXE_SOURCE });
  // Canary: a page with known violations, to prove the axe set-up is not hollow.
  const canaryUrl = `${server.origin}/__axe-canary__/`;
  await context.route(canaryUrl, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><html><head><title>x</title></head><body><main><img src="data:,"><a href="#x"></a></main></body></html>' }),
  );
  const canary = await context.newPage();
  await canary.goto(canaryUrl);
  canaryViolations = (await runAxe(canary)).violations.map((v) => v.id).sort();
  await canary.close();
  // Every request must go to the test server; anything else is recorded and never sent.
  await context.route(
    (url) => (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== server.origin,
    async (route) => {
      const frame = route.request().frame();
      let from = '?';
      try {
        from = frame.url();
      } catch { /* service worker or detached frame */ }
      fail('thirdParty', from, `verzoek naar ${new URL(route.request().url()).origin} (${route.request().resourceType()}): ${route.request().url().slice(0, 120)}`);
      await route.abort('blockedbyclient');
    },
  );
  await crawl();
  // The 404 page: an unknown URL gets status 404 and the page from dist/404.html, checked like any page.
  const page = await context.newPage();
  await checkPage(page, server.url('/bestaat-niet/'), 404);
  stats.notFoundChecked = true;
  // The search with a query: Pagefind loads its index and WebAssembly only then, so this is where
  // a too strict policy ('wasm-unsafe-eval') would show; axe also sees the rendered results.
  if (existsSync(`${DIST}zoeken/index.html`)) {
    await checkPage(page, server.url('/zoeken/?q=jeugdhulp'));
    stats.searchChecked = true;
    stats.searchResults = await page.locator('main li').count();
  }
  await page.close();
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `crawl: ${stats.pages} pages crawled, ${stats.linksChecked} internal links checked (${stats.distinctTargets} distinct targets, ${resources.size} files), ` +
      `${stats.axeRuns} axe runs (${s(stats.axeMs)} axe time summed over ${CONCURRENCY} tabs), crawl ${s(stats.crawlMs)}`,
  );
  const slowest = axeTimes.sort((a, b) => b[0] - a[0]).slice(0, 5).map(([ms, url]) => `${short(url)} ${Math.round(ms)} ms`);
  console.log(`slowest axe runs: ${slowest.join(', ')}; median ${Math.round(axeTimes[Math.floor(axeTimes.length / 2)]?.[0] ?? 0)} ms`);
  for (const kind of failures.keys()) {
    const lines = grouped(kind);
    if (lines.length > 0) console.log(`\n[${kind}] ${lines.length} problem(s):\n  ${lines.join('\n  ')}`);
  }
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('whole-site crawl', () => {
  it('axe finds the violations of a known-bad page (the set-up is not hollow)', () => {
    expect(canaryViolations).toEqual(['html-has-lang', 'image-alt', 'link-name']);
  });

  it('reaches pages', () => {
    expect(stats.pages).toBeGreaterThan(0);
    // Every page, the 404 page and the search with a query.
    expect(stats.axeRuns).toBe(stats.pages + 1 + (stats.searchChecked ? 1 : 0));
  });

  it('the search with a query shows results (Pagefind runs under the CSP)', () => {
    if (stats.searchChecked) expect(stats.searchResults).toBeGreaterThan(0);
  });

  it('every page answers with status 200', () => {
    expect(grouped('status')).toEqual([]);
  });

  it('has no broken internal links, anchors or resources (base path applied)', () => {
    expect(grouped('links')).toEqual([]);
  });

  it('axe-core (WCAG 2.0/2.1 A and AA) reports no violations', () => {
    expect(grouped('axe')).toEqual([]);
  });

  it('logs no console errors', () => {
    expect(grouped('console')).toEqual([]);
  });

  it('reports no Content-Security-Policy violations', () => {
    expect(grouped('csp')).toEqual([]);
  });

  it('every page carries the Content-Security-Policy meta tag', () => {
    expect(grouped('cspMeta')).toEqual([]);
  });

  it('makes no request to another origin (no third-party fonts, analytics or CDNs)', () => {
    expect(grouped('thirdParty')).toEqual([]);
  });

  it('external links have rel="noopener"', () => {
    expect(grouped('noopener')).toEqual([]);
  });

  it('reaches every HTML file in dist/ (no orphan pages)', () => {
    const orphans = htmlFiles()
      .filter((file) => file !== '404.html' && !isAliasPage(file))
      .map(sitePathOfFile)
      .filter((path) => !pages.has(`${BASE_PATH.replace(/\/$/, '')}${path}`));
    expect(orphans).toEqual([]);
  });

  it('page titles are unique', () => {
    const byTitle = new Map<string, string[]>();
    for (const [path, info] of pages) if (info.status === 200) byTitle.set(info.title, [...(byTitle.get(info.title) ?? []), short(path)]);
    const duplicates = [...byTitle].filter(([, paths]) => paths.length > 1).map(([title, paths]) => `"${title}": ${paths.join(', ')}`);
    expect(duplicates).toEqual([]);
  });

  it('every page has one h1, and its title contains it', () => {
    const problems = [...pages]
      .filter(([, info]) => info.h1.length !== 1 || !info.title.includes(info.h1[0]!))
      .map(([path, info]) => `${short(path)}: title "${info.title}", h1 ${JSON.stringify(info.h1)}`);
    expect(problems).toEqual([]);
  });

  it('answers an unknown URL with status 404 and the 404 page', () => {
    expect(stats.notFoundChecked).toBe(true);
    const notFound = pages.get(new URL(server.url('/bestaat-niet/')).pathname);
    const expectedTitle = /<title>([^<]*)<\/title>/.exec(readFileSync(`${DIST}404.html`, 'utf8'))?.[1];
    expect(notFound?.status).toBe(404);
    expect(notFound?.title).toBe(expectedTitle);
  });
});
