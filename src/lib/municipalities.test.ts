import { describe, expect, it } from 'vitest';
import { validFiles } from '../../schemas/validator/fixtures.ts';
import { validateContent } from '../../schemas/validator/validate.ts';
import { modelFromStore } from './model-from-store.ts';
import { membershipsOf, municipalitiesOf, regionsByProvince } from './model.ts';
import { byLetter, indexLetter, neighbours } from './municipalities.ts';

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
