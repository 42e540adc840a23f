/**
 * `npm test`: unit tests, type checking, a production build under a sub-path (so links that ignore the base
 * path break), then browser tests against that build. Prints one closing line that CI reads:
 * `N passed, N failed`. Exit code 1 if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const results = `${root}/test-results`;
// CI sets BASE_PATH to the Pages base path, so that the tested build is the one it publishes.
export const TEST_BASE_PATH = process.env.BASE_PATH || '/regiodossiers/';

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function vitest(project: string): boolean {
  const output = `${results}/${project}.json`;
  const ok = run(`${project} tests`, process.execPath, [
    'node_modules/vitest/vitest.mjs', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`,
  ], { TEST_BASE_PATH });
  try {
    const report = JSON.parse(readFileSync(output, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTestSuites: number; success: boolean };
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A suite that failed to load has no failed test but is a failure all the same.
    if (!ok && report.numFailedTests === 0) failed += 1;
  } catch {
    failed += 1;
  }
  return ok;
}

vitest('unit');
// Types of all TypeScript and .astro files (astro check), counted as one check.
if (run('typecheck', 'npm', ['run', 'typecheck'])) passed += 1;
else failed += 1;
const built = run('build', 'npm', ['run', 'build'], { BASE_PATH: TEST_BASE_PATH });
if (built) passed += 1;
else failed += 1;
if (built) vitest('e2e');
else console.error('\nBuild failed: browser tests skipped.');

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
