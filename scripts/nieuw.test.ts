/**
 * `npm run nieuw` for every kind, in a temporary copy of content/ and bronnen/: each run writes
 * its file with the $schema line and the validator accepts the result.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'nieuw-'));
cpSync(join(REPO, 'content'), join(root, 'content'), { recursive: true });
cpSync(join(REPO, 'bronnen'), join(root, 'bronnen'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const nieuw = (...args: string[]) => {
  const result = spawnSync(process.execPath, [join(REPO, 'scripts/nieuw.ts'), ...args, '--root', root], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { status: result.status, out: result.stdout + result.stderr };
};
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const firstLine = (path: string) => read(path).split('\n')[0];

describe('npm run nieuw (in a temporary copy of content/)', { timeout: 60_000 }, () => {
  it('document: writes document.yaml and validates', () => {
    const run = nieuw('document', 'regioplan-proef-2024', '--titel', 'Regioplan jeugdhulp: proef', '--soort', 'regiovisie', '--uitgever', 'Regio Proef (2 gemeenten)',
      '--datum', 'ongedateerd', '--datum-toelichting', 'De tekst noemt geen datum.', '--bronbestand', '001_0c4fcb230fbc3b29.txt', '--samenvatting', 'Een proef van de redactie.');
    expect(run.out).toContain('Inhoud in orde');
    expect(run.status).toBe(0);
    const path = 'content/documenten/regioplan-proef-2024/document.yaml';
    expect(firstLine(path)).toBe('# yaml-language-server: $schema=../../../schemas/json/documenten.schema.json');
    expect(parse(read(path))).toMatchObject({ title: 'Regioplan jeugdhulp: proef', date: 'ongedateerd', regions: [] });
  });

  it('regio: writes regio.yaml with two municipalities, a tile, and lists the region in its source document', () => {
    const run = nieuw('regio', 'regio-proef', '--naam', 'Regio Proef', '--provincies', 'noord-holland', '--gemeenten', 'aalsmeer,amstelveen', '--bron', 'regioplan-proef-2024', '--jaar', '2024');
    expect(run.out).toContain('Inhoud in orde');
    expect(run.status).toBe(0);
    expect(firstLine('content/regio/regio-proef/regio.yaml')).toBe('# yaml-language-server: $schema=../../../schemas/json/regios.schema.json');
    expect(parse(read('content/regio/regio-proef/regio.yaml')).members).toEqual([
      { municipality: 'aalsmeer', source: 'regioplan-proef-2024', year: 2024 },
      { municipality: 'amstelveen', source: 'regioplan-proef-2024', year: 2024 },
    ]);
    expect(read('content/tegelkaart.yaml')).toMatch(/^- \{ id: regio-proef, col: \d+, row: \d+, label: Proef \}$/m);
    expect(parse(read('content/documenten/regioplan-proef-2024/document.yaml')).regions).toEqual(['regio-proef']);
  });

  it('visie, plan and agenda: write their file next to the document and validate', () => {
    expect(nieuw('visie', 'regioplan-proef-2024', '--regios', 'regio-proef').status).toBe(0);
    expect(nieuw('plan', 'regioplan-proef-2024', '--regio', 'regio-proef').status).toBe(0);
    const agenda = nieuw('agenda', 'regioplan-proef-2024', '--naam', 'regionaal', '--titel', 'Opgaven', '--niveau', 'regionaal', '--regio', 'regio-proef', '--opgave', 'Eerste opgave', '--opgave-id', 'eerste-opgave');
    expect(agenda.out).toContain('Inhoud in orde');
    expect(agenda.status).toBe(0);
    for (const [file, schema] of [['visie', 'visies'], ['plan', 'plannen'], ['agenda-regionaal', 'agendas']]) {
      expect(firstLine(`content/documenten/regioplan-proef-2024/${file}.yaml`)).toBe(`# yaml-language-server: $schema=../../../schemas/json/${schema}.schema.json`);
    }
  });

  it('samenwerking: writes the collaboration and validates', () => {
    const run = nieuw('samenwerking', 'proef-samenwerking', '--naam', 'Proefsamenwerking', '--samenvatting', 'Een proef.', '--regios', 'regio-proef,alkmaar',
      '--document', 'regioplan-proef-2024', '--rol', 'deelnemer', '--citaat', 'De regio’s werken samen: zo staat het er.');
    expect(run.out).toContain('Inhoud in orde');
    expect(run.status).toBe(0);
    expect(firstLine('content/samenwerkingen/proef-samenwerking.yaml')).toBe('# yaml-language-server: $schema=../../schemas/json/samenwerkingen.schema.json');
  });

  it('refuses unknown references and existing files before writing anything', () => {
    const unknown = nieuw('regio', 'regio-fout', '--naam', 'Fout', '--provincies', 'noord-holland', '--gemeenten', 'aalsmeer,wierdenn', '--bron', 'regioplan-proef-2024', '--jaar', '2024');
    expect(unknown.status).toBe(1);
    expect(unknown.out).toContain('gemeente "wierdenn" bestaat niet');
    expect(existsSync(join(root, 'content/regio/regio-fout'))).toBe(false);
    expect(nieuw('visie', 'regioplan-proef-2024', '--regios', 'regio-proef').out).toContain('bestaat al');
    expect(nieuw('document', 'nog-een', '--titel', 'x', '--soort', 'regiovisie', '--uitgever', 'x', '--datum', '2024-01-01', '--bronbestand', '999_0000000000000000.txt', '--samenvatting', 'x').out).toContain('bronnen/999_0000000000000000.txt bestaat niet');
  });

  it('refuses a tile on an occupied place and names free places nearby', () => {
    const run = nieuw('regio', 'regio-bezet', '--naam', 'Regio Bezet', '--provincies', 'utrecht', '--gemeenten', 'utrecht', '--bron', 'regioplan-proef-2024', '--jaar', '2024', '--kolom', '1', '--rij', '1');
    expect(run.status).toBe(1);
    expect(run.out).toMatch(/op kolom 1, rij 1 van de tegelkaart staat al "alkmaar"; vrije plekken in de buurt: --kolom \d+ --rij \d+, --kolom \d+ --rij \d+, --kolom \d+ --rij \d+/);
    expect(existsSync(join(root, 'content/regio/regio-bezet'))).toBe(false);
  });

  it('names a missing option when not run in a terminal', () => {
    const run = nieuw('visie', 'regioplan-proef-2024');
    expect(run.status).toBe(1);
    expect(run.out).toContain('--regios ontbreekt');
  });
});
