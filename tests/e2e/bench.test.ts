/**
 * The scale benchmark (`npm run bench -- --scale …`, docs/performance.md) at k = 1, once per test
 * run, to prove that it works: it builds a copy of the project and the plain baseline, and prints
 * every figure. Nothing here judges speed (a timed test would flake); figures are checked for being
 * there and plausible.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../schemas/validator/content-fs.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('scale benchmark at k = 1', () => {
  it('builds the project and the baseline and prints pages, times, ratio, memory, weights and search bytes', { timeout: 600_000 }, () => {
    const run = spawnSync(process.execPath, ['scripts/bench.ts', '--scale', '1', '--rounds', '1'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const output = `${run.stdout}${run.stderr}`;
    console.log(output);
    expect(run.status, output).toBe(0);

    // The first line says whether every build started with an empty page cache (root on Linux only).
    expect(output).toMatch(/page cache (emptied before every build|not emptied \(needs root on Linux\))/);

    const { store } = loadContent(root);
    const pages = Number(/^k=1: (\d+) pages/m.exec(output)?.[1]);
    // At least one page per municipality and per region, plus the fixed pages.
    expect(pages).toBeGreaterThan(store.get('gemeenten')!.size + store.get('regios')!.size);

    const number = (pattern: RegExp) => Number(pattern.exec(output)?.[1]?.replace(',', '.'));
    expect(number(/validate\s+([\d.]+) s/)).toBeGreaterThan(0);
    expect(number(/CPU ms per page\s+project ([\d.]+)/)).toBeGreaterThan(0);
    expect(number(/plain ([\d.]+) \(min/)).toBeGreaterThan(0);
    expect(number(/ratio per page\s+median ([\d.]+)x/)).toBeGreaterThan(0);
    expect(number(/peak memory\s+astro build ([\d.]+) MB/)).toBeGreaterThan(0);
    expect(number(/pagefind ([\d.]+) MB/)).toBeGreaterThan(0);
    // The heaviest pages are real pages of the site, with their gzip size.
    expect(output).toMatch(/heaviest pages\s+\/\S+\/ [\d.]+ KiB/);
    expect(output).toMatch(/largest region \/ municipality page\s+\/regio\/\S+ [\d.]+ KiB \/ \/gemeente\/\S+ [\d.]+ KiB/);
    // The first search query was measured in the browser.
    expect(number(/total fetched\s+([\d.]+) KiB/)).toBeGreaterThan(0);
  });
});
