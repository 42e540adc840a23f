/**
 * Each region's own data (issue 9): `/data/regio/<slug>.csv` (its 2013 task table, the same
 * columns as regioprofielen-2013.csv) and `/data/regio/<slug>.json` (its municipalities per
 * source, task table and governance answers). Records are made once for the whole site and
 * grouped by region; a region with subregions gets theirs.
 */
import {
  openDataRecords,
  PROFILE_COLUMNS,
  toCsv,
  type GovernanceRecord,
  type MunicipalityRecord,
  type OpenDataInput,
  type ProfileRecord,
} from './open-data.ts';
import { groupBy } from './paginate.ts';

export interface RegionData {
  csv: string;
  json: string;
}

export function regionDataFiles(input: OpenDataInput & { regions: readonly { id: string; name: string; parent?: string | undefined }[] }): Map<string, RegionData> {
  const records = openDataRecords(input);
  const byRegion = (record: { regio: string }) => record.regio;
  const tasks = groupBy(records.profiles, byRegion);
  const members = groupBy(records.municipalities, byRegion);
  const governance = groupBy(records.governance, byRegion);
  const children = new Map<string, string[]>();
  for (const region of input.regions) {
    if (!region.parent) continue;
    const siblings = children.get(region.parent);
    if (siblings) siblings.push(region.id);
    else children.set(region.parent, [region.id]);
  }
  const files = new Map<string, RegionData>();
  for (const region of input.regions) {
    const ids = [region.id, ...(children.get(region.id) ?? [])];
    const pick = <T,>(groups: Map<string, T[]>) => ids.flatMap((id) => groups.get(id) ?? []);
    const taskRecords: ProfileRecord[] = pick(tasks);
    const body = {
      regio: region.id,
      regio_naam: region.name,
      gemeenten: pick(members) as MunicipalityRecord[],
      taken_2013: taskRecords,
      bestuur_2013: pick(governance) as GovernanceRecord[],
    };
    files.set(region.id, { csv: toCsv(PROFILE_COLUMNS, taskRecords), json: `${JSON.stringify(body, null, 2)}\n` });
  }
  return files;
}

/**
 * Up to how many regions /data/ lists every region's two files itself. Each line costs about
 * 20 bytes gzip (k = 10 in the scale benchmark: 410 regions, /data/ 10.9 KB gzip), so the list
 * stays far below the 100 KB budget of a page; with more regions the page points to the region
 * index instead, and every region page links its own files.
 */
export const REGION_FILE_LIST_MAX = 1000;

export const listsRegionFiles = (regionCount: number): boolean => regionCount <= REGION_FILE_LIST_MAX;

/** Size of a text file in UTF-8, as readers expect it: "812 bytes", "12,3 kB", "1,2 MB". */
export function fileSize(text: string): string {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes < 1000) return `${bytes} bytes`;
  return bytes < 1_000_000 ? `${sizeFormat.format(bytes / 1000)} kB` : `${sizeFormat.format(bytes / 1_000_000)} MB`;
}

/** One formatter for all sizes (a new one per call, via toLocaleString, showed up in profiles). */
const sizeFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

