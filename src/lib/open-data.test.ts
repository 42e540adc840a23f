import { describe, expect, it } from 'vitest';
import {
  csvField,
  governanceRecords,
  municipalityRecords,
  openDataFiles,
  csvCellText,
  parseCsv,
  profileRecords,
  toCsv,
  type OpenDataInput,
} from './open-data.ts';

const input = {
  tasks: [
    { id: 'pleegzorg', name: 'Pleegzorg', source_label: 'Pleegzorg', description: 'x' },
    { id: 'crisisopvang', name: 'Crisisopvang', source_label: 'Crisisopvang', description: 'x' },
  ],
  questions: [
    { id: 'bestuur-1a', part: 'bestuur', number: '1a', label: 'Visie', text: 'Is er een visie, "en" een plan?' },
    { id: 'bestuur-1b', part: 'bestuur', number: '1b', label: 'Raden', text: 'Hebben de raden ingestemd?' },
  ],
  municipalities: [
    { id: 'uitgeest', name: 'Uitgeest', aliases: [], province: 'noord-holland' },
    { id: 'bergen-nh', name: 'Bergen (NH.)', aliases: ['Bergen'], province: 'noord-holland' },
  ],
  regions: [
    {
      id: 'ijmond',
      name: 'IJmond',
      kind: 'regio',
      aliases: [],
      provinces: ['noord-holland'],
      profile_2013: { number: '26', heading: 'Regio Midden Kennemerland (IJmond)' },
      members: [{ municipality: 'uitgeest', source: 'regioprofielen-2013', year: 2013 }],
    },
    {
      id: 'alkmaar',
      name: 'Regio Alkmaar',
      kind: 'regio',
      aliases: [],
      provinces: ['noord-holland'],
      profile_2013: { number: '19', heading: 'Regio Noord Kennemerland' },
      members: [
        { municipality: 'bergen-nh', source: 'regioprofielen-2013', year: 2013 },
        { municipality: 'uitgeest', source: 'transformatieplan-alkmaar-2018-2020', year: 2018 },
      ],
    },
    { id: 'west-brabant', name: 'West-Brabant', kind: 'regio', aliases: [], provinces: ['noord-brabant'], profile_2013: { number: '34', heading: 'Regio West-Brabant' }, members: [] },
  ],
  profiles: [
    {
      id: 'ijmond',
      source: 'regioprofielen-2013',
      tasks: {
        pleegzorg: { level_source: 'Bovenregionaal (uitvoering: regionaal)', level: ['bovenregionaal', 'regionaal'], status_source: 'Intentie', status: 'intentie', page: 17 },
        crisisopvang: { level_source: 'Nog geen opvatting', level: ['onduidelijk'], status_source: 'Nog geen opvatting', status: 'nog-geen-opvatting' },
      },
      answers: { 'bestuur-1b': { text: 'Ja, "zie" hierboven,\nen verder.', answer: 'ja', page: 3 } },
    },
    {
      id: 'alkmaar',
      source: 'regioprofielen-2013',
      tasks: { pleegzorg: { level_source: 'Regionaal', level: ['regionaal'], status_source: 'Intentie', status: 'intentie' } },
      answers: { 'bestuur-1a': { text: 'Nee', answer: 'nee' } },
    },
    { id: 'west-brabant', source: 'regioprofielen-2013', intro: { text: 'Per subregio.' }, answers: {} },
  ],
} as unknown as OpenDataInput;

describe('profileRecords', () => {
  it('gives one row per region and task, in the order of the 2013 document', () => {
    expect(profileRecords(input)).toEqual([
      { regio: 'alkmaar', regio_naam: 'Regio Alkmaar', taak: 'pleegzorg', taak_naam: 'Pleegzorg', niveau: 'regionaal', niveau_bron: 'Regionaal', status: 'intentie', status_bron: 'Intentie', bron_pagina: null },
      {
        regio: 'ijmond',
        regio_naam: 'IJmond',
        taak: 'pleegzorg',
        taak_naam: 'Pleegzorg',
        niveau: 'bovenregionaal+regionaal',
        niveau_bron: 'Bovenregionaal (uitvoering: regionaal)',
        status: 'intentie',
        status_bron: 'Intentie',
        bron_pagina: 17,
      },
      { regio: 'ijmond', regio_naam: 'IJmond', taak: 'crisisopvang', taak_naam: 'Crisisopvang', niveau: 'onduidelijk', niveau_bron: 'Nog geen opvatting', status: 'nog-geen-opvatting', status_bron: 'Nog geen opvatting', bron_pagina: null },
    ]);
  });
});

