import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../schemas/validator/content-fs.ts';
import { modelFromStore } from './model-from-store.ts';
import { DIFFERS, governanceMatrixRows, matrixProvincePaths, matrixViews, NO_ANSWER, taskMatrixRows, type MatrixRow } from './matrix.ts';
import { LIST_LIMITS } from './paginate.ts';
import { levelKey } from './tasks.ts';

const model = modelFromStore(loadContent(fileURLToPath(new URL('../../', import.meta.url))).store);

// Oracles for the province views, written the plain way: rows of one province (a region crossing
// a border appears in each of its provinces) and the provinces that have a row, in model order.
const rowsOfProvince = <V>(rows: MatrixRow<V>[], provinceId: string) => rows.filter((row) => row.provinces.includes(provinceId));
const provincesWithRows = <V>(rows: MatrixRow<V>[]) => model.provinces.filter((province) => rows.some((row) => row.provinces.includes(province.id)));

describe('task matrix', () => {
  const rows = taskMatrixRows(model);

  it('has one row per region and subregion (43), subregions right after their region', () => {
    expect(rows).toHaveLength(model.regions.length);
    expect(rows).toHaveLength(43);
    const i = rows.findIndex((row) => row.region.id === 'west-brabant');
    expect(rows[i]!.derived).toBe(true);
    expect(rows.slice(i + 1, i + 3).map((row) => row.parent?.id)).toEqual(['west-brabant', 'west-brabant']);
  });

  it('cells are the level keys of the profiles, 11 per row', () => {
    for (const row of rows.filter((r) => !r.derived)) {
      expect(row.cells).toHaveLength(11);
      row.cells.forEach((cell, i) => {
        const own = model.profileById.get(row.region.id)?.tasks?.[model.tasks[i]!.id];
        expect(cell.key).toBe(own ? levelKey(own) : NO_ANSWER);
        expect(cell.value).toBe(own);
      });
    }
  });

  it('a derived row agrees with its subregions or says they differ', () => {
    const wb = rows.find((row) => row.region.id === 'west-brabant')!;
    const subs = rows.filter((row) => row.parent?.id === 'west-brabant');
    wb.cells.forEach((cell, i) => {
      const keys = new Set(subs.map((sub) => sub.cells[i]!.key));
      expect(cell.key).toBe(keys.size === 1 ? [...keys][0] : DIFFERS);
      expect(cell.value).toBeUndefined();
    });
  });

  it('ranks keys in display order: single levels first, unclear after, differing and no answer last', () => {
    const ranked = [...new Map(rows.flatMap((row) => row.cells.map((cell) => [cell.key, cell.rank] as const))).entries()].sort((a, b) => a[1] - b[1]).map(([key]) => key);
    expect(ranked[0]).toBe('lokaal');
    expect(ranked.indexOf('regionaal')).toBeLessThan(ranked.indexOf('onduidelijk'));
    if (ranked.includes(DIFFERS)) expect(ranked.indexOf(DIFFERS)).toBeGreaterThan(ranked.indexOf('onduidelijk'));
  });

  it('filters by province and lists only provinces with rows', () => {
    const nh = rowsOfProvince(rows, 'noord-holland');
    expect(nh.map((row) => row.region.id)).toContain('alkmaar');
    expect(nh.every((row) => row.provinces.includes('noord-holland'))).toBe(true);
    expect(provincesWithRows(rows)).toHaveLength(12);
  });

  it('keeps the all-regions matrix and one page per province view at today\'s size', () => {
    const { split, provinces } = matrixViews(model, rows, '/vergelijk/taken/');
    expect(split).toBe(false);
    expect(provinces.map((view) => view.pages.length)).toEqual(provinces.map(() => 1));
    const nh = provinces.find((view) => view.province.id === 'noord-holland')!;
    expect(nh.pages[0]).toMatchObject({ path: '/vergelijk/taken/noord-holland/', items: rowsOfProvince(rows, 'noord-holland') });
  });

  it('above the row limit offers provinces instead of all rows, and pages a large province', () => {
    const many = Array.from({ length: 100 }, () => rows).flat(); // as at k = 100
    const { split, provinces } = matrixViews(model, many, '/vergelijk/taken/');
    expect(split).toBe(true);
    const counted = provinces.reduce((sum, view) => sum + view.count, 0);
    expect(counted).toBe(many.reduce((sum, row) => sum + row.provinces.length, 0));
    for (const view of provinces) {
      expect(view.pages.flatMap((page) => page.items)).toHaveLength(view.count);
      expect(view.pages.every((page) => page.items.length <= LIST_LIMITS.matrixRows)).toBe(true);
    }
    expect(provinces.some((view) => view.pages.length > 1)).toBe(true);
  });
});

describe('governance matrix', () => {
  it('has 43 rows of 4 answers; Groningen answered "nee" to 1d', () => {
    const rows = governanceMatrixRows(model);
    expect(rows).toHaveLength(43);
    expect(rows.every((row) => row.cells.length === 4)).toBe(true);
    expect(rows.find((row) => row.region.id === 'groningen')!.cells[3]!.key).toBe('nee');
  });
});

describe('province views of the matrices as static paths', () => {
  it('gives one path per province at the real size (no page segment), with that province\'s rows', () => {
    for (const kind of ['tasks', 'governance'] as const) {
      const paths = matrixProvincePaths(model, kind);
      expect(paths.map((p) => p.params.provincie).sort()).toEqual((kind === 'tasks' ? provincesWithRows(taskMatrixRows(model)) : provincesWithRows(governanceMatrixRows(model))).map((p) => p.id).sort());
      expect(paths.every((p) => p.params.page === undefined && p.props.page.count === 1 && p.props.page.items.length > 0)).toBe(true);
    }
  });
});
