/**
 * `npm run bench -- --scale 1,10,100 [--rounds 2]`: does the cost per page stay flat as the content
 * grows? For each factor k it writes synthetic content (the real content cloned k times,
 * `scripts/lib/scale-content.ts`) into a temporary copy of the project, and a plain Astro + MDX
 * project with the same number of pages and about the same text per page; then it builds both
 * alternately (`--rounds` times) and prints pages, validation time, astro build time, pagefind time,
 * CPU ms per page for both, the ratio (min/median/max), peak memory and the heaviest pages.
 * A benchmark, not a test: it prints figures and asserts nothing. CPU and memory come from GNU time
 * (`/usr/bin/time`); without it the CPU columns show wall time.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadContent, readContentTree } from '../schemas/validator/content-fs.ts';
import { scaledContent } from './lib/scale-content.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
// One work folder per checkout, so two worktrees can run the benchmark side by side.
const work = join(tmpdir(), 'regiodossiers-scale', basename(root.replace(/\/$/, '')));
const nodeBin = process.execPath;
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const pagefindBin = join(root, 'node_modules/pagefind/lib/runner/bin.cjs');
const hasGnuTime = existsSync('/usr/bin/time');

interface Measured {
  wall: number;
  cpu: number;
  /** CPU in user mode and in the kernel (system: mostly file writes); NaN without GNU time. */
  user: number;
  sys: number;
  maxRssMb: number;
  ok: boolean;
  output: string;
}

/** Runs a command and measures wall time, CPU time (user + sys of it and its children) and peak memory. */
function measure(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Measured {
  const started = performance.now();
  const runner = hasGnuTime ? '/usr/bin/time' : command;
  const runnerArgs = hasGnuTime ? ['-f', '__TIME__ %U %S %M', command, ...args] : args;
  const result = spawnSync(runner, runnerArgs, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 512 * 1024 * 1024 });
  const wall = (performance.now() - started) / 1000;
  const timing = /__TIME__ ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr ?? '');
  return {
    wall,
    cpu: timing ? Number(timing[1]) + Number(timing[2]) : wall,
    user: timing ? Number(timing[1]) : NaN,
    sys: timing ? Number(timing[2]) : NaN,
    maxRssMb: timing ? Number(timing[3]) / 1024 : NaN,
    ok: result.status === 0,
    output: `${result.stdout ?? ''}${result.stderr ?? ''}`.slice(-4000),
  };
}

/**
 * Every measured build starts as on a fresh clone in CI: no output, no content-layer cache and,
 * where the benchmark may empty it, no page cache full of earlier builds' files (`dropPageCache`).
 * The copies share the checkout's node_modules (a symlink), so without this each build would read
 * the data store (`node_modules/.astro/data-store.json`, Astro's default cacheDir) that the
 * previous build of the *other* project left behind: at k = 100 the project's is 22 MB, the
 * baseline's 11 MB, and reading the other's cost the baseline about 3 s user time in one trial.
 */
function cleanBuildState(dir: string): void {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, 'node_modules/.astro/data-store.json'), { force: true });
  if (dropsPageCache) dropPageCache();
}

/**
 * Writes back and empties the page cache (Linux, as root), so that every build starts with the
 * same free memory instead of paying, in system time, for reclaiming the pages earlier builds
 * wrote. On 7 December at k = 10, four alternating rounds of the project and the baseline: system
 * time 3.4 to 11.3 s without this, 3.2 to 4.0 s with it. Elsewhere (not root, not Linux) the
 * benchmark runs without it and says so.
 */
function dropPageCache(): boolean {
  try {
    spawnSync('sync');
    writeFileSync('/proc/sys/vm/drop_caches', '3');
    return true;
  } catch {
    return false;
  }
}
let dropsPageCache = false;

/** A copy of the project with the synthetic content of factor k. */
function projectCopy(k: number): string {
  const dir = join(work, `k${k}`, 'project');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'schemas', 'public', 'bronnen', 'docs']) {
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  for (const file of scaledContent(readContentTree(root).files, k)) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  return dir;
}

/** Words to fill the plain project's pages with: the real content's own words. */
function fillerWords(): string[] {
  return readContentTree(root).files.flatMap((file) => file.text.split(/\s+/)).filter((word) => /^[\p{L}-]{3,}$/u.test(word) && !/^(import|export)$/i.test(word)).slice(0, 20_000);
}

