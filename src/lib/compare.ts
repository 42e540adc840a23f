/** Comparison matrices: regions (rows) against tasks or governance questions (columns). */
import type { GovernanceItem, TaskCell } from '../../schemas/profile-2013.ts';
import { byName, type RegionNode, type SiteModel } from './model.ts';
import { GOVERNANCE_QUESTIONS } from './profile.ts';
import { oncePer } from './memo.ts';
import { levelKey } from './tasks.ts';

export interface MatrixGroup<C> {
  /** Province name, the group heading. */
  label: string;
  id: string;
  rows: { region: RegionNode; cells: (C | undefined)[] }[];
}

/** Leaf regions (those with their own profile), grouped by their first province. */
function leafRegionsByProvince(model: SiteModel) {
  const leaves = model.regions.filter((region) => region.subregions.length === 0 && model.profileById.has(region.id));
  return model.provinces
    .map((province) => ({
      label: province.name,
      id: province.id,
      regions: leaves.filter((region) => region.provinces[0] === province.id).sort(byName),
    }))
    .filter((group) => group.regions.length > 0);
}

export function taskMatrix(model: SiteModel): MatrixGroup<TaskCell>[] {
  return leafRegionsByProvince(model).map(({ label, id, regions }) => ({
    label,
    id,
    rows: regions.map((region) => ({
      region,
      cells: model.tasks.map((task) => model.profileById.get(region.id)?.tasks?.[task.id]),
    })),
  }));
}

export function governanceMatrix(model: SiteModel): MatrixGroup<GovernanceItem>[] {
  return leafRegionsByProvince(model).map(({ label, id, regions }) => ({
    label,
    id,
    rows: regions.map((region) => ({
      region,
      cells: GOVERNANCE_QUESTIONS.map((question) => model.profileById.get(region.id)?.answers[question]),
    })),
  }));
}

/** Totals per column: how many regions gave each answer or level. */
export function columnCounts<C>(groups: MatrixGroup<C>[], key: (cell: C) => string): Map<string, number>[] {
  const columns = groups[0]?.rows[0]?.cells.length ?? 0;
  return Array.from({ length: columns }, (_, column) => {
    const counts = new Map<string, number>();
    for (const group of groups) {
      for (const row of group.rows) {
        const cell = row.cells[column];
        const k = cell === undefined ? 'geen-antwoord' : key(cell);
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
    }
    return counts;
  });
}

/** Totals per task over all leaf regions; computed once per model (every matrix page shows them). */
export const taskColumnCounts = oncePer((model: SiteModel) => columnCounts(taskMatrix(model), levelKey));

/** Totals per governance question over all leaf regions; computed once per model. */
export const governanceColumnCounts = oncePer((model: SiteModel) => columnCounts(governanceMatrix(model), (cell) => cell.answer));
