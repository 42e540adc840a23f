import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { comparePages, formatChanges, pagePath, pageText } from './change-preview.ts';

const page = (title: string, body: string, asset = 'a1b2') =>
  `<!doctype html><html lang="nl"><head><title>${title}</title><link rel="stylesheet" href="/_astro/x.${asset}.css"><script type="module" src="/s.${asset}.js"></script></head><body><header><a href="/">Regiodossiers</a></header><main>${body}</main></body></html>`;

describe('pageText', () => {
  it('keeps the title and the text, one line per block, without scripts, styles and markup', () => {
    const html = '<html><head><title>Regio &amp; co</title></head><body><h1 class="x">Regio  Alkmaar</h1><p>Zeven <strong>gemeenten</strong>&nbsp;samen.</p><script>var a = 1;</script><style>.x{}</style></body></html>';
    expect(pageText(html)).toBe('Regio & co\nRegio Alkmaar\nZeven gemeenten samen.');
  });

  it('names pages by their site path', () => {
    expect(['index.html', 'regio/alkmaar/index.html', '404.html'].map(pagePath)).toEqual(['', 'regio/alkmaar/', '404.html']);
  });
});

describe('comparePages', () => {
  it('lists added, removed and changed pages with the lines that changed', () => {
    const base = new Map([['a/', 'A\nregel 1\nregel 2'], ['b/', 'B'], ['c/', 'C']]);
    const head = new Map([['a/', 'A\nregel 1\nregel 3'], ['c/', 'C'], ['d/', 'D']]);
    expect(comparePages(base, head)).toEqual({
      added: ['d/'],
      removed: ['b/'],
      changed: [{ path: 'a/', removedLines: ['regel 2'], addedLines: ['regel 3'] }],
      unchanged: 1,
    });
  });

  it('says so when no page changes', () => {
    expect(formatChanges(comparePages(new Map([['a/', 'A']]), new Map([['a/', 'A']])))).toContain("Geen enkele pagina verandert van tekst (1 pagina's vergeleken).");
  });
});

/** Two commits of a small built site in a temporary git repository, as CI compares base and head. */
describe('scripts/change-preview.ts on two commits of fixture content', () => {
  const root = mkdtempSync(join(tmpdir(), 'change-preview-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const repo = join(root, 'repo');
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], { encoding: 'utf8' }).trim();
  const write = (files: Record<string, string>) => {
    rmSync(join(repo, 'dist'), { recursive: true, force: true });
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(repo, 'dist', file)), { recursive: true });
      writeFileSync(join(repo, 'dist', file), text);
    }
  };
  const checkout = (commit: string, dir: string) => {
    mkdirSync(dir);
    execFileSync('sh', ['-c', `git -C "${repo}" archive "${commit}" dist | tar -x -C "${dir}"`]);
    return join(dir, 'dist');
  };

  mkdirSync(repo);
  git('init', '-q');
  write({
    'index.html': page('Regiodossiers', '<h1>Regio’s</h1><p>43 regio’s</p>'),
    'regio/alkmaar/index.html': page('Regio Alkmaar', '<h1>Regio Alkmaar</h1><p>7 gemeenten</p>'),
    'regio/oud/index.html': page('Oude regio', '<h1>Oude regio</h1>'),
    '404.html': page('Niet gevonden', '<h1>Niet gevonden</h1>'),
    'pagefind/fragment.html': '<p>index</p>',
  });
  git('add', '-A');
  git('commit', '-qm', 'base');
  const base = git('rev-parse', 'HEAD');
  write({
    // Same text, other asset hashes and classes: not a change a reader sees.
    'index.html': page('Regiodossiers', '<h1 class="groot">Regio’s</h1><p>43 regio’s</p>', 'c3d4'),
    'regio/alkmaar/index.html': page('Regio Alkmaar', '<h1>Regio Alkmaar</h1><p>8 gemeenten</p><p>Nieuwe visie</p>'),
    'regio/nieuw/index.html': page('Nieuwe regio', '<h1>Nieuwe regio</h1>'),
    '404.html': page('Niet gevonden', '<h1>Niet gevonden</h1>'),
    'pagefind/fragment.html': '<p>index 2</p>',
  });
  git('add', '-A');
  git('commit', '-qm', 'head');
  const head = git('rev-parse', 'HEAD');

  it('lists the pages added, removed and changed between the two commits, with the changed lines', () => {
    const script = fileURLToPath(new URL('../change-preview.ts', import.meta.url));
    const out = execFileSync(process.execPath, [script, checkout(base, join(root, 'base')), checkout(head, join(root, 'head')), '/regiodossiers/'], { encoding: 'utf8' });
    expect(out).toBe(
      [
        '## Wat deze wijziging aan de site verandert',
        '',
        '1 nieuw, 1 verdwenen, 1 gewijzigd, 2 ongewijzigd.',
        '',
        '### Nieuwe pagina’s (1)',
        '',
        '- `/regiodossiers/regio/nieuw/`',
        '',
        '### Verdwenen pagina’s (1)',
        '',
        '- `/regiodossiers/regio/oud/`',
        '',
        '### Gewijzigde pagina’s (1)',
        '',
        '- `/regiodossiers/regio/alkmaar/`',
        '  - weg: `7 gemeenten`',
        '  - nieuw: `8 gemeenten`',
        '  - nieuw: `Nieuwe visie`',
        '',
      ].join('\n'),
    );
  });
});
