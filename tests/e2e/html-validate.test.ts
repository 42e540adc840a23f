/**
 * Valid HTML: html-validate (config `.htmlvalidate.json`, reasons for every changed rule in
 * `docs/html-validate.md`) over every HTML file of the build, with zero errors and zero warnings.
 * It needs `dist/`, so it lives in the e2e project (which runs after the build); it uses no browser.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, REPO_ROOT } from './support.ts';

const files = readdirSync(DIST, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => join(entry.parentPath, entry.name))
  .sort();

describe('html-validate', () => {
  it('finds no errors in any HTML file in dist/', async () => {
    const started = performance.now();
    // Resolve `.htmlvalidate.json` from the repository root, whatever the working directory.
    const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of files) {
      const report = await htmlvalidate.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push(`dist/${relative(DIST, file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}${message.selector ? ` [${message.selector}]` : ''}`);
        }
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    // A summary per rule first: one component error shows up on every page that uses it.
    const byRule = new Map<string, Set<string>>();
    for (const problem of problems) {
      const [, file, rule] = /^(\S+?):\d+:\d+ (\S+):/.exec(problem) ?? [];
      if (rule) byRule.set(rule, (byRule.get(rule) ?? new Set()).add(file!));
    }
    for (const [rule, inFiles] of byRule) console.log(`html-validate: ${rule} in ${inFiles.size} file(s), e.g. ${[...inFiles].slice(0, 3).join(', ')}`);
    console.log(`html-validate: ${files.length} HTML files, ${problems.length} problems, ${seconds} s (config ${relative(REPO_ROOT, join(REPO_ROOT, '.htmlvalidate.json'))})`);
    expect(files.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  }, 300_000);
});
