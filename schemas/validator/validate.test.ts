import { describe, expect, it } from 'vitest';
import { edit, validFiles } from './fixtures.ts';
import { formatProblem, githubAnnotation } from './report.ts';
import { validateContent } from './validate.ts';

const problemsOf = (files = validFiles()) => validateContent(files).problems.map(formatProblem);

describe('validateContent: valid content', () => {
  it('accepts the fixture set and reads every entry', () => {
    const { problems, store } = validateContent(validFiles());
    expect(problems).toEqual([]);
    expect([...store.get('regios')!.keys()].sort()).toEqual(['alkmaar', 'west-brabant', 'west-brabant-west']);
    expect(store.get('gemeenten')!.get('bergen-nh')!.data.name).toBe('Bergen');
  });

  it('normalises an unquoted date to a string (js-yaml would make it a Date)', () => {
    const { store } = validateContent(validFiles());
    expect(store.get('documenten')!.get('regioprofielen-2013')!.data.date).toBe('2013-06-20');
  });

  it('accepts a single level without brackets and keeps mixed levels as a list', () => {
    const { store } = validateContent(validFiles());
    expect(store.get('profielen2013')!.get('west-brabant-west')!.data.tasks.pleegzorg.level).toEqual(['subregionaal']);
    expect(store.get('profielen2013')!.get('alkmaar')!.data.tasks.crisisopvang.level).toEqual(['bovenregionaal', 'regionaal']);
  });
});

