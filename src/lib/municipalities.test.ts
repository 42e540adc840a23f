import { describe, expect, it } from 'vitest';
import { validFiles } from '../../schemas/validator/fixtures.ts';
import { validateContent } from '../../schemas/validator/validate.ts';
import { modelFromStore } from './model-from-store.ts';
import { membershipsOf, municipalitiesOf, regionsByProvince } from './model.ts';
import { byLetter, indexLetter, municipalityIndex, neighbours } from './municipalities.ts';
import { LIST_LIMITS } from './paginate.ts';

const model = modelFromStore(validateContent(validFiles()).store);

describe('municipalities', () => {
  it('files names under their first real letter', () => {
    expect(indexLetter("'s-Hertogenbosch")).toBe('H');
    expect(indexLetter('Súdwest-Fryslân')).toBe('S');
    expect(indexLetter('Ede')).toBe('E');
    expect(byLetter(model.municipalities).map((g) => g.letter)).toEqual(['A', 'B', 'R']);
  });

  it('knows the region of a municipality, with source and year', () => {
    const [membership] = membershipsOf(model, 'roosendaal');
    expect(membership?.region.id).toBe('west-brabant-west');
    expect(membership?.source?.id).toBe('regioprofielen-2013');
    expect(membership?.year).toBe(2013);
  });

  it('lists neighbours in the same region and source', () => {
    expect(neighbours(model, 'alkmaar')[0]!.others.map((m) => m.id)).toEqual(['bergen-nh']);
  });

  it('counts the municipalities of a region through its subregions', () => {
    expect(municipalitiesOf(model, 'west-brabant').map((m) => m.id)).toEqual(['roosendaal']);
  });

  it('groups top-level regions by province', () => {
    expect(regionsByProvince(model).map((g) => [g.province.id, g.regions.map((r) => r.id)])).toEqual([
      ['noord-holland', ['alkmaar']],
      ['noord-brabant', ['west-brabant']],
    ]);
  });
});

describe('municipalities: the A-Z index in parts', () => {
  it('stays one page at today\'s size', () => {
    expect(municipalityIndex(model)).toMatchObject({ split: false });
    expect(municipalityIndex(model).letters.every((letter) => letter.pages.length === 0)).toBe(true);
  });

  it('splits per letter above the limit, with every municipality on exactly one page', () => {
    const many = Array.from({ length: LIST_LIMITS.municipalities * 3 }, (_, i) => ({ ...model.municipalities[0]!, id: `g-${i}`, name: `${i % 2 ? 'A' : "'s-B"}${i}`, aliases: [] }));
    const { split, letters } = municipalityIndex({ ...model, municipalities: many });
    expect(split).toBe(true);
    expect(letters.map((l) => [l.letter, l.path, l.count])).toEqual([['A', '/gemeente/letter_a/', many.length / 2], ['B', '/gemeente/letter_b/', many.length / 2]]);
    const pages = letters.flatMap((l) => l.pages);
    expect(pages.map((page) => page.path)).toEqual(['/gemeente/letter_a/', '/gemeente/letter_a/pagina_2/', '/gemeente/letter_b/', '/gemeente/letter_b/pagina_2/']);
    expect(pages.every((page) => page.items.length <= LIST_LIMITS.municipalities)).toBe(true);
    expect(new Set(pages.flatMap((page) => page.items.map((m) => m.id))).size).toBe(many.length);
  });
});
