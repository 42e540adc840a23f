/** The validator as editors and CI run it: exit code, output, GitHub annotations. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { edit, validFiles } from '../schemas/validator/fixtures.ts';
import type { ContentFile } from '../schemas/validator/validate.ts';

const script = new URL('./validate.ts', import.meta.url).pathname;
let root: string | undefined;

function runOn(files: ContentFile[], env: Record<string, string> = {}) {
  root = mkdtempSync(join(tmpdir(), 'regiodossiers-'));
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
  return spawnSync(process.execPath, [script, root], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', CI: '', ...env } });
}

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('npm run validate', () => {
  it('exits 0 on valid content', () => {
    const result = runOn(validFiles());
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Inhoud in orde: 12 bestanden gecontroleerd.');
  });

  it('exits 1 and names every broken file', () => {
    let files = edit(validFiles(), 'content/gemeenten.yaml', 'province: noord-brabant', 'province: brabant');
    files = edit(files, 'content/regio/alkmaar/profiel-2013.yaml', 'level: [regionaal]', 'level: [regionnaal]');
    const result = runOn(files);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/gemeenten.yaml:9:3 [2].province: "brabant" bestaat niet');
    expect(result.stderr).toContain('content/regio/alkmaar/profiel-2013.yaml:5:13 tasks.pleegzorg.level[0]: "regionnaal" is geen geldige waarde');
    expect(result.stderr).toContain('2 problemen in 2 bestanden. Los ze op en controleer opnieuw met npm run validate.');
    expect(result.stderr).not.toContain('gepubliceerd');
  });

  it('says that nothing was published only in CI', () => {
    const files = edit(validFiles(), 'content/gemeenten.yaml', 'province: noord-brabant', 'province: brabant');
    expect(runOn(files, { CI: 'true' }).stderr).toContain('1 probleem in 1 bestand; er is niets gepubliceerd.');
  });

  it('annotates the lines in GitHub Actions', () => {
    const files = edit(validFiles(), 'content/regio/alkmaar/profiel-2013.yaml', 'level: [regionaal]', 'level: [regionnaal]');
    const result = runOn(files, { GITHUB_ACTIONS: 'true' });
    expect(result.stdout).toContain('::error file=content/regio/alkmaar/profiel-2013.yaml,line=5,col=13,title=tasks.pleegzorg.level[0]::"regionnaal" is geen geldige waarde');
  });
});
