import { describe, expect, it } from 'vitest';
import { freeTile, nearestFree, regionFile } from './scaffold.ts';

describe('tile places', () => {
  const taken = [{ col: 0, row: 0 }, { col: 1, row: 0 }, { col: 0, row: 1 }];
  it('finds the first free place row by row', () => {
    expect(freeTile(taken)).toEqual({ col: 2, row: 0 });
  });
  it('names the free places nearest to an occupied one', () => {
    expect(nearestFree(taken, { col: 0, row: 0 })).toEqual([{ col: 2, row: 0 }, { col: 1, row: 1 }, { col: 0, row: 2 }]);
  });
});

describe('regionFile', () => {
  it('writes the schema line, the facts and one member line per municipality', () => {
    expect(regionFile({ slug: 'regio-x', name: 'Regio X: oost', provinces: ['utrecht'], municipalities: ['a', 'b'], source: 'doc', year: 2024 })).toBe(
      [
        '# yaml-language-server: $schema=../../../schemas/json/regios.schema.json',
        '# Regio X: oost: naam en gemeenten. Elk veld is beschreven in schemas/region.ts; zie ook content/README.md.',
        'name: "Regio X: oost"',
        'kind: regio',
        '# Vroegere namen en andere spellingen uit de bronnen; de zoekfunctie vindt ze, en /regio/<naam>/ leidt hierheen.',
        'aliases: []',
        'provinces: [utrecht]',
        '# Elke gemeente met het document dat haar bij deze regio noemt (source) en het jaar dat dat document beschrijft.',
        'members:',
        '  - { municipality: a, source: doc, year: 2024 }',
        '  - { municipality: b, source: doc, year: 2024 }',
        '',
      ].join('\n'),
    );
  });
});
