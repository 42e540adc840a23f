/**
 * `npm run bench`: figures for the speed and size targets of DESIGN.md ("fast: no client JS
 * except the search island; small HTML and CSS"). Prints figures; it asserts nothing, so it
 * can never flake. `--build` also times a full production build.
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
// `TEST_DIST` measures another build (the scale benchmark's copies); the browser part serves the same folder.
const dist = process.env.TEST_DIST ?? join(root, 'dist');

// `--scale 1,10,100`: the scale benchmark (scripts/bench-scale.ts) instead of the figures below.
const scaleArg = process.argv.indexOf('--scale');
if (scaleArg >= 0) {
  const { runScaleBench } = await import('./bench-scale.ts');
  const factors = (process.argv[scaleArg + 1] ?? '1').split(',').map(Number).filter((n) => Number.isInteger(n) && n >= 1);
  const roundsArg = process.argv.indexOf('--rounds');
  runScaleBench(factors, roundsArg >= 0 ? Number(process.argv[roundsArg + 1]) : 2, {
    onlyProject: process.argv.includes('--only-project'),
    noSearch: process.argv.includes('--no-search'),
    sameBytes: process.argv.includes('--same-bytes'),
    noWarmUp: process.argv.includes('--no-warm-up'),
  });
  process.exit(0);
}

if (process.argv.includes('--build')) {
  const start = performance.now();
  execSync('npm run build', { cwd: root, stdio: 'ignore' });
  console.log(`build (validate + astro build + pagefind): ${((performance.now() - start) / 1000).toFixed(1)} s`);
}

const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name));
const size = (file: string) => statSync(file).size;
const gzip = (file: string) => gzipSync(readFileSync(file)).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

const html = files.filter((file) => file.endsWith('.html'));
const css = files.filter((file) => file.endsWith('.css') && !file.includes('/pagefind/'));
const js = files.filter((file) => file.endsWith('.js') && !file.includes('/pagefind/'));
const pagefind = files.filter((file) => file.includes('/pagefind/'));
const pagesWithScript = html.filter((file) => /<script\b[^>]*\bsrc=/.test(readFileSync(file, 'utf8')));

const htmlSizes = html.map((file) => ({ file: relative(dist, file), bytes: size(file), gzip: gzip(file) })).sort((a, b) => b.gzip - a.gzip);
const median = htmlSizes[Math.floor(htmlSizes.length / 2)]!;
const rows: [string, string][] = [
  ['HTML pages', String(html.length)],
  ['HTML total (raw / gzip)', `${kb(htmlSizes.reduce((s, f) => s + f.bytes, 0))} / ${kb(htmlSizes.reduce((s, f) => s + f.gzip, 0))}`],
  ['HTML median page (gzip)', `${kb(median.gzip)} (${median.file})`],
  ...htmlSizes.slice(0, 3).map((f, i): [string, string] => [`HTML largest #${i + 1} (raw / gzip)`, `${kb(f.bytes)} / ${kb(f.gzip)} (${f.file})`]),
  ['CSS files / total (raw / gzip)', `${css.length} / ${kb(css.reduce((s, f) => s + size(f), 0))} / ${kb(css.reduce((s, f) => s + gzip(f), 0))}`],
  ['JS files (own) / total (raw / gzip)', `${js.length} / ${kb(js.reduce((s, f) => s + size(f), 0))} / ${kb(js.reduce((s, f) => s + gzip(f), 0))}`],
  ['pages that load JS', pagesWithScript.length > 10 ? `${pagesWithScript.length} of ${html.length} (the header search field)` : `${pagesWithScript.length}: ${pagesWithScript.map((f) => relative(dist, f)).join(', ')}`],
  ['pagefind index files / total', `${pagefind.length} / ${kb(pagefind.reduce((s, f) => s + size(f), 0))}`],
];
const width = Math.max(...rows.map(([label]) => label.length));
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);

/*
 * Search: what a browser fetches for a first one-word query on /zoeken/ (everything after the
 * page's own HTML: CSS, scripts, pagefind's code and WebAssembly, index chunks, result
 * fragments, the names index), counted compressed as a static host serves them (gzip for text
 * and WebAssembly; pagefind's index files are already gzipped and are counted as they are),
 * and the time from pressing Enter to the first result in headless Chromium.
 */
const { startServer, launchBrowser } = await import('../tests/e2e/support.ts');
const SEARCH_QUERY = 'pleegzorg';
const server = await startServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const fetched = new Map<string, 'page' | 'query'>();
  let phase: 'page' | 'query' = 'page';
  page.on('requestfinished', (request) => fetched.set(new URL(request.url()).pathname, phase));
  await page.goto(server.url('/zoeken/'));
  await page.waitForLoadState('networkidle');
  await page.fill('#zoekterm', SEARCH_QUERY);
  phase = 'query';
  const start = Date.now();
  await page.press('#zoekterm', 'Enter');
  await page.waitForSelector('[data-search-results] > li', { timeout: 30_000 });
  const firstResults = Date.now() - start;
  await page.waitForLoadState('networkidle');
  const base = server.url('/').slice(server.origin.length);
  const served = (file: string) => (/\.pf_|\.pagefind$/.test(file) ? size(file) : gzip(file));
  const searchRows = [...fetched]
    .filter(([path]) => path !== `${base}zoeken/` && path.startsWith(base))
    .map(([path, when]) => ({ file: join(dist, decodeURIComponent(path.slice(base.length))), when }))
    .filter(({ file }) => statSync(file, { throwIfNoEntry: false })?.isFile())
    .map(({ file, when }) => ({ file: relative(dist, file), when, raw: size(file), served: served(file) }))
    .sort((a, b) => b.served - a.served);
  const sum = (rows: typeof searchRows) => rows.reduce((total, row) => total + row.served, 0);
  const pageRows = searchRows.filter((row) => row.when === 'page');
  const queryRows = searchRows.filter((row) => row.when === 'query');
  console.log(`\nsearch: first one-word query ("${SEARCH_QUERY}") typed on /zoeken/ + Enter; the page's HTML excluded; sizes as served (gzip)`);
  console.log(`  total fetched                 ${kb(sum(searchRows))} in ${searchRows.length} files (raw ${kb(searchRows.reduce((s, r) => s + r.raw, 0))})`);
  console.log(`    with the page (CSS, scripts)  ${kb(sum(pageRows))} in ${pageRows.length} files`);
  console.log(`    for the query (after Enter)   ${kb(sum(queryRows))} in ${queryRows.length} files`);
  console.log(`  time to first results         ${firstResults} ms after Enter (headless Chromium, local server, cold cache)`);
  for (const row of searchRows) console.log(`    ${kb(row.served).padStart(10)}  ${row.when.padEnd(5)}  ${row.file}`);
} finally {
  await browser.close();
  await server.close();
}