/**
 * A minimal Astro + MDX project of the same shape as the site: `pages` pages of about `textBytes`
 * of text each, rendered by one template from a data collection (as the dossier pages are rendered
 * from YAML), of which `mdxPages` are MDX documents with the real documents' text (as /document/ is).
 */
function plainProject(k: number, pages: number, textBytes: number, mdxTexts: string[], dataFiles: { count: number; bytes: number }, padBytes = 0): string {
  const dir = join(work, `k${k}`, padBytes > 0 ? 'plain-same-bytes' : 'plain');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  mkdirSync(join(dir, 'src/pages/doc'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'plain', private: true, type: 'module' }));
  writeFileSync(join(dir, 'astro.config.mjs'), "import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [mdx()], trailingSlash: 'always', build: { format: 'directory' } });\n");
  writeFileSync(join(dir, 'src/content.config.ts'), "import { defineCollection } from 'astro:content';\nimport { file, glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\nexport const collections = {\n  pages: defineCollection({ loader: file('./src/content/pages.json'), schema: z.object({ title: z.string(), paragraphs: z.array(z.string()), padding: z.string().optional() }) }),\n  docs: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/docs' }), schema: z.object({ title: z.string() }) }),\n  files: defineCollection({ loader: file('./src/content/files.json'), schema: z.object({ title: z.string(), paragraphs: z.array(z.string()) }) }),\n};\n");
  // The project's data files (CSV/JSON downloads, per-region JSON, search indexes) are routes too: as many here, as large.
  mkdirSync(join(dir, 'src/pages/bestand'), { recursive: true });
  writeFileSync(join(dir, 'src/pages/bestand/[slug].json.ts'), "import { getCollection } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('files')).map((entry) => ({ params: { slug: entry.id }, props: { entry } })); }\nexport const GET = ({ props }) => new Response(JSON.stringify(props.entry.data, null, 2), { headers: { 'Content-Type': 'application/json' } });\n");
  const layout = (title: string, body: string) => `<html lang="nl"><head><meta charset="utf-8"><title>{${title}}</title></head><body><header><nav><a href="/">Home</a></nav></header><main><h1>{${title}}</h1>${body}</main><footer>Voettekst</footer></body></html>`;
  writeFileSync(join(dir, 'src/pages/[slug].astro'), `---\nimport { getCollection } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('pages')).map((entry) => ({ params: { slug: entry.id }, props: { entry } })); }\nconst { entry } = Astro.props;\n---\n${layout('entry.data.title', '{entry.data.paragraphs.map((p) => <p>{p}</p>)}{entry.data.padding && <div hidden>{entry.data.padding}</div>}')}\n`);
  writeFileSync(join(dir, 'src/pages/doc/[slug].astro'), `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('docs')).map((entry) => ({ params: { slug: entry.id }, props: { entry } })); }\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n${layout('entry.data.title', '<Content />')}\n`);
  const words = fillerWords();
  let cursor = 0;
  const paragraphs = () => {
    const parts: string[] = [];
    let size = 0;
    while (size < textBytes) {
      const paragraph = Array.from({ length: 60 }, () => words[cursor++ % words.length]).join(' ');
      parts.push(paragraph);
      size += paragraph.length + 1;
    }
    return parts;
  };
  const dataPages = Math.max(0, pages - mdxTexts.length);
  const padding = () => {
    const parts: string[] = [];
    let size = 0;
    while (size < padBytes) {
      const word = words[cursor++ % words.length]!;
      parts.push(word);
      size += Buffer.byteLength(word) + 1;
    }
    return parts.join(' ');
  };
  writeFileSync(join(dir, 'src/content/pages.json'), JSON.stringify(Array.from({ length: dataPages }, (_, i) => ({ id: `pagina-${i}`, title: `Pagina ${i}`, paragraphs: paragraphs(), ...(padBytes > 0 ? { padding: padding() } : {}) }))));
  mdxTexts.forEach((text, i) => writeFileSync(join(dir, 'src/content/docs', `document-${i}.mdx`), `---\ntitle: Document ${i}\n---\n\n${text}\n`));
  const fileParagraphs = () => {
    const parts: string[] = [];
    let size = 0;
    while (size < dataFiles.bytes) {
      const paragraph = Array.from({ length: 60 }, () => words[cursor++ % words.length]).join(' ');
      parts.push(paragraph);
      size += paragraph.length + 1;
    }
    return parts;
  };
  writeFileSync(join(dir, 'src/content/files.json'), JSON.stringify(Array.from({ length: dataFiles.count }, (_, i) => ({ id: `bestand-${i}`, title: `Bestand ${i}`, paragraphs: fileParagraphs() }))));
  return dir;
}

