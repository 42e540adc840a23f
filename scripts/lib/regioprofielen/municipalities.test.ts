import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MUNICIPALITIES } from './municipalities.ts';
import { REGIONS } from './regions.ts';

const provinces = parse(readFileSync(new URL('../../../content/provincies.yaml', import.meta.url), 'utf8')).map((p: { id: string }) => p.id);

describe('the municipalities of 2013', () => {
  it('are 408, with unique ids and names', () => {
    expect(MUNICIPALITIES).toHaveLength(408);
    expect(new Set(MUNICIPALITIES.map((m) => m.id)).size).toBe(408);
    expect(new Set(MUNICIPALITIES.map((m) => m.name)).size).toBe(408);
  });

  it('have a known province', () => {
    for (const m of MUNICIPALITIES) expect(provinces, m.id).toContain(m.province);
  });

  it('tell the two Bergens apart', () => {
    expect(MUNICIPALITIES.filter((m) => m.spellings.includes('Bergen')).map((m) => [m.id, m.province])).toEqual([
      ['bergen-nh', 'noord-holland'],
      ['bergen-l', 'limburg'],
    ]);
  });
});

describe('the regions of 2013', () => {
  it('are 41 numbered regions and 2 subregions, with unique slugs', () => {
    expect(REGIONS.filter((r) => !r.parent).map((r) => Number(r.number))).toEqual(Array.from({ length: 41 }, (_, i) => i + 1));
    expect(REGIONS.filter((r) => r.parent).map((r) => [r.number, r.slug, r.parent])).toEqual([
      ['34.1', 'west-brabant-west', 'west-brabant'],
      ['34.2', 'west-brabant-oost', 'west-brabant'],
    ]);
    expect(new Set(REGIONS.map((r) => r.slug)).size).toBe(43);
    for (const r of REGIONS) for (const p of r.provinces) expect(provinces).toContain(p);
  });
});

const SOURCE = process.env.REGIOPROFIELEN_SOURCE ?? fileURLToPath(new URL('../../../bronnen/004_5833ac47ade829ca.txt', import.meta.url));

describe('spellings', () => {
  it('only lists spellings that occur in the 2013 profiles', () => {
    const source = readFileSync(SOURCE, 'utf8').replace(/\s+/g, ' ');
    for (const m of MUNICIPALITIES) for (const spelling of m.spellings) expect(source, `${m.id}: ${spelling}`).toContain(spelling);
  });
});
