/** Per-region data files (`src/lib/region-data.ts`), made once per build for the endpoint and the region pages. */
import { regionDataFiles, type RegionData } from '../lib/region-data.ts';
import { loadSite } from './site.ts';

let cached: Promise<Map<string, RegionData>> | undefined;

export function loadRegionData(): Promise<Map<string, RegionData>> {
  cached ??= loadSite().then((model) => regionDataFiles(model));
  return cached;
}
