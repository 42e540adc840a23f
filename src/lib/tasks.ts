/**
 * How regions organise one of the 11 tasks (2013 profiles): rows per region, grouped and
 * counted by level and status, for the task pages and the task tile map.
 */
import { LEVELS, STATUSES, type Status, type TaskCell } from '../../schemas/profile-2013.ts';
import { byName, type RegionNode, type SiteModel } from './model.ts';
import { LIST_LIMITS, needsSplit, provincePages, type ProvincePages } from './paginate.ts';
import { oncePer } from './memo.ts';
import { paths } from './url.ts';

/** A level key: one level (`regionaal`), a combination (`bovenregionaal+regionaal`) or `onduidelijk`. */
export type LevelKey = string;

/** Keys by level list: the same cells are counted on many pages (task pages, matrices, region summaries). */
const keyOfLevels = oncePer((levels: readonly string[]): LevelKey => [...levels].sort((a, b) => levelRank(a) - levelRank(b)).join('+'));

export const levelKey = (cell: Pick<TaskCell, 'level'>): LevelKey => keyOfLevels(cell.level);

function levelRank(level: string): number {
  const index = (LEVELS as readonly string[]).indexOf(level);
  return index === -1 ? LEVELS.length : index;
}

/** Order for display: single levels from local to supra-regional, then combinations, then unclear. */
export function compareLevelKeys(a: LevelKey, b: LevelKey): number {
  const weight = (key: LevelKey) => (key === 'onduidelijk' ? 1000 : key.split('+').length * 100 + levelRank(key.split('+')[0]!));
  return weight(a) - weight(b) || a.localeCompare(b);
}

export interface TaskRegionRow {
  region: RegionNode;
  cell: TaskCell;
}

/** Every region or subregion with a task table, and its cell for this task, by name. */
export function taskRowsByRegion(model: SiteModel, taskId: string): TaskRegionRow[] {
  return model.regions
    .flatMap((region) => {
      const cell = model.profileById.get(region.id)?.tasks?.[taskId];
      return cell ? [{ region, cell }] : [];
    })
    .sort((a, b) => byName(a.region, b.region));
}

export interface Group<K> {
  key: K;
  rows: TaskRegionRow[];
}

export function groupByLevel(rows: TaskRegionRow[]): Group<LevelKey>[] {
  const groups = new Map<LevelKey, TaskRegionRow[]>();
  for (const row of rows) {
    const key = levelKey(row.cell);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups].map(([key, rows]) => ({ key, rows })).sort((a, b) => compareLevelKeys(a.key, b.key));
}

export function groupByStatus(rows: TaskRegionRow[]): Group<Status>[] {
  return STATUSES.map((key) => ({ key, rows: rows.filter((row) => row.cell.status === key) })).filter((group) => group.rows.length > 0);
}

/** Bars for a chart: share of the total per group, in whole percent (for widths) and counts. */
export function bars<K>(groups: Group<K>[]): { key: K; count: number; percent: number }[] {
  const total = groups.reduce((sum, group) => sum + group.rows.length, 0);
  return groups.map((group) => ({ key: group.key, count: group.rows.length, percent: total === 0 ? 0 : Math.round((group.rows.length / total) * 100) }));
}

/**
 * The level to show on a region's tile for one task: its own, or its subregions' when they
 * agree; `verschilt` when subregions answered differently; undefined without a profile.
 */
export function tileLevel(model: SiteModel, region: RegionNode, taskId: string): LevelKey | 'verschilt' | undefined {
  const ids = region.subregions.length > 0 ? region.subregions : [region.id];
  const keys = new Set(ids.flatMap((id) => {
    const cell = model.profileById.get(id)?.tasks?.[taskId];
    return cell ? [levelKey(cell)] : [];
  }));
  if (keys.size === 0) return undefined;
  return keys.size === 1 ? [...keys][0] : 'verschilt';
}

export type TaskProvinceView = ProvincePages<SiteModel['provinces'][number], TaskRegionRow>;

/**
 * A task page in parts (issue 13): above the row limit the task page keeps its counts and lists
 * the provinces, and each province has its own page(s) with the tables, at
 * /taak/<task>/<province>/ (a task page has no other sub-pages, so a province id cannot collide).
 * `provinces` is empty while the task page holds every row. Built once per model and task.
 */
export function taskViews(model: SiteModel, taskId: string): { rows: TaskRegionRow[]; split: boolean; provinces: TaskProvinceView[] } {
  const perTask = taskViewCache(model);
  let views = perTask.get(taskId);
  if (!views) {
    const rows = taskRowsByRegion(model, taskId);
    const split = needsSplit(rows.length, LIST_LIMITS.taskRows);
    const provinces = split ? provincePages(model.provinces, rows, (row) => row.region.provinces, LIST_LIMITS.taskRows, (province) => `${paths.task(taskId)}${province.id}/`) : [];
    views = { rows, split, provinces };
    perTask.set(taskId, views);
  }
  return views;
}
const taskViewCache = oncePer((_: SiteModel) => new Map<string, { rows: TaskRegionRow[]; split: boolean; provinces: TaskProvinceView[] }>());
