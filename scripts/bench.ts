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
const dist = join(root, 'dist');

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
  ['pages that load JS', `${pagesWithScript.length}: ${pagesWithScript.map((f) => relative(dist, f)).join(', ')}`],
  ['pagefind index files / total', `${pagefind.length} / ${kb(pagefind.reduce((s, f) => s + size(f), 0))}`],
];
const width = Math.max(...rows.map(([label]) => label.length));
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