describe('municipalityRecords', () => {
  it('gives one row per municipality and membership', () => {
    expect(municipalityRecords(input).map((r) => [r.gemeente, r.regio, r.bron, r.jaar])).toEqual([
      ['bergen-nh', 'alkmaar', 'regioprofielen-2013', 2013],
      ['uitgeest', 'ijmond', 'regioprofielen-2013', 2013],
      ['uitgeest', 'alkmaar', 'transformatieplan-alkmaar-2018-2020', 2018],
    ]);
  });
});

describe('governanceRecords', () => {
  it('gives one row per region with answers and question 1a-1d; unanswered rows are empty', () => {
    const rows = governanceRecords(input);
    expect(rows).toHaveLength(8);
    expect(rows.map((r) => r.regio)).not.toContain('west-brabant');
    expect(rows.find((r) => r.regio === 'ijmond' && r.vraag === 'bestuur-1a')).toMatchObject({ antwoord: '', citaat: '', bron_pagina: null });
    expect(rows.find((r) => r.regio === 'ijmond' && r.vraag === 'bestuur-1b')).toMatchObject({ antwoord: 'ja', bron_pagina: 3, vraag_tekst: 'Hebben de raden ingestemd?' });
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks, and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('zeg "ja"')).toBe('"zeg ""ja"""');
    expect(csvField('twee\nregels')).toBe('"twee\nregels"');
    expect(csvField(null)).toBe('');
    expect(csvField(17)).toBe('17');
  });

  it('neutralises text a spreadsheet would run as a formula (OWASP), and gives the text back', () => {
    const dangerous = ['=HYPERLINK("https://evil.example","klik")', '+31 6', '-2+3', '@SUM(A1)', '\tx', '\rx'];
    for (const text of dangerous) {
      const field = csvField(text);
      expect(field.startsWith(`"'`), field).toBe(true);
      expect(csvCellText(parseCsv(`${field}\r\n`)[0]![0]!)).toBe(text);
    }
    // Numbers stay numbers, ordinary text stays as it is.
    expect(csvField(-3)).toBe('-3');
    expect(csvField('Bergen (L.)')).toBe('Bergen (L.)');
    expect(csvCellText("'t Hof")).toBe("'t Hof");
  });

  it('keeps the exact text in JSON while the CSV is neutralised', () => {
    const hostile = structuredClone(input);
    hostile.municipalities[0]!.name = '=1+1';
    const files = openDataFiles(hostile);
    expect(files['gemeenten.csv']!.body).toContain(`"'=1+1"`);
    expect(JSON.parse(files['gemeenten.json']!.body).some((m: { gemeente_naam: string }) => m.gemeente_naam === '=1+1')).toBe(true);
  });

  it('writes a header row and CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [{ a: '1', b: 'x,y' }])).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it('parses back what it writes', () => {
    const files = openDataFiles(input);
    const rows = parseCsv(files['bestuur-2013.csv']!.body);
    expect(rows[0]).toEqual(['regio', 'regio_naam', 'vraag', 'vraag_tekst', 'antwoord', 'citaat', 'bron_pagina']);
    const records = governanceRecords(input);
    expect(rows.slice(1)).toEqual(records.map((r) => [r.regio, r.regio_naam, r.vraag, r.vraag_tekst, r.antwoord, r.citaat, r.bron_pagina === null ? '' : String(r.bron_pagina)]));
    expect(JSON.parse(files['bestuur-2013.json']!.body)).toEqual(records);
  });

  it('parses quoted fields with line breaks and an empty last field', () => {
    expect(parseCsv('a,b\r\n"x\r\ny",\r\n')).toEqual([
      ['a', 'b'],
      ['x\r\ny', ''],
    ]);
  });
});
