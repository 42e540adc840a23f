/**
 * Input as a careless or hostile contributor would write it (issue "one reader"): every case
 * gets a Dutch `file:line:column` message or a safe result, never a crash or a silent skip.
 * Disk cases (hidden folders, links, names, sizes) run on a real temporary content tree.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from './content-fs.ts';
import { edit, validFiles, writeContentTree } from './fixtures.ts';
import { LIMITS } from './limits.ts';
import { formatProblem } from './report.ts';
import { validateContent, type ContentFile } from './validate.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function writeTree(files: ContentFile[]): string {
  const root = mkdtempSync(join(tmpdir(), 'regiodossiers-hostile-'));
  roots.push(root);
  writeContentTree(root, files);
  return root;
}

const problemsOnDisk = (root: string) => loadContent(root).problems.map(formatProblem);
const problemsOf = (files: ContentFile[]) => validateContent(files).problems.map(formatProblem);
const replaceIn = (path: string, from: string, to: string) => problemsOf(edit(validFiles(), path, from, to));

describe('the walk refuses what Astro would read differently', () => {
  it('a hidden region folder fails (Astro would skip it and its municipalities would lose their region)', () => {
    const files = validFiles().map((file) => ({ ...file, path: file.path.replace('regio/west-brabant-west/', 'regio/.west-brabant-west/') }));
    const problems = problemsOnDisk(writeTree(files));
    expect(problems[0]).toBe('content/regio/.west-brabant-west:1:1 verborgen map ".west-brabant-west" is niet toegestaan in content/: hernoem of verwijder het (een naam die met een punt begint wordt niet gepubliceerd)');
    // Its municipality is then reported as belonging to no region: the consequence, after the cause.
    expect(problems).toContain('content/gemeenten.yaml:7:3 [2].id: gemeente "roosendaal" hoort bij geen enkele regio; voeg haar toe aan "members" in een content/regio/<slug>/regio.yaml');
  });

  it('a symbolic link to MDX outside the repository fails, and its text is never read', () => {
    const root = writeTree(validFiles());
    const outside = join(root, 'buiten.mdx');
    writeFileSync(outside, '<script>alert(1)</script>\n\nexport const x = 1\n\n{process.exit(1)}\n');
    mkdirSync(join(root, 'content/documenten/regioprofielen-2013'), { recursive: true });
    symlinkSync(outside, join(root, 'content/documenten/regioprofielen-2013/tekst.mdx'));
    const result = loadContent(root);
    expect(result.problems.map(formatProblem)).toEqual([
      'content/documenten/regioprofielen-2013/tekst.mdx:1:1 een symbolische link is niet toegestaan in content/: zet het bestand of de map zelf hier neer',
    ]);
    expect(result.store.get('documentteksten')!.size).toBe(0);
  });

  it('a symbolic link to a system file with an agenda name fails', () => {
    const root = writeTree(validFiles());
    symlinkSync('/etc/hostname', join(root, 'content/documenten/regioprofielen-2013/agenda-x.yaml'));
    expect(problemsOnDisk(root)).toEqual([
      'content/documenten/regioprofielen-2013/agenda-x.yaml:1:1 een symbolische link is niet toegestaan in content/: zet het bestand of de map zelf hier neer',
    ]);
  });

  it('folder and file names must be slugs: spaces, capitals, a zero-width space', () => {
    const files = [
      ...validFiles(),
      { path: 'content/regio/West Brabant OOST/regio.yaml', text: 'name: X\n' },
      { path: 'content/regio/alk\u200bmaar/regio.yaml', text: 'name: X\n' },
      { path: 'content/documenten/regioprofielen-2013/Agenda.yaml', text: 'x: 1\n' },
    ];
    expect(problemsOnDisk(writeTree(files))).toEqual([
      'content/documenten/regioprofielen-2013/Agenda.yaml:1:1 bestandsnaam "Agenda.yaml" is niet toegestaan: gebruik kleine letters a-z, cijfers en enkele koppeltekens, met de extensie .yaml of .mdx (bijv. "agenda-2021.yaml")',
      'content/regio/alk\u200bmaar:1:1 mapnaam "alk<U+200B>maar" is geen geldige slug: alleen kleine letters a-z, cijfers en enkele koppeltekens (bijv. "west-brabant-oost"); de naam wordt deel van het webadres',
      'content/regio/West Brabant OOST:1:1 mapnaam "West<U+0020>Brabant<U+0020>OOST" is geen geldige slug: alleen kleine letters a-z, cijfers en enkele koppeltekens (bijv. "west-brabant-oost"); de naam wordt deel van het webadres',
    ]);
  });

  it(`a file over ${LIMITS.fileBytes / 1024 / 1024} MB is refused before it is parsed`, () => {
    const files = [...validFiles(), { path: 'content/documenten/regioprofielen-2013/agenda-groot.yaml', text: `# ${'x'.repeat(50 * 1024 * 1024)}\n` }];
    expect(problemsOnDisk(writeTree(files))).toEqual([
      'content/documenten/regioprofielen-2013/agenda-groot.yaml:1:1 bestand is te groot (50,0 MB); hoogstens 8,0 MB per bestand',
    ]);
  });

  it('a file that is not UTF-8 is refused', () => {
    const root = writeTree(validFiles());
    writeFileSync(join(root, 'content/gemeenten.yaml'), Buffer.from([0x2d, 0x20, 0x69, 0x64, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    expect(problemsOnDisk(root)[0]).toBe('content/gemeenten.yaml:1:1 het bestand is geen geldige UTF-8-tekst; sla het op als UTF-8');
  });

  it('something that is not a regular file (a named pipe) is reported, not read', () => {
    const root = writeTree(validFiles());
    mkdirSync(join(root, 'content/documenten/regioprofielen-2013/visie.yaml'));
    expect(problemsOnDisk(root)).toContain(
      'content/documenten/regioprofielen-2013/visie.yaml:1:1 mapnaam "visie.yaml" is geen geldige slug: alleen kleine letters a-z, cijfers en enkele koppeltekens (bijv. "west-brabant-oost"); de naam wordt deel van het webadres',
    );
  });
});

describe('YAML that used to crash is located', () => {
  it('an alias explosion ("billion laughs") is capped', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', ''].join('\n');
    expect(replaceIn('content/regio/alkmaar/regio.yaml', 'name: Regio Alkmaar\n', `name: Regio Alkmaar\n${bomb}`)).toEqual([
      `content/regio/alkmaar/regio.yaml:1:1 ongeldige YAML: verwijzingen (*naam) naar ankers (&naam) zouden de inhoud te groot maken; hoogstens ${LIMITS.aliases} uitgeklapte verwijzingen per bestand`,
    ]);
  });

  it('many plain aliases are capped with the line of the first one over the limit', () => {
    const many = `list: [${Array.from({ length: LIMITS.aliases + 5 }, () => '*x').join(', ')}]\n`;
    expect(replaceIn('content/regio/alkmaar/regio.yaml', 'name: Regio Alkmaar\n', `name: Regio Alkmaar\nanchor: &x 1\n${many}`)).toEqual([
      `content/regio/alkmaar/regio.yaml:3:${8 + LIMITS.aliases * 4} ongeldige YAML: te veel verwijzingen (*naam) naar ankers: hoogstens ${LIMITS.aliases} per bestand`,
    ]);
  });

  it('10,000 nested block sequences on one line do not overflow the stack', () => {
    const deep = `${'- '.repeat(10_000)}x\n`;
    const problems = replaceIn('content/regio/alkmaar/regio.yaml', 'name: Regio Alkmaar\n', `name: Regio Alkmaar\nnest:\n${deep}`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^content/regio/alkmaar/regio\\.yaml:\\d+:\\d+ .*te diep genest.*hoogstens ${LIMITS.depth} niveaus`));
  });

  it('deeply nested flow lists are capped too', () => {
    const deep = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
    const problems = replaceIn('content/regio/alkmaar/regio.yaml', 'name: Regio Alkmaar\n', `name: Regio Alkmaar\nnest: ${deep}\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/regio\/alkmaar\/regio\.yaml:2:\d+ .*te diep genest/);
  });
});

describe('strict values', () => {
  it('impossible dates, unquoted and quoted', () => {
    expect(replaceIn('content/documenten/regioprofielen-2013/document.yaml', 'date: 2013-06-20', 'date: 2013-02-30')).toEqual([
      'content/documenten/regioprofielen-2013/document.yaml:4:1 date: "2013-02-30" is geen bestaande datum',
    ]);
    expect(replaceIn('content/documenten/regioprofielen-2013/document.yaml', 'date: 2013-06-20', 'date: "2013-13-45"')).toEqual([
      'content/documenten/regioprofielen-2013/document.yaml:4:1 date: "2013-13-45" is geen bestaande datum',
    ]);
  });

  it('a date in a list of names fails (js-yaml would have made it a Date and crashed the build)', () => {
    expect(replaceIn('content/regio/alkmaar/regio.yaml', 'aliases: [Noord Kennemerland]', 'aliases: [Noord Kennemerland, 2013-01-01]')).toEqual([
      'content/regio/alkmaar/regio.yaml:3:31 aliases[1]: "2013-01-01" is een datum, maar hier hoort tekst (een naam of zin); staat de datum in het verkeerde veld?',
    ]);
  });

  it('control characters and bidirectional overrides in names', () => {
    expect(replaceIn('content/gemeenten.yaml', 'name: Alkmaar', 'name: "Alk\\0maar"')).toEqual([
      'content/gemeenten.yaml:2:9 [0].name: bevat een NUL-teken (U+0000) op teken 4; alleen gewone spaties en regeleinden zijn toegestaan',
    ]);
    expect(replaceIn('content/gemeenten.yaml', 'name: Alkmaar', 'name: "Alk\u202emaar"')).toEqual([
      'content/gemeenten.yaml:2:9 [0].name: bevat een richtingsteken (RLO, keert tekst om) (U+202E) op teken 4; alleen gewone spaties en regeleinden zijn toegestaan',
    ]);
    expect(replaceIn('content/gemeenten.yaml', 'name: Alkmaar', 'name: "Alk\\tmaar"')).toEqual([
      'content/gemeenten.yaml:2:9 [0].name: bevat een tab (U+0009) op teken 4; alleen gewone spaties en regeleinden zijn toegestaan',
    ]);
  });

  it(`a one-line text over ${LIMITS.lineCharacters.toLocaleString('nl-NL')} characters (a 1 MB title)`, () => {
    expect(replaceIn('content/documenten/regioprofielen-2013/document.yaml', 'title: Regioprofielen', `title: ${'Lang '.repeat(200_000)}`)).toEqual([
      'content/documenten/regioprofielen-2013/document.yaml:1:8 title: tekst is te lang: 999.999 tekens op één regel; hoogstens 10.000',
    ]);
  });

  it('page numbers have an upper bound, and stay within the document where its page count is known', () => {
    expect(replaceIn('content/regio/alkmaar/profiel-2013.yaml', '    page: 42\n  crisisopvang', '    page: 99999\n  crisisopvang')).toEqual([
      'content/regio/alkmaar/profiel-2013.yaml:8:5 tasks.pleegzorg.page: mag hoogstens 2000 zijn',
    ]);
    const files = edit(validFiles(), 'content/documenten/regioprofielen-2013/document.yaml', 'summary:', 'page_count: 40\nsummary:');
    expect(problemsOf(files)).toEqual([
      'content/regio/alkmaar/profiel-2013.yaml:8:5 tasks.pleegzorg.page: pagina 42 bestaat niet: het document "regioprofielen-2013" heeft 40 pagina\'s',
      'content/regio/alkmaar/profiel-2013.yaml:18:5 answers.inhoud-2.page: pagina 42 bestaat niet: het document "regioprofielen-2013" heeft 40 pagina\'s',
    ]);
  });

  it('a membership year before the year of its source', () => {
    expect(replaceIn('content/regio/alkmaar/regio.yaml', '{ municipality: alkmaar, source: regioprofielen-2013, year: 2013 }', '{ municipality: alkmaar, source: regioprofielen-2013, year: 2011 }')).toEqual([
      'content/regio/alkmaar/regio.yaml:6:59 members[0].year: jaar 2011 ligt vóór het jaar van de bron "regioprofielen-2013" (2013); een bron kan geen eerdere samenstelling vastleggen dan zijn eigen jaar',
    ]);
  });
});

describe('root cause first', () => {
  it('a broken lookup file is named once; the references into it are counted, not listed', () => {
    const problems = replaceIn('content/provincies.yaml', '- { id: noord-brabant', '- { id: noord-brabant\n  bad: [');
    expect(problems).toEqual([
      'content/provincies.yaml:1:1 6 verwijzingen naar provincie (content/provincies.yaml) in 4 andere bestanden kunnen niet worden gecontroleerd zolang content/provincies.yaml fouten bevat; los eerst de fout hierboven op',
      expect.stringMatching(/^content\/provincies\.yaml:\d+:\d+ ongeldige YAML: /),
    ]);
  });

  it('a duplicate key in gemeenten.yaml: the duplicate, and one line for everything that depends on it', () => {
    const problems = replaceIn('content/gemeenten.yaml', '  name: Bergen\n', '  name: Bergen\n  name: Bergen NH\n');
    expect(problems).toEqual([
      'content/gemeenten.yaml:1:1 3 verwijzingen naar gemeente (content/gemeenten.yaml) in 2 andere bestanden kunnen niet worden gecontroleerd zolang content/gemeenten.yaml fouten bevat; los eerst de fout hierboven op',
      'content/gemeenten.yaml:6:3 ongeldige YAML: dit veld staat twee keer in hetzelfde blok',
    ]);
  });

  it('a renamed document folder: one line for all references to it, with the likely new name', () => {
    const files = validFiles().map((file) => ({ ...file, path: file.path.replace('documenten/regioprofielen-2013/', 'documenten/regioprofielen-2013-juni/') }));
    expect(problemsOf(files)).toEqual([
      'content/regio/alkmaar/regio.yaml:6:30 members[0].source: "regioprofielen-2013" bestaat niet (5 verwijzingen in 4 bestanden, hier de eerste) (bedoelde je "regioprofielen-2013-juni"?) (is de map content/documenten/regioprofielen-2013/ hernoemd of verwijderd?); verwacht een bestaande document (content/documenten/<slug>/document.yaml)',
    ]);
  });
});
