/** Index pages for the URL levels `/regio/` and `/document/`: every region, every document. */
import type { SourceDocument } from '../../schemas/document.ts';
import { compositionOf } from './membership.ts';
import type { RegionNode, SiteModel, WithId } from './model.ts';
import { collaborationsOfDocument, compareDocuments, regionsOfDocument, type PlansModel } from './plans.ts';
import { groupSegment, LIST_LIMITS, needsSplit, provincePages, type ProvincePages } from './paginate.ts';
import { oncePer } from './memo.ts';
import { paths } from './url.ts';

export interface RegionIndexRow {
  region: RegionNode;
  provinces: string[];
  /** Members according to the most recent source that lists the region, and that source's year. */
  memberCount: number;
  year: number | undefined;
  /** Subregions, each as a row of its own (West-Brabant). */
  subregions: RegionIndexRow[];
}

/** Top-level regions by name, each with its subregions. */
export function regionIndex(model: SiteModel): RegionIndexRow[] {
  const row = (region: RegionNode): RegionIndexRow => {
    const { current } = compositionOf(model, region.id);
    return {
      region,
      provinces: region.provinces.map((id) => model.provinceById.get(id)?.name ?? id),
      memberCount: current?.municipalities.length ?? 0,
      year: current?.year,
      subregions: region.subregions.map((id) => row(model.regionById.get(id)!)),
    };
  };
  return model.regions.filter((region) => region.kind === 'regio').map(row);
}

/** All documents, newest first (undated ones by their estimated years, as on the time lines). */
export function documentIndex(model: SiteModel): WithId<SourceDocument>[] {
  return [...model.documents].sort((a, b) => compareDocuments(b, a));
}

export interface DocumentIndexRow {
  document: WithId<SourceDocument>;
  /** True for the 2013 profiles: one profile per region, so every region. */
  allRegions: boolean;
  regions: RegionNode[];
  /** Collaborations the document belongs to (shown when it names no region itself). */
  collaborations: { id: string; name: string }[];
}

export function documentRows(plans: PlansModel): DocumentIndexRow[] {
  return documentIndex(plans.site).map((document) => ({
    document,
    allRegions: document.kind === 'regioprofiel',
    regions: document.kind === 'regioprofiel' ? [] : regionsOfDocument(plans, document.id),
    collaborations: collaborationsOfDocument(plans, document.id).map((c) => ({ id: c.id, name: c.short_name ?? c.name })),
  }));
}

/** `count`: top-level regions in the province (each with its subregions). */
export type RegionProvinceView = ProvincePages<SiteModel['provinces'][number], RegionIndexRow>;

/**
 * /regio/ and the home page's regions in parts (issue 13). Above the home page's limit (its tile
 * map and region list per province would be too heavy) the home page links to a page per
 * province at /regio/provincie_<id>/ and /regio/ lists the provinces; those pages are paginated
 * above /regio/'s own row limit. /regio/ on its own would hold more rows, but it splits together
 * with the home page because the home page's province overview links to its province pages.
 * `provinces` is empty while nothing is split. Built once per model.
 */
export const regionViews = oncePer((model: SiteModel): { rows: RegionIndexRow[]; split: boolean; provinces: RegionProvinceView[] } => {
  const rows = regionIndex(model);
  const split = needsSplit(rows.length, LIST_LIMITS.homeRegions);
  const provinces = split ? provincePages(model.provinces, rows, (row) => row.region.provinces, LIST_LIMITS.regionRows, (province) => `${paths.regions()}${groupSegment('provincie', province.id)}/`) : [];
  return { rows, split, provinces };
});
