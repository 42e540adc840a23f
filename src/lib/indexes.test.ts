import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../schemas/validator/content-fs.ts';
import { modelFromStore } from './model-from-store.ts';
import { documentIndex, documentRows, regionIndex } from './indexes.ts';
import { timelineYear } from './plans.ts';

const model = modelFromStore(loadContent(fileURLToPath(new URL('../../', import.meta.url))).store);

describe('region index', () => {
  const rows = regionIndex(model);
  it('lists every region once, with its subregions under it', () => {
    const ids = rows.flatMap((row) => [row.region.id, ...row.subregions.map((sub) => sub.region.id)]);
    expect(ids.sort()).toEqual(model.regions.map((region) => region.id).sort());
    expect(rows.find((row) => row.region.id === 'west-brabant')?.subregions.map((sub) => sub.region.id)).toEqual(model.regionById.get('west-brabant')!.subregions);
  });

  it('counts members per the most recent source (Regio Alkmaar: 7 in 2018)', () => {
    const alkmaar = rows.find((row) => row.region.id === 'alkmaar')!;
    expect([alkmaar.memberCount, alkmaar.year, alkmaar.provinces]).toEqual([7, 2018, ['Noord-Holland']]);
  });
});

describe('document index', () => {
  it('has every document, newest first', () => {
    const documents = documentIndex(model);
    expect(documents).toHaveLength(model.documents.length);
    expect(documents.at(-1)?.id).toBe('regioprofielen-2013');
    const years = documents.map((d) => timelineYear(d) ?? Number.POSITIVE_INFINITY);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });
});

describe('document rows', async () => {
  const { plansFromStore } = await import('./plans.ts');
  const plans = plansFromStore(loadContent(fileURLToPath(new URL('../../', import.meta.url))).store);
  it('mark the 2013 profiles as all regions and name the regions of a shared vision', () => {
    const rows = documentRows(plans);
    expect(rows.find((row) => row.document.id === 'regioprofielen-2013')).toMatchObject({ allRegions: true, regions: [] });
    expect(rows.find((row) => row.document.id === 'regiovisie-zuid-kennemerland-ijmond')!.regions.map((r) => r.id).sort()).toEqual(['ijmond', 'zuid-kennemerland']);
  });
});
