/** `astro build` itself refuses broken content (not only `npm run build`). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { edit, validFiles } from '../../scripts/lib/fixtures.ts';
import type { ContentFile } from '../../scripts/lib/validate.ts';
import { contentGuard } from './content-guard.ts';

let root: string | undefined;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

function setup(files: ContentFile[], command: 'build' | 'dev') {
  root = mkdtempSync(join(tmpdir(), 'regiodossiers-guard-'));
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
  const logger = { info: vi.fn(), error: vi.fn() };
  const hook = contentGuard().hooks['astro:config:setup'] as (options: unknown) => void;
  return { run: () => hook({ config: { root: pathToFileURL(`${root}/`) }, command, logger }), logger };
}

describe('content guard integration', () => {
  it('lets valid content through', () => {
    const { run, logger } = setup(validFiles(), 'build');
    expect(run).not.toThrow();
    expect(logger.info).toHaveBeenCalledWith('inhoud in orde (12 bestanden)');
  });

  it('fails the build on a dangling reference, which Astro alone lets pass', () => {
    const files = edit(validFiles(), 'content/regio/alkmaar/regio.yaml', 'municipality: bergen-nh', 'municipality: bergen');
    const { run } = setup(files, 'build');
    expect(run).toThrow(/content\/regio\/alkmaar\/regio\.yaml:7:7 members\[1\]\.municipality: "bergen" bestaat niet/);
  });

  it('fails the build on a YAML error in a list file, which Astro turns into an empty collection', () => {
    const files = edit(validFiles(), 'content/gemeenten.yaml', '- id: roosendaal', '- id: roosendaal\n   name: x: y');
    const { run } = setup(files, 'build');
    expect(run).toThrow(/content\/gemeenten\.yaml:\d+:\d+ ongeldige YAML/);
  });

  it('only logs during development, so the dev server keeps running', () => {
    const files = edit(validFiles(), 'content/gemeenten.yaml', 'province: noord-brabant', 'province: brabant');
    const { run, logger } = setup(files, 'dev');
    expect(run).not.toThrow();
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('"brabant" bestaat niet'));
  });
});
