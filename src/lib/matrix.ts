/**
 * One comparison matrix for all regions and subregions (issue 9): a row per region, its
 * subregions right after it, and per column a key (level key or governance answer) with a sort
 * rank, so a page can sort by any column and filter by province without computing anything.
 * A region that answered per subregion (West-Brabant) gets a derived row: the subregions' key
 * when they agree, `verschilt` when they do not.
 */
import type { GovernanceAnswer, GovernanceItem, TaskCell } from '../../schemas/profile-2013.ts';
import { GOVERNANCE_ANSWERS } from '../../schemas/profile-2013.ts';
import type { RegionNode, SiteModel } from './model.ts';
import { GOVERNANCE_QUESTIONS } from './profile.ts';
import { compareLevelKeys, levelKey } from './tasks.ts';
import { paths } from './url.ts';
import { LIST_LIMITS, needsSplit, pageSegment, provincePages, type ProvincePages } from './paginate.ts';

/** Key of an empty cell: the region gave no answer. */
export const NO_ANSWER = 'geen-antwoord';
/** Key of a derived cell whose subregions differ. */
export const DIFFERS = 'verschilt';

export interface MatrixCell<V> {
  key: string;
  /** The region's own value; undefined for a derived or empty cell. */
  value: V | undefined;
  /** Position of `key` in the column's display order (0 = first), for sorting. */
  rank: number;
}

export interface MatrixRow<V> {
  region: RegionNode;
  /** True for a region that answered per subregion: its cells are derived from the subregions. */
  derived: boolean;
  /** For a subregion: its region. */
  parent: RegionNode | undefined;
  /** Province ids of the region (for the province filter). */
  provinces: string[];
  cells: MatrixCell<V>[];
}

interface Spec<V> {
  columns: readonly string[];
  value: (regionId: string, column: string) => V | undefined;
  key: (value: V) => string;
  order: (a: string, b: string) => number;
}

function buildRows<V>(model: SiteModel, spec: Spec<V>): MatrixRow<V>[] {
  const keyOf = (regionId: string, column: string) => {
    const value = spec.value(regionId, column);
    return value === undefined ? NO_ANSWER : spec.key(value);
  };
  const rows: (Omit<MatrixRow<V>, 'cells'> & { keys: string[]; values: (V | undefined)[] })[] = [];
  const add = (region: RegionNode, parent: RegionNode | undefined) => {
    const derived = region.subregions.length > 0;
    const keys = spec.columns.map((column) => {
      if (!derived) return keyOf(region.id, column);
      const own = new Set(region.subregions.map((id) => keyOf(id, column)));
      return own.size === 1 ? [...own][0]! : DIFFERS;
    });
    const values = spec.columns.map((column) => (derived ? undefined : spec.value(region.id, column)));
    rows.push({ region, derived, parent, provinces: region.provinces, keys, values });
  };
  for (const region of model.regions.filter((r) => r.kind === 'regio')) {
    add(region, undefined);
    for (const id of region.subregions) add(model.regionById.get(id)!, region);
  }
  const all = [...new Set(rows.flatMap((row) => row.keys))].sort((a, b) => {
    const last = (key: string) => (key === NO_ANSWER ? 2 : key === DIFFERS ? 1 : 0);
    return last(a) - last(b) || spec.order(a, b);
  });
  const rank = new Map(all.map((key, i) => [key, i]));
  return rows.map(({ keys, values, ...row }) => ({
    ...row,
    cells: keys.map((key, i) => ({ key, value: values[i], rank: rank.get(key)! })),
  }));
}

/** Tasks x regions: level keys of the 2013 task tables. */
export function taskMatrixRows(model: SiteModel): MatrixRow<TaskCell>[] {
  return buildRows<TaskCell>(model, {
    columns: model.tasks.map((task) => task.id),
    value: (regionId, taskId) => model.profileById.get(regionId)?.tasks?.[taskId],
    key: levelKey,
    order: compareLevelKeys,
  });
}

/** Governance questions 1a-1d x regions: the normalised answers. */
export function governanceMatrixRows(model: SiteModel): MatrixRow<GovernanceItem>[] {
  const order = (a: string, b: string) => GOVERNANCE_ANSWERS.indexOf(a as GovernanceAnswer) - GOVERNANCE_ANSWERS.indexOf(b as GovernanceAnswer);
  return buildRows<GovernanceItem>(model, {
    columns: GOVERNANCE_QUESTIONS,
    value: (regionId, question) => (model.profileById.get(regionId)?.answers as Record<string, GovernanceItem | undefined> | undefined)?.[question],
    key: (item) => item.answer,
    order,
  });
}

/** `count`: rows of the province (all its pages); `pages`: one page up to the list limit (issue 13). */
export type ProvinceView<V> = ProvincePages<SiteModel['provinces'][number], MatrixRow<V>>;

/**
 * The matrix in parts: the province views (always pre-rendered, the filter without JavaScript),
 * each paginated above the row limit; `split` when the all-regions page would be too heavy and
 * shows a choice of province instead of the matrix. Rows are grouped once.
 */
export function matrixViews<V>(model: SiteModel, rows: MatrixRow<V>[], base: string): { split: boolean; provinces: ProvinceView<V>[] } {
  return {
    split: needsSplit(rows.length, LIST_LIMITS.matrixRows),
    provinces: provincePages(model.provinces, rows, (row) => row.provinces, LIST_LIMITS.matrixRows, (province) => `${base}${province.id}/`),
  };
}

const cache = new WeakMap<SiteModel, Map<'tasks' | 'governance', { rows: MatrixRow<unknown>[]; views: ReturnType<typeof matrixViews<unknown>> }>>();

/** Rows and views of one of the two matrices, built once per model for all its pages. */
export function matrixOf(model: SiteModel, kind: 'tasks' | 'governance') {
  let perKind = cache.get(model);
  if (!perKind) cache.set(model, (perKind = new Map()));
  let entry = perKind.get(kind);
  if (!entry) {
    const rows: MatrixRow<unknown>[] = kind === 'tasks' ? taskMatrixRows(model) : governanceMatrixRows(model);
    entry = { rows, views: matrixViews(model, rows, kind === 'tasks' ? paths.compareTasks() : paths.compareGovernance()) };
    perKind.set(kind, entry);
  }
  return entry;
}

/** The static paths of a matrix's province views, one per page (`/vergelijk/taken/utrecht/`, `…/pagina_2/`). */
export function matrixProvincePaths(model: SiteModel, kind: 'tasks' | 'governance') {
  return matrixOf(model, kind).views.provinces.flatMap((view) =>
    view.pages.map((page) => ({ params: { provincie: view.province.id, page: pageSegment(page.number) }, props: { province: view.province.id, page } })),
  );
}
