import { describe, expect, it } from 'vitest';
import { validFiles } from '../../schemas/validator/fixtures.ts';
import { validateContent } from '../../schemas/validator/validate.ts';
import { modelFromStore } from './model-from-store.ts';
import { bars, compareLevelKeys, groupByLevel, groupByStatus, levelKey, taskRowsByRegion, tileLevel } from './tasks.ts';

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
