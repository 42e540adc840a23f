import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../schemas/validator/content-fs.ts';
import { decodeViews, DOCUMENTS_VIEW, encodeViews, homeMap } from './home-map.ts';
import { plansFromStore } from './plans.ts';
import { regionSummary } from './region-summary.ts';
import { tileLevel } from './tasks.ts';
import { levelCode } from './labels.ts';

const plans = plansFromStore(loadContent(fileURLToPath(new URL('../../', import.meta.url))).store);
const model = plans.site;
const map = homeMap(plans);

describe('home tile map views', () => {
  it('has the documents view first and then one view per task', () => {
    expect(map.views.map((v) => v.id)).toEqual([DOCUMENTS_VIEW, ...model.tasks.map((task) => task.id)]);
    expect(map.tiles.size).toBe(model.tiles.length);
  });

  it('colours a tile by whether the site holds later documents for the region', () => {
    for (const tile of model.tiles) {
      const view = map.tiles.get(tile.id)![0]!;
      expect(view.style, tile.id).toBe(regionSummary(plans, tile.id).hasLaterDocuments ? 'docs' : 'nodocs');
    }
    expect(map.tiles.get('alkmaar')![0]!.code).toBe('D');
    expect(map.tiles.get('groningen')![0]!.code).toBe('–');
  });

  it('uses the same level codes as the task pages', () => {
    const i = model.tasks.findIndex((task) => task.id === 'pleegzorg') + 1;
    for (const tile of model.tiles) {
      expect(map.tiles.get(tile.id)![i]!.code, tile.id).toBe(levelCode(tileLevel(model, model.regionById.get(tile.id)!, 'pleegzorg')!));
    }
    const legend = map.views[i]!.legend.map((entry) => entry.code);
    expect(new Set(legend).size).toBe(legend.length);
  });

  it('round-trips the data attribute', () => {
    const views = map.tiles.get('alkmaar')!;
    expect(decodeViews(encodeViews(views))).toEqual(views);
  });
});
