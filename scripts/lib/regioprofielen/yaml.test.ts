import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toYaml } from './yaml.ts';

describe('toYaml', () => {
  const data = {
    name: "'s-Hertogenbosch",
    aliases: [],
    members: [{ municipality: 'bergen-nh', source: 'regioprofielen-2013', year: 2013 }],
    tasks: { pleegzorg: { level_source: 'Regionaal', level: ['regionaal'] }, crisisopvang: { level: ['lokaal', 'bovenregionaal'] } },
    answers: {
      'bestuur-1a': {
        answer: 'ja',
        text: 'Ja: een lange tekst met "aanhalingstekens", een # hekje, € en ’s, � en een dubbele punt: die over meer dan honderd tekens gaat, zodat hij wordt gevouwen.',
        page: 5,
      },
      'inhoud-2': { text: '- Begint met een streepje' },
      'inhoud-3': { text: 'Nee' },
    },
  };
  const text = toYaml(data, '# Kop');

  it('is read back the same by both YAML parsers', () => {
    const expected = { ...data, tasks: { pleegzorg: { level_source: 'Regionaal', level: 'regionaal' }, crisisopvang: { level: ['lokaal', 'bovenregionaal'] } } };
    delete (expected as { aliases?: unknown }).aliases;
    expect(parse(text)).toEqual(expected);
    expect(jsYaml.load(text)).toEqual(expected);
  });

  it('writes small records and plain lists on one line, a single level without brackets', () => {
    expect(text).toContain('  - { municipality: bergen-nh, source: regioprofielen-2013, year: 2013 }');
    expect(text).toContain('level: [ lokaal, bovenregionaal ]');
    expect(text).toMatch(/level: regionaal\n/);
    expect(text).not.toContain('aliases');
  });
});
