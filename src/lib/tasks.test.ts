import { describe, expect, it } from 'vitest';
import { validFiles } from '../../schemas/validator/fixtures.ts';
import { validateContent } from '../../schemas/validator/validate.ts';
import { modelFromStore } from './model-from-store.ts';
import { bars, compareLevelKeys, groupByLevel, groupByStatus, levelKey, taskRowsByRegion, taskViews, tileLevel } from './tasks.ts';
import { LIST_LIMITS } from './paginate.ts';

const model = modelFromStore(validateContent(validFiles()).store);

describe('task overview', () => {
  it('lists every region or subregion with a task table, by name', () => {
    expect(taskRowsByRegion(model, 'crisisopvang').map((row) => row.region.id)).toEqual(['alkmaar', 'west-brabant-west']);
  });

  it('keys mixed levels in a fixed order and sorts them after single levels', () => {
    expect(levelKey({ level: ['regionaal', 'bovenregionaal'] })).toBe('regionaal+bovenregionaal');
    expect(levelKey({ level: ['bovenregionaal', 'lokaal'] })).toBe('lokaal+bovenregionaal');
    expect(['onduidelijk', 'regionaal+bovenregionaal', 'bovenregionaal', 'lokaal'].sort(compareLevelKeys)).toEqual([
      'lokaal', 'bovenregionaal', 'regionaal+bovenregionaal', 'onduidelijk',
    ]);
  });

  it('groups and counts by level and status', () => {
    const rows = taskRowsByRegion(model, 'crisisopvang');
    expect(groupByLevel(rows).map((g) => [g.key, g.rows.length])).toEqual([['regionaal', 1], ['regionaal+bovenregionaal', 1]]);
    expect(groupByStatus(rows).map((g) => [g.key, g.rows.length])).toEqual([['intentie', 1], ['onduidelijk', 1]]);
    expect(bars(groupByLevel(rows))).toEqual([
      { key: 'regionaal', count: 1, percent: 50 },
      { key: 'regionaal+bovenregionaal', count: 1, percent: 50 },
    ]);
  });

  it('gives a region with subregions the level its subregions share', () => {
    expect(tileLevel(model, model.regionById.get('west-brabant')!, 'pleegzorg')).toBe('subregionaal');
    expect(tileLevel(model, model.regionById.get('alkmaar')!, 'pleegzorg')).toBe('regionaal');
  });
});

describe('task page in parts', () => {
  it('keeps every row on the task page at today\'s size', () => {
    expect(taskViews(model, 'crisisopvang')).toMatchObject({ split: false, provinces: [] });
  });

  it('moves the rows to pages per province above the row limit, each row in each of its provinces', () => {
    const copies = Math.ceil((LIST_LIMITS.taskRows * 3) / model.regions.length);
    const regions = Array.from({ length: copies }, (_, i) => model.regions.map((region) => ({ ...region, id: `${region.id}-k${i}` }))).flat();
    const profileById = new Map(regions.map((region) => [region.id, model.profileById.get(region.id.replace(/-k\d+$/, ''))!]));
    const big = { ...model, regions, profileById };
    const { rows, split, provinces } = taskViews(big, 'crisisopvang');
    expect(split).toBe(true);
    expect(provinces.reduce((sum, view) => sum + view.count, 0)).toBe(rows.reduce((sum, row) => sum + row.region.provinces.length, 0));
    for (const view of provinces) {
      expect(view.pages[0]!.path).toBe(`/taak/crisisopvang/${view.province.id}/`);
      expect(view.pages.flatMap((page) => page.items).every((row) => row.region.provinces.includes(view.province.id))).toBe(true);
      expect(view.pages.every((page) => page.items.length <= LIST_LIMITS.taskRows)).toBe(true);
    }
  });
});
