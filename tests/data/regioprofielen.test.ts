/**
 * Checks on the imported 2013 profiles as they are committed under content/: complete, valid,
 * without personal data, and exported to open data without loss.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentTree } from '../../schemas/validator/content-fs.ts';
import { validateContent } from '../../schemas/validator/validate.ts';
import {
  governanceRecords,
  municipalityRecords,
  openDataFiles,
  csvCellText,
  parseCsv,
  profileRecords,
  GOVERNANCE_COLUMNS,
  MUNICIPALITY_COLUMNS,
  PROFILE_COLUMNS,
  type OpenDataInput,
} from '../../src/lib/open-data.ts';
import { findContactPersons, loadContactPersons } from '../e2e/support.ts';
import { findHashedSurnames } from '../../scripts/lib/personal-data.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { files } = readContentTree(root);
const { problems, store } = validateContent(files);
const entries = (name: Parameters<typeof store.get>[0]) => [...store.get(name)!.values()];
const regions = entries('regios').map((e) => ({ ...e.data, id: e.id }));
const profiles = entries('profielen2013').map((e) => ({ ...e.data, id: e.id }));
const municipalities = entries('gemeenten').map((e) => e.data);
const tasks = entries('taken').map((e) => e.data);
const questions = entries('vragen2013').map((e) => e.data);
const SOURCE_ID = 'regioprofielen-2013';

describe('content of the 2013 profiles', () => {
  it('passes the validator without problems', () => {
    expect(problems).toEqual([]);
  });

  it('has 41 regions with a 2013 number 1-41 and the 2 subregions of West-Brabant', () => {
    const numbered = regions.filter((r) => r.profile_2013);
    const top = numbered.filter((r) => r.kind === 'regio').map((r) => r.profile_2013.number);
    expect(top.map(Number).sort((a, b) => a - b)).toEqual(Array.from({ length: 41 }, (_, i) => i + 1));
    const sub = numbered.filter((r) => r.kind === 'subregio').map((r) => [r.id, r.profile_2013.number, r.parent]);
    expect(sub.sort()).toEqual([
      ['west-brabant-oost', '34.2', 'west-brabant'],
      ['west-brabant-west', '34.1', 'west-brabant'],
    ]);
    expect(profiles).toHaveLength(43);
  });

  it('has 42 task tables of 11 cells each', () => {
    const tables = profiles.filter((p) => p.tasks);
    expect(tables).toHaveLength(42);
    for (const p of tables) expect(Object.keys(p.tasks).sort(), p.id).toEqual(tasks.map((t) => t.id).sort());
    expect(profiles.find((p) => p.id === 'west-brabant')?.tasks).toBeUndefined();
  });

  it('puts every municipality of 2013 in exactly one 2013 region without subregions', () => {
    const parents = new Set(regions.filter((r) => r.parent).map((r) => r.parent));
    const count = new Map<string, string[]>();
    for (const region of regions) {
      for (const member of region.members.filter((m: { source: string }) => m.source === SOURCE_ID)) {
        expect(parents.has(region.id), `${region.id} heeft subregio's`).toBe(false);
        count.set(member.municipality, [...(count.get(member.municipality) ?? []), region.id]);
      }
    }
    expect(municipalities).toHaveLength(408);
    for (const m of municipalities) expect(count.get(m.id), m.id).toHaveLength(1);
  });

  it('keeps Uitgeest in IJmond in 2013 and the two Bergens apart', () => {
    const regionOf = (id: string, year: number) => regions.filter((r) => r.members.some((m: { municipality: string; year: number }) => m.municipality === id && m.year === year)).map((r) => r.id);
    expect(regionOf('uitgeest', 2013)).toEqual(['ijmond']);
    expect(regionOf('bergen-nh', 2013)).toEqual(['alkmaar']);
    expect(regionOf('bergen-l', 2013)).toEqual(['noord-limburg']);
  });
});

describe('personal data', () => {
  const texts = files.map((f) => ({ path: f.path, text: f.text }));

  it('has no e-mail address anywhere under content/', () => {
    for (const { path, text } of texts) expect(text, path).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/);
  });

  it('has none of the contact persons of the 2013 profiles, nor their surnames on their own', () => {
    // Salted hashes of the 42 contact lines (41 regions, West-Brabant answering twice); see
    // scripts/lib/personal-data.ts. Surnames: 6 or more letters and not a word of a place name.
    const persons = loadContactPersons();
    expect(persons.emails).toHaveLength(42);
    const found = texts.flatMap(({ path, text }) => [...findContactPersons(text, persons), ...findHashedSurnames(text, persons)].map((f) => `${path}: ${f.kind} (${f.masked})`));
    expect(found).toEqual([]);
  });
});

describe('open data export', () => {
  const input = { regions, profiles, tasks, municipalities, questions } as unknown as OpenDataInput;
  const out = openDataFiles(input);
  const table = (name: string) => {
    const [header, ...rows] = parseCsv(out[name]!.body);
    return { header, rows: rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, csvCellText(row[i]!)]))) };
  };

  it('regioprofielen-2013.csv holds every task cell as in the content', () => {
    const { header, rows } = table('regioprofielen-2013.csv');
    expect(header).toEqual([...PROFILE_COLUMNS]);
    expect(rows).toHaveLength(42 * 11);
    for (const row of rows) {
      const cell = profiles.find((p) => p.id === row.regio)!.tasks[row.taak!];
      expect(row.niveau).toBe(cell.level.join('+'));
      expect(row.niveau_bron).toBe(cell.level_source);
      expect(row.status).toBe(cell.status);
      expect(row.status_bron).toBe(cell.status_source);
      expect(row.bron_pagina).toBe(cell.page === undefined ? '' : String(cell.page));
      expect(row.regio_naam).toBe(regions.find((r) => r.id === row.regio)!.name);
    }
    expect(JSON.parse(out['regioprofielen-2013.json']!.body)).toEqual(profileRecords(input));
  });

  it('gemeenten.csv holds every membership', () => {
    const { header, rows } = table('gemeenten.csv');
    expect(header).toEqual([...MUNICIPALITY_COLUMNS]);
    const memberships = regions.flatMap((r) => r.members.map((m: { municipality: string; source: string; year: number }) => `${m.municipality}|${r.id}|${m.source}|${m.year}`));
    expect(rows.map((r) => `${r.gemeente}|${r.regio}|${r.bron}|${r.jaar}`).sort()).toEqual(memberships.sort());
    for (const row of rows) {
      const m = municipalities.find((x) => x.id === row.gemeente)!;
      expect([row.gemeente_naam, row.provincie]).toEqual([m.name, m.province]);
    }
    expect(JSON.parse(out['gemeenten.json']!.body)).toEqual(municipalityRecords(input));
  });

  it('bestuur-2013.csv holds every governance answer with its quotation', () => {
    const { header, rows } = table('bestuur-2013.csv');
    expect(header).toEqual([...GOVERNANCE_COLUMNS]);
    expect(rows).toHaveLength(42 * 4);
    for (const row of rows) {
      const answer = profiles.find((p) => p.id === row.regio)!.answers[row.vraag!];
      expect([row.antwoord, row.citaat]).toEqual(answer ? [answer.answer, answer.text] : ['', '']);
    }
    expect(rows.filter((r) => r.antwoord === '').map((r) => `${r.regio} ${r.vraag}`)).toEqual(['ijmond bestuur-1a']);
    expect(governanceRecords(input)).toHaveLength(168);
  });
});
