import { describe, expect, it } from 'vitest';
import { edit, validFiles } from '../../schemas/validator/fixtures.ts';
import { validateContent } from '../../schemas/validator/validate.ts';
import { modelFromStore } from './model-from-store.ts';
import { buildSearchMeta, searchFilterValues } from './search-meta.ts';
import { latestMemberships } from './search-membership.ts';
import { namesFirst, readFilters } from './search-results.ts';

const model = modelFromStore(validateContent(validFiles()).store);

describe('latestMemberships', () => {
  it('gives the region of the most recent year only', () => {
    // A later source puts Roosendaal in Regio Alkmaar as well: the later one wins.
    const files = edit(
      validFiles(),
      'content/regio/alkmaar/regio.yaml',
      '  - { municipality: bergen-nh, source: regioprofielen-2013, year: 2013 }\n',
      '  - { municipality: bergen-nh, source: regioprofielen-2013, year: 2013 }\n  - { municipality: roosendaal, source: regioprofielen-2013, year: 2018 }\n',
    );
    const later = modelFromStore(validateContent(files).store);
    expect(later.regions.flatMap((r) => r.members).filter((m) => m.municipality === 'roosendaal')).toHaveLength(2);
    expect(latestMemberships(later, 'roosendaal').map((m) => [m.region.id, m.year])).toEqual([['alkmaar', 2018]]);
    expect(latestMemberships(model, 'bergen-nh').map((m) => [m.region.id, m.year])).toEqual([['alkmaar', 2013]]);
  });
  it('is empty for a municipality without a region', () => {
    expect(latestMemberships(model, 'geen-gemeente')).toEqual([]);
  });
});

describe('buildSearchMeta', () => {
  const meta = buildSearchMeta(model);
  it('leaves municipality and choice pages out: the names index answers for them', () => {
    expect(meta.get('/gemeente/bergen-nh/')).toBeUndefined();
    expect([...meta.keys()].some((path) => path.startsWith('/gemeente/'))).toBe(false);
  });
  it('indexes a region under its former names and summarises it', () => {
    const region = meta.get('/regio/alkmaar/')!;
    expect(region.names).toEqual(['Noord Kennemerland']);
    expect(region.summary).toMatch(/^Regio in Noord-Holland met 2 gemeenten volgens de bron van 2013\. Vroeger of ook: Noord Kennemerland\.$/);
  });
  it('summarises action lines, and indexes a collaboration under its other names', () => {
    expect(meta.get('/actielijn/betere-toegang/')).toMatchObject({ kind: 'search.kind.actionLine', summary: expect.stringMatching(/^Actielijn 1 van .*: Sneller de juiste hulp\.$/) as string });
    const withCollaboration = buildSearchMeta(model, [
      { id: 'nh', name: 'Bovenregionale samenwerking', short_name: 'Samenwerking', aliases: ['BORN'], summary: 'Samen.', members: [{ region: 'alkmaar' }], documents: ['regioprofielen-2013'] },
    ]);
    expect(withCollaboration.get('/samenwerking/nh/')).toEqual({
      kind: 'search.kind.collaboration',
      summary: 'Samen.',
      names: ['Bovenregionale samenwerking', 'Samenwerking', 'BORN'],
      provinces: ['Noord-Holland'],
      years: [2013],
    });
  });
  it('offers the provinces and years that pages carry as filter values', () => {
    expect(searchFilterValues(model)).toEqual({ provinces: ['Noord-Brabant', 'Noord-Holland'], years: expect.arrayContaining([2013]) as number[] });
  });
});

describe('results page helpers', () => {
  it('reads kind, province and year from the form, leaving out empty ones', () => {
    const data = new FormData();
    data.append('q', 'x');
    data.append('soort', "Regio's");
    data.append('soort', 'Gemeenten');
    data.append('provincie', '');
    data.append('jaar', '2018');
    expect(readFilters(data)).toEqual({ soort: ["Regio's", 'Gemeenten'], jaar: ['2018'] });
  });
  it('moves pages whose name equals the query to the front, then names that start with it, keeping the rest in order', () => {
    const results = [
      { meta: { title: 'Regio Alkmaar' } },
      { meta: { title: 'Bergen op Zoom' } },
      { meta: { title: 'Zuid-Kennemerland' } },
      { meta: { title: 'Bergen (NH.)', namen: 'Bergen' } },
      { meta: { title: 'Bergen' } },
    ];
    expect(namesFirst(results, 'bergen').map((r) => r.meta.title)).toEqual(['Bergen (NH.)', 'Bergen', 'Bergen op Zoom', 'Regio Alkmaar', 'Zuid-Kennemerland']);
    expect(namesFirst(results, 'Noord Kennemerland').map((r) => r.meta.title)).toEqual(results.map((r) => r.meta.title));
  });
});
