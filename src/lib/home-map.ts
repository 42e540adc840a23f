/**
 * The home page's tile map that carries data: one view per task (level per region, as on the
 * task pages) and one view "documenten na 2013". Every tile gets, per view, the style (colour
 * and pattern), the code letter and the words, so the page's script only switches between them.
 */
import { t } from '../i18n/index.ts';
import { levelCode, levelKeyText, levelPattern, levelStyle } from './labels.ts';
import type { PlansModel } from './plans.ts';
import { regionSummary } from './region-summary.ts';
import { compareLevelKeys, tileLevel } from './tasks.ts';

export const DOCUMENTS_VIEW = 'documenten-na-2013';

import type { TileView } from './home-map-codec.ts';

export { decodeViews, encodeViews, type TileView } from './home-map-codec.ts';

export interface MapView {
  id: string;
  label: string;
  /** Legend entries in display order (only the keys that occur). */
  legend: { style: string; code: string; words: string }[];
}

export interface HomeMap {
  views: MapView[];
  /** Tile (region) id -> one entry per view, in the order of `views`. */
  tiles: Map<string, TileView[]>;
}

export function homeMap(plans: PlansModel): HomeMap {
  const model = plans.site;
  const regions = model.tiles.map((tile) => model.regionById.get(tile.id)!);
  const docs = (id: string): TileView =>
    regionSummary(plans, id).hasLaterDocuments
      ? { style: 'docs', pattern: 'docs', code: 'D', words: t('home.map.docs') }
      : { style: 'nodocs', pattern: undefined, code: '–', words: t('home.map.noDocs') };
  const level = (key: string | undefined): TileView =>
    key === undefined
      ? { style: 'none', pattern: undefined, code: '', words: t('compare.noAnswer') }
      : { style: levelStyle(key), pattern: levelPattern(key), code: levelCode(key), words: levelKeyText(key) };
  const tiles = new Map(regions.map((region) => [
    region.id,
    [docs(region.id), ...model.tasks.map((task) => level(tileLevel(model, region, task.id)))],
  ]));
  const legendOf = (column: number, order: (a: string, b: string) => number) => {
    const seen = new Map<string, TileView>();
    for (const views of tiles.values()) {
      const view = views[column]!;
      const key = view.style === 'none' ? 'none' : column === 0 ? view.style : view.code;
      if (!seen.has(key)) seen.set(key, view);
    }
    return [...seen.entries()].sort(([a], [b]) => order(a, b)).map(([, view]) => ({ style: view.style, code: view.code, words: view.words }));
  };
  const levelOrder = (codeToKey: Map<string, string>) => (a: string, b: string) => {
    const ka = codeToKey.get(a) ?? a;
    const kb = codeToKey.get(b) ?? b;
    const last = (k: string) => (k === 'verschilt' ? 1 : k === 'none' ? 2 : 0);
    return last(ka) - last(kb) || compareLevelKeys(ka, kb);
  };
  const views: MapView[] = [
    { id: DOCUMENTS_VIEW, label: t('home.map.docsView'), legend: legendOf(0, (a, b) => (a === 'docs' ? -1 : b === 'docs' ? 1 : 0)) },
    ...model.tasks.map((task, i) => {
      const codeToKey = new Map<string, string>();
      for (const region of regions) {
        const key = tileLevel(model, region, task.id);
        if (key) codeToKey.set(levelCode(key), key);
      }
      return { id: task.id, label: task.name, legend: legendOf(i + 1, levelOrder(codeToKey)) };
    }),
  ];
  return { views, tiles };
}

