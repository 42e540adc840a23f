/**
 * Browser test support: a static server for `dist/` under the test base path (what a static
 * host does, including the 404 page), and Debian's Chromium driven by playwright-core.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { findHashedContactPersons, type HashedContactPersons } from '../../scripts/lib/personal-data.ts';

/** The built site: `dist/` of this checkout, or `TEST_DIST` (the scale benchmark measures its copies). */
export const DIST = process.env.TEST_DIST ? `${resolve(process.env.TEST_DIST)}${sep}` : fileURLToPath(new URL('../../dist/', import.meta.url));
export const BASE_PATH = process.env.TEST_BASE_PATH ?? '/regiodossiers/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

function resolveFile(urlPath: string): string | undefined {
  if (!urlPath.startsWith(BASE_PATH)) return undefined;
  const relative = normalize(decodeURIComponent(urlPath.slice(BASE_PATH.length))).replace(/^(\.\.[/\\])+/, '');
  let file = join(DIST, relative);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : undefined;
}

export interface StaticServer {
  origin: string;
  /** Absolute URL of a site path such as `/regio/alkmaar/`. */
  url: (path: string) => string;
  close: () => Promise<void>;
}

export async function startServer(): Promise<StaticServer> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ has no index.html: run the build first (npm test does)');
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = resolveFile(path);
    if (!file) {
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      createReadStream(join(DIST, '404.html')).pipe(response);
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('no server address');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => `${origin}${BASE_PATH.replace(/\/$/, '')}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/* ---------------------------------------------------------------------------------------------
 * Personal data (privacy tests for content/ and dist/). DESIGN.md: names and e-mail addresses of
 * individuals are not stored or published. Findings are reported masked, with file and
 * position, so a failing run never copies personal data into logs or test reports.
 * ------------------------------------------------------------------------------------------- */

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The 2013 "Regioprofielen" source in the repository, without its contact lines (`npm run bronnen`). */
export const SOURCE_2013 = join(REPO_ROOT, 'bronnen', '004_5833ac47ade829ca.txt');
/** Salted hashes of the 2013 contact persons' names and addresses (`npm run bronnen`). */
export const CONTACT_PERSONS_2013 = join(REPO_ROOT, 'tests', 'data', 'contactpersonen-2013.json');

export interface Finding {
  /** What was found, e.g. `e-mailadres`. */
  kind: string;
  /** Offset in the text. */
  index: number;
  /** A masked form that identifies the spot without repeating the personal data. */
  masked: string;
}

/**
 * Addresses that cannot belong to a person: the reserved example domains (RFC 2606).
 * Generic organisational addresses (info@...) would be listed here, each with a reason; none
 * are needed so far.
 */
export const ALLOWED_EMAIL_ADDRESSES: readonly RegExp[] = [/@(?:[\w-]+\.)*example\.(?:org|com|net)$/i, /@[\w.-]+\.(?:test|invalid)$/i];

const mask = (value: string) => value.replace(/[A-Za-z0-9]/g, (c, i: number) => (i === 0 ? c : '•'));

export function findEmailAddresses(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g)) {
    if (ALLOWED_EMAIL_ADDRESSES.some((allowed) => allowed.test(match[0]))) continue;
    findings.push({ kind: 'e-mailadres', index: match.index, masked: mask(match[0]) });
  }
  return findings;
}

/**
 * Dutch phone numbers: 10 digits starting with 0 (06-12345678, 020 123 4567, (0575) 123456),
 * or +31 / 0031 followed by 9 digits, with single spaces, hyphens or dots between groups.
 * Dates (20-06-2013), years (2018-2020), codes (GM0363) and amounts do not have that shape.
 */
export function findPhoneNumbers(text: string): Finding[] {
  const findings: Finding[] = [];
  const pattern = /(?<![\w+./-])(?:(?:\+|00)31[ .-]?(?:\(0\)[ .-]?)?[1-9]|\(?0[1-9])(?:[ .)-]{0,2}\d){8}(?![\w-]|[.,]\d)/g;
  for (const match of text.matchAll(pattern)) {
    const digits = match[0].replace(/\D/g, '').replace(/^(?:0031|31)0?/, '0');
    if (digits.length !== 10) continue;
    findings.push({ kind: 'telefoonnummer', index: match.index, masked: mask(match[0]) });
  }
  return findings;
}

export type { HashedContactPersons } from '../../scripts/lib/personal-data.ts';

/** Contact persons of the 2013 source as salted hashes; no name is in the repository in clear text. */
export function loadContactPersons(path = CONTACT_PERSONS_2013): HashedContactPersons {
  return JSON.parse(readFileSync(path, 'utf8')) as HashedContactPersons;
}

/** Occurrences of a contact person's name (any case, any whitespace between words) or address. */
export function findContactPersons(text: string, persons: HashedContactPersons): Finding[] {
  return findHashedContactPersons(text, persons);
}

/** `line:column` of an offset, for messages. */
export function lineColumn(text: string, index: number): string {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return `${line}:${index - before.lastIndexOf('\n')}`;
}

/** Every HTML file in `dist/`, relative and with `/` separators, e.g. `regio/alkmaar/index.html`. */
export function htmlFiles(): string[] {
  return readdirSync(DIST, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Pages at former names or shared names: reached by typing the URL, not by links (noindex). */
export function isAliasPage(file: string): boolean {
  return /<meta name="robots" content="noindex"/.test(readFileSync(join(DIST, file), 'utf8'));
}

/** The site path a file in `dist/` is served at: `regio/alkmaar/index.html` -> `/regio/alkmaar/`. */
export function sitePathOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

export interface Site {
  server: StaticServer;
  browser: Browser;
  /** A page in its own browser context (AxeBuilder needs an explicit context). */
  page: Page;
}

/** Registers hooks that start one static server and one browser for a test file (`contextOptions`, e.g. a viewport, for its page). */
export function useSite(contextOptions: BrowserContextOptions = {}): Site {
  const site = {} as Site;
  beforeAll(async () => {
    site.server = await startServer();
    site.browser = await launchBrowser();
    site.page = await (await site.browser.newContext(contextOptions)).newPage();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * One page of every type, taken from whatever the build produced (never a fixed list of slugs):
 * the home page; per first URL segment the overview page and, if the segment has at most
 * `allUpTo` detail pages (fixed pages such as /vergelijk/taken/ or /over/toegankelijkheid/), all
 * of them, else the first. Alias pages (noindex) are left out; they are checked by the crawl.
 */
export function pageTypeSample(allUpTo = 6): string[] {
  const paths = htmlFiles()
    .filter((file) => file !== '404.html' && !isAliasPage(file))
    .map(sitePathOfFile);
  const sample = new Set<string>(['/']);
  const segments = [...new Set(paths.map((path) => path.split('/')[1]).filter((segment): segment is string => Boolean(segment)))].sort();
  for (const segment of segments) {
    const overview = `/${segment}/`;
    if (paths.includes(overview)) sample.add(overview);
    const details = paths.filter((path) => path.startsWith(overview) && path !== overview);
    for (const path of details.length <= allUpTo ? details : details.slice(0, 1)) sample.add(path);
  }
  return [...sample];
}