/** The MDX documents of the synthetic content as plain Markdown (components removed), for the baseline. */
function mdxTextsOf(project: string): string[] {
  return readContentTree(project).files
    .filter((file) => file.path.endsWith('.mdx'))
    .map((file) => file.text.split('\n').filter((line) => !/^\s*<\/?[A-Za-z]/.test(line)).join('\n').replace(/[{}<>]/g, ''));
}

/** Files Astro rendered that are not pages: endpoints (CSV, JSON, XML, CSS), not bundled assets or copies of public/. */
function dataFilesOf(project: string): { count: number; bytes: number } {
  const dist = join(project, 'dist');
  const copied = new Set(readdirSync(join(project, 'public'), { recursive: true }).map(String));
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.html'))
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith('_astro/') && !file.startsWith('pagefind/') && !copied.has(file));
  const bytes = files.reduce((sum, file) => sum + readFileSync(join(dist, file)).length, 0);
  return { count: files.length, bytes: Math.round(bytes / Math.max(1, files.length)) };
}

function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** HTML bytes per page, averaged over a sample. */
function averageHtmlBytes(files: string[]): number {
  const sample = files.filter((_, i) => i % Math.max(1, Math.floor(files.length / 300)) === 0);
  return Math.round(sample.reduce((sum, file) => sum + statSync(file).size, 0) / Math.max(1, sample.length));
}

/** Bytes of visible text per page, averaged (tags and whitespace runs left out). */
function averageTextBytes(files: string[]): number {
  const sample = files.filter((_, i) => i % Math.max(1, Math.floor(files.length / 300)) === 0);
  const total = sample.reduce((sum, file) => sum + readFileSync(file, 'utf8').replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').length, 0);
  return Math.round(total / Math.max(1, sample.length));
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { min: sorted[0]!, median, max: sorted.at(-1)! };
};
const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);

/** "5.6 s wall / 6.8 s CPU (user 5.1 + system 1.7)": on a virtual machine the system time (file writes) varies most between runs. */
function timed(run: Measured): string {
  return `${f1(run.wall)} s wall / ${f1(run.cpu)} s CPU${Number.isNaN(run.user) ? '' : ` (user ${f1(run.user)} + system ${f1(run.sys)})`}`;
}

/** The search section of `scripts/bench.ts` (first one-word query in Chromium) on a built copy. */
function searchFigures(dist: string): string {
  const result = spawnSync(nodeBin, [join(root, 'scripts/bench.ts')], { cwd: root, encoding: 'utf8', env: { ...process.env, TEST_DIST: dist, TEST_BASE_PATH: '/' }, maxBuffer: 64 * 1024 * 1024 });
  const output = result.stdout ?? '';
  const start = output.indexOf('\nsearch:');
  if (result.status !== 0 || start < 0) return `  search              not measured (${(result.stderr ?? '').trim().split('\n').at(-1) ?? 'no output'})`;
  return output.slice(start + 1).trimEnd().split('\n').slice(0, 5).map((line) => `  ${line}`).join('\n');
}

export interface ScaleOptions {
  /** Build only the project, not the plain baseline (for page weights and search figures). */
  onlyProject?: boolean;
  /** Skip the browser measurement of the first search query. */
  noSearch?: boolean;
  /**
   * Diagnostic: also build the baseline with hidden filler so that its pages weigh as many HTML
   * bytes as the project's (header, navigation, tables), to tell the cost of writing more bytes
   * from the cost of the project's code. Not the benchmark's ratio, which stays as specified.
   */
  sameBytes?: boolean;
  /** Skip the uncounted first build of the project and the baseline at the first factor. */
  noWarmUp?: boolean;
}

