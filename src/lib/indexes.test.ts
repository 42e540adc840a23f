import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../schemas/validator/content-fs.ts';
import { modelFromStore } from './model-from-store.ts';
import { documentIndex, documentRows, regionIndex, regionViews } from './indexes.ts';
import { LIST_LIMITS } from './paginate.ts';
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

describe('region list in parts', () => {
  it('stays whole at today\'s size', () => {
    expect(regionViews(model)).toMatchObject({ split: false, provinces: [] });
  });

  it('splits per province above the home page\'s limit, under /regio/provincie_<id>/', () => {
    const top = model.regions.filter((region) => region.kind === 'regio');
    const copies = Math.ceil((LIST_LIMITS.homeRegions + 1) / top.length);
    const regions = Array.from({ length: copies }, (_, i) => top.map((region) => ({ ...region, id: `${region.id}-k${i}` }))).flat();
    const { rows, split, provinces } = regionViews({ ...model, regions });
    expect(split).toBe(true);
    expect(provinces.map((view) => view.pages[0]!.path)).toContain('/regio/provincie_noord-holland/');
    expect(provinces.reduce((sum, view) => sum + view.count, 0)).toBe(rows.reduce((sum, row) => sum + row.region.provinces.length, 0));
    expect(provinces.every((view) => view.pages.every((page) => page.items.length <= LIST_LIMITS.regionRows))).toBe(true);
  });
});
