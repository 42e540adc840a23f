import { describe, expect, it } from 'vitest';
import { validFiles } from '../../schemas/validator/fixtures.ts';
import { validateContent } from '../../schemas/validator/validate.ts';
import { columnCounts, governanceColumnCounts, governanceMatrix, taskColumnCounts, taskMatrix } from './compare.ts';
import { modelFromStore } from './model-from-store.ts';
import { levelKey } from './tasks.ts';

const model = modelFromStore(validateContent(validFiles()).store);

describe('comparison matrices', () => {
  it('has one row per region with its own task table, grouped by province, one column per task', () => {
    const groups = taskMatrix(model);
    expect(groups.map((g) => [g.id, g.rows.map((r) => r.region.id)])).toEqual([
      ['noord-holland', ['alkmaar']],
      ['noord-brabant', ['west-brabant-west']],
    ]);
    expect(groups[0]!.rows[0]!.cells.map((cell) => cell?.status)).toEqual(['intentie', 'onduidelijk']);
  });

  it('counts the levels per task column', () => {
    const counts = columnCounts(taskMatrix(model), levelKey);
    expect(Object.fromEntries(counts[0]!)).toEqual({ regionaal: 1, subregionaal: 1 });
  });

  it('marks unanswered governance questions as such', () => {
    const counts = columnCounts(governanceMatrix(model), (cell) => cell.answer);
    expect(Object.fromEntries(counts[0]!)).toEqual({ 'geen-antwoord': 2 });
  });
  it('gives the whole-matrix totals once per model, equal to counting the matrix', () => {
    expect(taskColumnCounts(model)).toEqual(columnCounts(taskMatrix(model), levelKey));
    expect(taskColumnCounts(model)).toBe(taskColumnCounts(model));
    expect(governanceColumnCounts(model)).toEqual(columnCounts(governanceMatrix(model), (cell) => cell.answer));
  });
});
