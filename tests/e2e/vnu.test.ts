/**
 * The W3C Nu HTML Checker (vnu.jar from the `vnu-jar` npm package, run with the machine's Java)
 * over every HTML file of the build: zero errors. It sees what html-validate cannot, such as an
 * element after `</html>`. `.ci/run` installs Java where the machine has none.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './support.ts';

const require = createRequire(import.meta.url);
const VNU_JAR = join(dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

describe('W3C Nu HTML Checker', () => {
  it('reports no errors on any page', () => {
    const started = performance.now();
    const result = spawnSync(process.env.JAVA ?? 'java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', DIST], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(result.error, 'Java is needed for the Nu HTML Checker (apt-get install default-jre-headless)').toBeUndefined();
    const { messages } = JSON.parse(result.stderr || result.stdout || '{"messages":[]}') as { messages: VnuMessage[] };
    const errors = messages
      .filter((message) => message.type === 'error' || message.type === 'non-document-error')
      .map((message) => `dist/${relative(DIST, decodeURIComponent(new URL(message.url).pathname))}:${message.lastLine ?? 0}:${message.firstColumn ?? 0} ${message.message}`);
    console.log(`vnu: ${errors.length} errors, ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(errors).toEqual([]);
  }, 600_000);
});