describe('validateContent: bad input gets a precise Dutch error', () => {
  it('malformed YAML: file, line and column of the syntax error', () => {
    const files = edit(validFiles(), 'content/regio/alkmaar/regio.yaml', 'kind: regio\n', 'kind: regio\n  extra: 1\n');
    // Only the syntax error, nothing that follows from the file being unreadable.
    expect(problemsOf(files)).toEqual([
      'content/regio/alkmaar/regio.yaml:3:3 ongeldige YAML: verkeerde inspringing: deze regel ("extra") springt verder in dan "kind" erboven, maar die opent geen blok; zet velden van hetzelfde blok precies onder elkaar',
    ]);
  });

  it('malformed YAML: an unclosed list', () => {
    const files = edit(validFiles(), 'content/regio/alkmaar/regio.yaml', 'provinces: [noord-holland]', 'provinces: [noord-holland');
    expect(problemsOf(files)).toEqual([
      'content/regio/alkmaar/regio.yaml:5:1 ongeldige YAML: een lijst tussen [ en ] is niet afgesloten: er ontbreekt een ] vóór deze regel',
    ]);
  });

  it('duplicate key in YAML', () => {
    const files = edit(validFiles(), 'content/regio/alkmaar/regio.yaml', 'kind: regio\n', 'kind: regio\nname: Alkmaar\n');
    expect(problemsOf(files)).toEqual(['content/regio/alkmaar/regio.yaml:3:1 ongeldige YAML: dit veld staat twee keer in hetzelfde blok']);
  });

  it('unknown key: names the key and what is allowed', () => {
    const files = edit(validFiles(), 'content/regio/alkmaar/profiel-2013.yaml', '    page: 42\n  crisisopvang', '    page: 42\n    pagina: 42\n  crisisopvang');
    expect(problemsOf(files)).toEqual([
      'content/regio/alkmaar/profiel-2013.yaml:9:5 tasks.pleegzorg.pagina: onbekend veld "pagina"; toegestaan zijn: level_source, level, status_source, status, page, remark',
    ]);
  });

  it('wrong enum value: lists the allowed values', () => {
    const files = edit(validFiles(), 'content/regio/alkmaar/profiel-2013.yaml', 'level: [regionaal]', 'level: [regionnaal]');
    expect(problemsOf(files)).toEqual([
      'content/regio/alkmaar/profiel-2013.yaml:5:13 tasks.pleegzorg.level[0]: "regionnaal" is geen geldige waarde (bedoelde je "regionaal"?); kies uit lokaal, subregionaal, regionaal, bovenregionaal, onduidelijk',
    ]);
  });

  it('missing required field: points at the entry that lacks it', () => {
    const files = edit(validFiles(), 'content/gemeenten.yaml', '  name: Bergen\n', '');
    expect(problemsOf(files)).toEqual(['content/gemeenten.yaml:4:3 [1].name: verplicht veld ontbreekt (verwacht: tekst)']);
  });

  it('dangling reference: an unknown municipality in a region', () => {
    const files = edit(validFiles(), 'content/regio/alkmaar/regio.yaml', 'municipality: bergen-nh', 'municipality: bergen');
    expect(problemsOf(files)).toContain(
      'content/regio/alkmaar/regio.yaml:7:7 members[1].municipality: "bergen" bestaat niet (bedoelde je "bergen-nh"?); verwacht een bestaande gemeente (content/gemeenten.yaml)',
    );
  });

  it('dangling reference: a subregion whose parent region does not exist', () => {
    const files = edit(validFiles(), 'content/regio/west-brabant-west/regio.yaml', 'parent: west-brabant', 'parent: west-brabnt');
    expect(problemsOf(files)).toContain(
      'content/regio/west-brabant-west/regio.yaml:3:1 parent: "west-brabnt" bestaat niet (bedoelde je "west-brabant"?); verwacht een bestaande regio (content/regio/<slug>/regio.yaml)',
    );
  });

  it('duplicate slug: names both places', () => {
    const files = edit(validFiles(), 'content/gemeenten.yaml', '- id: roosendaal', '- id: alkmaar');
    expect(problemsOf(files)).toContain('content/gemeenten.yaml:7:3 [2].id: dubbele slug "alkmaar": staat ook in content/gemeenten.yaml:1');
  });

  it('a municipality in no region', () => {
    const files = edit(validFiles(), 'content/regio/alkmaar/regio.yaml', '  - { municipality: bergen-nh, source: regioprofielen-2013, year: 2013 }\n', '');
    expect(problemsOf(files)).toEqual([
      'content/gemeenten.yaml:4:3 [1].id: gemeente "bergen-nh" hoort bij geen enkele regio; voeg haar toe aan "members" in een content/regio/<slug>/regio.yaml',
    ]);
  });

  it('an incomplete task table', () => {
    const files = edit(validFiles(), 'content/regio/west-brabant-west/profiel-2013.yaml', '  crisisopvang: { level_source: Regionaal, level: regionaal, status_source: Intentie, status: intentie }\n', '');
    expect(problemsOf(files)).toEqual(['content/regio/west-brabant-west/profiel-2013.yaml:2:1 tasks: taak ontbreekt in de takentabel: crisisopvang']);
  });

  it('a region missing from the tile map, and two tiles on one place', () => {
    let files = edit(validFiles(), 'content/tegelkaart.yaml', '- { id: west-brabant, col: 0, row: 1, label: West-Brabant }\n', '');
    expect(problemsOf(files)).toEqual([
      'content/regio/west-brabant/regio.yaml:1:1 name: regio "west-brabant" staat niet op de tegelkaart; voeg een tegel toe aan content/tegelkaart.yaml',
    ]);
    files = edit(validFiles(), 'content/tegelkaart.yaml', 'col: 0, row: 1', 'col: 0, row: 0');
    expect(problemsOf(files)).toEqual(['content/tegelkaart.yaml:2:23 [1].col: tegel op dezelfde plek (kolom 0, rij 0) als "alkmaar"']);
  });

  it('an unknown file in content/', () => {
    const files = [...validFiles(), { path: 'content/regio/alkmaar/profiel-2031.yaml', text: 'a: 1\n' }];
    expect(problemsOf(files)).toEqual([
      'content/regio/alkmaar/profiel-2031.yaml:1:1 onbekend bestand: deze naam of map hoort bij geen enkele soort inhoud (zie content/README.md)',
    ]);
  });

  it('reports every problem in every file, not just the first', () => {
    let files = edit(validFiles(), 'content/regio/alkmaar/profiel-2013.yaml', 'status: intentie', 'status: intenties');
    files = edit(files, 'content/gemeenten.yaml', 'province: noord-brabant', 'province: brabant');
    files = edit(files, 'content/regio/west-brabant/regio.yaml', 'kind: regio', 'kind: gewest');
    const problems = validateContent(files).problems;
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual([
      'content/gemeenten.yaml:9',
      'content/regio/alkmaar/profiel-2013.yaml:7',
      'content/regio/west-brabant/regio.yaml:2',
    ]);
  });
});

describe('reporting', () => {
  it('formats a GitHub Actions annotation with escaped properties', () => {
    const annotation = githubAnnotation({ file: 'content/a,b.yaml', line: 3, column: 5, field: 'tasks.x', message: 'fout: 50%\nregel' });
    expect(annotation).toBe('::error file=content/a%2Cb.yaml,line=3,col=5,title=tasks.x::fout: 50%25%0Aregel');
  });
});
