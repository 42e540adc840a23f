import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../schemas/validator/content-fs.ts';
import { modelFromStore } from './model-from-store.ts';
import { parseCsv, PROFILE_COLUMNS } from './open-data.ts';
import { fileSize, listsRegionFiles, REGION_FILE_LIST_MAX, regionDataFiles } from './region-data.ts';

const model = modelFromStore(loadContent(fileURLToPath(new URL('../../', import.meta.url))).store);
const files = regionDataFiles(model);

describe('per-region data files', () => {
  it('has a CSV and a JSON file for every region and subregion', () => {
    expect([...files.keys()].sort()).toEqual(model.regions.map((r) => r.id).sort());
  });

  it('Regio Alkmaar: its 11 task rows in the CSV; its members of 2013 and 2018 and 4 governance answers in the JSON', () => {
    const { csv, json } = files.get('alkmaar')!;
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...PROFILE_COLUMNS]);
    expect(rows).toHaveLength(12);
    expect(rows.slice(1).every((row) => row[0] === 'alkmaar')).toBe(true);
    const data = JSON.parse(json) as { regio: string; gemeenten: { jaar: number }[]; taken_2013: unknown[]; bestuur_2013: unknown[] };
    expect(data.regio).toBe('alkmaar');
    expect(data.gemeenten.filter((m) => m.jaar === 2018)).toHaveLength(7);
    expect(data.gemeenten.filter((m) => m.jaar === 2013)).toHaveLength(8);
    expect(data.taken_2013).toHaveLength(11);
    expect(data.bestuur_2013).toHaveLength(4);
  });

  it('a region with subregions carries its subregions\' rows (West-Brabant)', () => {
    const rows = parseCsv(files.get('west-brabant')!.csv).slice(1);
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set(model.regionById.get('west-brabant')!.subregions));
  });

  it('states file sizes in Dutch notation', () => {
    expect(fileSize('abc')).toBe('3 bytes');
    expect(fileSize('x'.repeat(12_345))).toBe('12,3 kB');
    expect(fileSize('é'.repeat(600_000))).toBe('1,2 MB');
  });

  it('counts bytes as UTF-8 does, for every kind of character', () => {
    for (const text of ['é€', '€'.repeat(400), 'a😀b', '😀'.repeat(300), 'Súdwest-Fryslân']) {
      expect(fileSize(text)).toBe(fileSize('x'.repeat(Buffer.byteLength(text, 'utf8'))));
    }
  });

  it('lists every region\'s files on /data/ up to a size that keeps the page light, then points to the region pages', () => {
    expect(listsRegionFiles(model.regions.length)).toBe(true);
    expect(listsRegionFiles(REGION_FILE_LIST_MAX)).toBe(true);
    expect(listsRegionFiles(REGION_FILE_LIST_MAX + 1)).toBe(false);
  });
});
