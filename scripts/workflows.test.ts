/**
 * The GitHub workflow: valid for GitHub (action-validator checks it against the workflow schema)
 * and doing what docs/publishing.md says (publish the tested build, runner's Chrome, ...).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORKFLOWS = join(ROOT, '.github/workflows');
const validator = join(ROOT, 'node_modules/@action-validator/cli/cli.mjs');
const lint = (file: string) => spawnSync(process.execPath, [validator, file], { encoding: 'utf8' });

interface Step { uses?: string; run?: string; if?: string; env?: Record<string, string>; with?: Record<string, unknown> }
interface Job { permissions: Record<string, string>; 'timeout-minutes': number; steps: Step[]; needs?: string; if?: string; concurrency?: unknown }
const workflow = parse(readFileSync(join(WORKFLOWS, 'ci.yml'), 'utf8')) as { on: Record<string, unknown>; concurrency: { group: string }; jobs: Record<string, Job> };
const { test, publish } = workflow.jobs as { test: Job; publish: Job };

describe('the workflows', () => {
  it('pass action-validator', () => {
    const files = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const result = lint(join(WORKFLOWS, file));
      expect(result.status, `${file}: ${result.stdout}${result.stderr}`).toBe(0);
    }
  });

  it('the linter rejects a broken workflow (so the check above is not hollow)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'workflow-'));
    try {
      writeFileSync(join(dir, 'bad.yml'), 'name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: echo\n');
      const result = lint(join(dir, 'bad.yml'));
      expect(result.status).toBe(1);
      expect(result.stdout + result.stderr).toContain("Additional property 'stepz' is not allowed");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('ci.yml', () => {
  it('can be started by hand, runs one at a time per branch and has time limits', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'push', 'workflow_dispatch']));
    expect(workflow.concurrency.group).toContain('github.ref');
    expect(test['timeout-minutes']).toBeGreaterThan(0);
    expect(publish['timeout-minutes']).toBeGreaterThan(0);
  });

  it('tests with the runner’s Google Chrome', () => {
    const chrome = test.steps.find((s) => s.run?.includes('CHROMIUM_PATH'));
    expect(chrome?.run).toContain('command -v google-chrome');
    expect(test.steps.some((s) => s.run?.includes('apt-get'))).toBe(false);
  });

  it('builds for the address that configure-pages reports', () => {
    expect(test.steps.some((s) => s.uses?.startsWith('actions/configure-pages@'))).toBe(true);
    const base = test.steps.find((s) => s.run?.includes('BASE_PATH='));
    expect(base?.env?.PAGES_BASE_PATH).toContain('steps.pages.outputs.base_path');
  });

  it('publishes the build that was tested: upload after npm test, deploy without building', () => {
    const names = test.steps.map((s) => s.uses?.split('@')[0] ?? s.run);
    expect(names.indexOf('actions/upload-pages-artifact')).toBeGreaterThan(names.indexOf('npm test'));
    expect(publish.needs).toBe('test');
    expect(publish.steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
    expect(publish.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  it('writes every validation problem and the change preview to the job summary', () => {
    expect(test.steps.some((s) => s.run === 'npm run validate -- --summary')).toBe(true);
    const preview = test.steps.find((s) => s.run?.includes('change-preview'));
    expect(preview?.if).toBe("github.event_name == 'pull_request'");
    expect(preview?.run).toContain('GITHUB_STEP_SUMMARY');
    expect(test.steps.some((s) => s.uses?.startsWith('actions/upload-artifact@') && s.with?.path === 'dist')).toBe(true);
  });
});
