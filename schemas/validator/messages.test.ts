/**
 * Messages that say the fix: "bedoelde je", the quote hint, indentation on the right line, one
 * wording for a single value, conflicts between files, and the README's example equal to what
 * the validator really prints for the real content.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadContent } from './content-fs.ts';
import { edit, validFiles } from './fixtures.ts';
import { formatProblem } from './report.ts';
import { closest, didYouMean } from './suggest.ts';
import { validateContent } from './validate.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const replaceIn = (path: string, from: string, to: string) => validateContent(edit(validFiles(), path, from, to)).problems.map(formatProblem);

const copies: string[] = [];
afterEach(() => {
  for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A copy of the real content/ in a temporary folder, with one file changed. */
function realContentWith(path: string, change: (text: string) => string): string[] {
  const root = mkdtempSync(join(tmpdir(), 'regiodossiers-messages-'));
  copies.push(root);
  cpSync(join(REPO, 'content'), join(root, 'content'), { recursive: true });
  const file = join(root, path);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the change did not apply to ${path}`);
  writeFileSync(file, after);
  return loadContent(root).problems.map(formatProblem);
}

describe('bedoelde je …?', () => {
  it('finds the closest names: a typo, a transposition, a missing letter, accents and case', () => {
    expect(closest('wierdenn', ['wierden', 'weert', 'wijchen'])).toEqual(['wierden']);
    expect(closest('titel', ['title', 'title_note', 'short_title'])).toEqual(['title']);
    expect(closest('regionnal', ['lokaal', 'subregionaal', 'regionaal', 'bovenregionaal'])).toEqual(['regionaal']);
    expect(closest('Súdwest-Fryslan', ['sudwest-fryslan'])).toEqual(['sudwest-fryslan']);
    expect(closest('xyz', ['alkmaar', 'bergen-nh'])).toEqual([]);
    expect(didYouMean('bergen', ['bergen-nh', 'bergen-l'])).toBe(' (bedoelde je "bergen-l" of "bergen-nh"?)');
  });

  it('a misspelt municipality in a region (real content: wierdenn)', () => {
    const problems = realContentWith('content/regio/twente/regio.yaml', (text) => text.replace('municipality: wierden,', 'municipality: wierdenn,'));
    expect(problems).toContain(
      `content/regio/twente/regio.yaml:${lineOf('content/regio/twente/regio.yaml', 'municipality: wierden,')}:7 members[${memberIndex('twente', 'wierden')}].municipality: "wierdenn" bestaat niet (bedoelde je "wierden" of "woerden"?); verwacht een bestaande gemeente (content/gemeenten.yaml)`,
    );
  });

  it('a misspelt key', () => {
    expect(replaceIn('content/documenten/regioprofielen-2013/document.yaml', 'title: Regioprofielen', 'titel: Regioprofielen')).toContain(
      'content/documenten/regioprofielen-2013/document.yaml:1:1 titel: onbekend veld "titel" (bedoelde je "title"?); toegestaan zijn: title, title_note, short_title, kind, issuer, regions, collaboration, period, period_note, date, date_note, estimated_years, page_count, source_file, summary',
    );
  });

  it('a misspelt value, in a list and as a single value (named the same way, without [0])', () => {
    expect(replaceIn('content/regio/alkmaar/profiel-2013.yaml', 'level: [regionaal]', 'level: [regionnal]')).toEqual([
      'content/regio/alkmaar/profiel-2013.yaml:5:13 tasks.pleegzorg.level[0]: "regionnal" is geen geldige waarde (bedoelde je "regionaal"?); kies uit lokaal, subregionaal, regionaal, bovenregionaal, onduidelijk',
    ]);
    expect(replaceIn('content/regio/alkmaar/profiel-2013.yaml', 'level: [regionaal]', 'level: regionnal')).toEqual([
      'content/regio/alkmaar/profiel-2013.yaml:5:5 tasks.pleegzorg.level: "regionnal" is geen geldige waarde (bedoelde je "regionaal"?); kies uit lokaal, subregionaal, regionaal, bovenregionaal, onduidelijk',
    ]);
  });
});

describe('YAML mistakes explained', () => {
  it('a comma in unquoted text inside { … } : the hint to add quotes', () => {
    expect(replaceIn('content/actielijnen.yaml', 'name: Betere toegang,', 'name: Betere toegang, snel,')).toEqual([
      'content/actielijnen.yaml:1:58 [0].snel: onbekend veld "snel"; staat er een komma, dubbele punt of # in de tekst ervoor? Zet tekst met , : # [ ] { } tussen aanhalingstekens, bijv. title: "Eén visie, één plan"; toegestaan zijn: id, number, name, description',
    ]);
  });

  it('an indentation error points at the line that is off, and names its field', () => {
    expect(replaceIn('content/regio/alkmaar/profiel-2013.yaml', '    status_source: Intentie\n    status: intentie\n    page: 42', '    status_source: Intentie\n     status: intentie\n    page: 42')).toEqual([
      'content/regio/alkmaar/profiel-2013.yaml:7:6 ongeldige YAML: verkeerde inspringing: deze regel ("status") springt verder in dan "status_source" erboven, maar die opent geen blok; zet velden van hetzelfde blok precies onder elkaar',
    ]);
    expect(replaceIn('content/gemeenten.yaml', '- id: bergen-nh\n  name: Bergen', '- id: bergen-nh\n name: Bergen')).toContain(
      'content/gemeenten.yaml:5:2 ongeldige YAML: verkeerde inspringing: deze regel ("name") staat niet onder een veld van een blok erboven; laat hem even ver inspringen als de velden waar hij bij hoort',
    );
  });
});

describe('conflicts between files', () => {
  it('a former name that would give the URL of another region', () => {
    expect(replaceIn('content/regio/alkmaar/regio.yaml', 'aliases: [Noord Kennemerland]', 'aliases: [Noord Kennemerland, West-Brabant]')).toEqual([
      'content/regio/alkmaar/regio.yaml:3:31 aliases[1]: de naam "West-Brabant" geeft hetzelfde webadres als regio "west-brabant" (content/regio/west-brabant/regio.yaml); een lezer die deze naam zoekt komt dan bij de verkeerde pagina. Kies een andere slug of laat de naam weg',
    ]);
  });

  it("a municipality's other spelling that would give the URL of another municipality", () => {
    expect(replaceIn('content/gemeenten.yaml', '  name: Bergen\n', '  name: Bergen\n  aliases: [Alkmaar]\n')).toEqual([
      'content/gemeenten.yaml:6:13 [1].aliases[0]: de naam "Alkmaar" geeft hetzelfde webadres als gemeente "alkmaar" (content/gemeenten.yaml); een lezer die deze naam zoekt komt dan bij de verkeerde pagina. Kies een andere slug of laat de naam weg',
    ]);
  });

  it('two regions with the same name (a copied region)', () => {
    expect(replaceIn('content/regio/west-brabant/regio.yaml', 'name: West-Brabant', 'name: Regio Alkmaar')).toEqual([
      "content/regio/west-brabant/regio.yaml:1:1 name: twee regio's heten \"Regio Alkmaar\": ook content/regio/alkmaar/regio.yaml; geef elke regio een eigen naam",
    ]);
  });

  it('a municipality in two regions according to the same source and year', () => {
    expect(
      replaceIn('content/regio/west-brabant-west/regio.yaml', '  - { municipality: roosendaal, source: regioprofielen-2013, year: 2013 }', '  - { municipality: roosendaal, source: regioprofielen-2013, year: 2013 }\n  - { municipality: alkmaar, source: regioprofielen-2013, year: 2013 }'),
    ).toEqual([
      'content/regio/west-brabant-west/regio.yaml:7:7 members[1].municipality: "alkmaar" staat volgens regioprofielen-2013 (2013) ook bij regio "alkmaar" (content/regio/alkmaar/regio.yaml); een gemeente hoort per bron en jaar bij één regio',
    ]);
  });

  it("a vision that names a region its document does not (real content)", () => {
    const path = 'content/documenten/regiovisie-zuid-kennemerland-ijmond/document.yaml';
    const problems = realContentWith(path, (text) => text.replace('regions: [zuid-kennemerland, ijmond]', 'regions: [zuid-kennemerland]'));
    expect(problems).toContain(
      `content/documenten/regiovisie-zuid-kennemerland-ijmond/visie.yaml:${lineOf('content/documenten/regiovisie-zuid-kennemerland-ijmond/visie.yaml', 'regions:')}:30 regions[1]: regio "ijmond" staat niet bij de regio's van het document (${path}: zuid-kennemerland); zet de regio's in beide bestanden gelijk`,
    );
  });
});

describe('README', () => {
  it("the example error in the README is exactly what the validator prints for that edit of the real content", () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const example = /^\s*(content\/\S+\.yaml):(\d+):(\d+) (\S+): "([^"]+)" .*$/m.exec(readme);
    expect(example, 'README has an example line').not.toBeNull();
    const [line, file, , , field, value] = example!;
    const path = field!.replace(/\[0\]$/, '').split('.');
    // Replace only that value, so every other line stays where it is.
    const problems = realContentWith(file!, (text) => {
      const node = parseDocument(text).getIn(path, true) as { range: [number, number] };
      return `${text.slice(0, node.range[0])}[${value}]${text.slice(node.range[1])}`;
    });
    expect(problems).toContain(line!.trim());
  });
});

function lineOf(path: string, needle: string): number {
  return readFileSync(join(REPO, path), 'utf8').split('\n').findIndex((line) => line.includes(needle)) + 1;
}

function memberIndex(region: string, municipality: string): number {
  const doc = parseDocument(readFileSync(join(REPO, 'content/regio', region, 'regio.yaml'), 'utf8')).toJS() as { members: { municipality: string }[] };
  return doc.members.findIndex((member) => member.municipality === municipality);
}