export function runScaleBench(factors: number[], rounds: number, options: ScaleOptions = {}): void {
  mkdirSync(work, { recursive: true });
  dropsPageCache = dropPageCache();
  console.log(`scale benchmark: factors ${factors.join(', ')}, ${rounds} rounds${options.noWarmUp ? '' : ' after one uncounted warm-up build of each'}${options.onlyProject ? ', project only (no baseline)' : ''}, ${hasGnuTime ? 'CPU from GNU time' : 'no /usr/bin/time: wall time instead of CPU'}, ${dropsPageCache ? 'page cache emptied before every build' : 'page cache not emptied (needs root on Linux)'}, in ${work}`);
  const perPage: Record<number, number> = {};
  for (const k of factors) {
    const generated = performance.now();
    const project = projectCopy(k);
    const generateSeconds = (performance.now() - generated) / 1000;
    const validated = performance.now();
    const validation = loadContent(project);
    const validateSeconds = (performance.now() - validated) / 1000;
    if (validation.problems.length > 0) {
      console.log(`k=${k}: the synthetic content does not validate (${validation.problems.length} problems), e.g. ${validation.problems.slice(0, 3).map((p) => `${p.file}:${p.line} ${p.message}`).join(' | ')}`);
      continue;
    }
    const projectRuns: Measured[] = [];
    const plainRuns: Measured[] = [];
    const sameBytesRuns: Measured[] = [];
    let pages = 0;
    let plain = '';
    let sameBytes = '';
    let htmlBytes = { project: 0, plain: 0, sameBytes: 0 };
    let dataFiles = { count: 0, bytes: 0 };
    // Round -1 (first factor only): one build of each that is not counted, so that neither pays for
    // a cold start (node_modules not yet in the page cache, Node's compile cache empty). Without it
    // the very first project build after `npm ci` took 8.2 s CPU against 6.0-6.5 s for the next ones.
    const warmUp = !options.noWarmUp && k === factors[0];
    for (let round = warmUp ? -1 : 0; round < rounds; round++) {
      cleanBuildState(project);
      const run = measure(nodeBin, [astroBin, 'build', '--silent'], project, { BASE_PATH: '/' });
      if (!run.ok) {
        console.log(`k=${k}: astro build failed:\n${run.output}`);
        return;
      }
      if (round >= 0) projectRuns.push(run);
      const files = htmlFiles(join(project, 'dist'));
      pages = files.length;
      if (options.onlyProject) continue;
      if (!plain) {
        dataFiles = dataFilesOf(project);
        plain = plainProject(k, pages, averageTextBytes(files), mdxTextsOf(project), dataFiles);
      }
      cleanBuildState(plain);
      const baseline = measure(nodeBin, [astroBin, 'build', '--silent'], plain);
      if (!baseline.ok) {
        console.log(`k=${k}: plain Astro build failed:\n${baseline.output}`);
        return;
      }
      if (round < 0) continue;
      plainRuns.push(baseline);
      if (!options.sameBytes) continue;
      if (!sameBytes) {
        htmlBytes = { project: averageHtmlBytes(files), plain: averageHtmlBytes(htmlFiles(join(plain, 'dist'))), sameBytes: 0 };
        sameBytes = plainProject(k, pages, averageTextBytes(files), mdxTextsOf(project), dataFiles, Math.max(0, htmlBytes.project - htmlBytes.plain));
      }
      cleanBuildState(sameBytes);
      const padded = measure(nodeBin, [astroBin, 'build', '--silent'], sameBytes);
      if (!padded.ok) {
        console.log(`k=${k}: plain Astro build (same bytes) failed:\n${padded.output}`);
        return;
      }
      htmlBytes.sameBytes = averageHtmlBytes(htmlFiles(join(sameBytes, 'dist')));
      sameBytesRuns.push(padded);
    }
    const pagefind = measure(nodeBin, [pagefindBin, '--site', 'dist'], project);
    const dist = join(project, 'dist');
    const weights = htmlFiles(dist)
      .map((file) => ({ page: `/${relative(dist, file).replace(/index\.html$/, '')}`, gzip: gzipSync(readFileSync(file)).length }))
      .sort((a, b) => b.gzip - a.gzip);
    const heaviestJson = readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.json') && !entry.parentPath.includes('pagefind'))
      .map((entry) => ({ file: `/${relative(dist, join(entry.parentPath, entry.name))}`, gzip: gzipSync(readFileSync(join(entry.parentPath, entry.name))).length }))
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 3);
    // A region or municipality page itself: one slug below the prefix (generated list pages such as /gemeente/letter_b/ have an underscore, which a slug never has).
    const heaviestOf = (prefix: string) => weights.find((w) => w.page.startsWith(prefix) && /^[a-z0-9-]+\/$/.test(w.page.slice(prefix.length)));
    const ratios = plainRuns.map((run, i) => projectRuns[i]!.cpu / run.cpu);
    const projectMs = stats(projectRuns.map((run) => (run.cpu * 1000) / pages));
    const plainMs = plainRuns.length > 0 ? stats(plainRuns.map((run) => (run.cpu * 1000) / pages)) : undefined;
    perPage[k] = projectMs.median;
    const ratio = ratios.length > 0 ? stats(ratios) : undefined;
    console.log(`\nk=${k}: ${pages} pages (${validation.filesChecked} content files, generated in ${f1(generateSeconds)} s)${plain ? `; plus ${dataFiles.count} data files of ${f1(dataFiles.bytes / 1024)} KiB on average, which the baseline renders too` : ''}`);
    console.log(`  validate            ${f2(validateSeconds)} s`);
    console.log(`  astro build         ${projectRuns.map(timed).join('; ')}`);
    if (plainMs && ratio) {
      console.log(`  plain Astro build   ${plainRuns.map(timed).join('; ')}`);
      console.log(`  CPU ms per page     project ${f2(projectMs.median)} (min ${f2(projectMs.min)}, max ${f2(projectMs.max)}); plain ${f2(plainMs.median)} (min ${f2(plainMs.min)}, max ${f2(plainMs.max)})`);
      console.log(`  ratio per page      median ${f2(ratio.median)}x (min ${f2(ratio.min)}x, max ${f2(ratio.max)}x)`);
      if (!Number.isNaN(projectRuns[0]!.user)) {
        const userRatio = stats(plainRuns.map((run, i) => projectRuns[i]!.user / run.user));
        const sysRatio = stats(plainRuns.map((run, i) => projectRuns[i]!.sys / run.sys));
        console.log(`  diagnostic          user time ratio ${f2(userRatio.median)}x (min ${f2(userRatio.min)}x, max ${f2(userRatio.max)}x); system time ratio ${f2(sysRatio.median)}x (min ${f2(sysRatio.min)}x, max ${f2(sysRatio.max)}x)`);
      }
      if (sameBytesRuns.length > 0) {
        const sameRatio = stats(sameBytesRuns.map((run, i) => projectRuns[i]!.cpu / run.cpu));
        console.log(`  diagnostic          HTML bytes per page: project ${f1(htmlBytes.project / 1024)} KiB, plain ${f1(htmlBytes.plain / 1024)} KiB; plain padded to ${f1(htmlBytes.sameBytes / 1024)} KiB: ${sameBytesRuns.map((run) => `${f1(run.cpu)} s CPU`).join('; ')}, ratio ${f2(sameRatio.median)}x (min ${f2(sameRatio.min)}x, max ${f2(sameRatio.max)}x)`);
      }
    } else {
      console.log(`  CPU ms per page     project ${f2(projectMs.median)} (min ${f2(projectMs.min)}, max ${f2(projectMs.max)}); no baseline built`);
    }
    const plainPeak = plainRuns.length > 0 ? `${f1(Math.max(...plainRuns.map((run) => run.maxRssMb)))} MB` : '-';
    console.log(`  peak memory         astro build ${f1(Math.max(...projectRuns.map((run) => run.maxRssMb)))} MB, plain ${plainPeak}, pagefind ${f1(pagefind.maxRssMb)} MB`);
    console.log(`  pagefind            ${f1(pagefind.wall)} s wall / ${f1(pagefind.cpu)} s CPU${pagefind.ok ? '' : ' (failed)'}`);
    console.log(`  heaviest pages      ${weights.slice(0, 5).map((w) => `${w.page} ${f1(w.gzip / 1024)} KiB`).join(', ')} (gzip)`);
    const region = heaviestOf('/regio/');
    const municipality = heaviestOf('/gemeente/');
    console.log(`  largest region / municipality page  ${region ? `${region.page} ${f1(region.gzip / 1024)} KiB` : '-'} / ${municipality ? `${municipality.page} ${f1(municipality.gzip / 1024)} KiB` : '-'} (gzip)`);
    console.log(`  heaviest JSON       ${heaviestJson.map((w) => `${w.file} ${f1(w.gzip / 1024)} KiB`).join(', ')} (gzip, pagefind excluded)`);
    if (!options.noSearch && pagefind.ok) console.log(searchFigures(dist));
  }
  const ks = Object.keys(perPage).map(Number).sort((a, b) => a - b);
  if (ks.length > 1) {
    const first = perPage[ks[0]!]!;
    console.log(`\nper-page growth: ${ks.map((k) => `k=${k} ${f2(perPage[k]! / first)}x`).join(', ')} (CPU ms per page relative to k=${ks[0]})`);
  }
}
