/**
 * What search knows about a page beyond its text: kind, a summary for the result, names to
 * find it by (former names, spelling variants, a shared name), provinces and source years for
 * the filters. Keyed by site path, built once per model, so the layout can add it to every page
 * without the pages passing it in (`Base.astro` renders it as pagefind attributes). Municipality
 * pages and their choice pages are not in the full-text index: the results page answers names
 * from the names index (`nameAnswers` in `search-results.ts`, docs/search.md).
 */
import { t } from '../i18n/index.ts';
import { municipalitiesOf, type SiteModel } from './model.ts';
import { timelineYear } from './plans.ts';
import type { SearchKind } from './search-kinds.ts';
import { paths } from './url.ts';

export interface SearchMeta {
  kind: SearchKind;
  /** One or two sentences shown under the result title. */
  summary: string;
  /** Other names the page answers to; indexed as text with extra weight. */
  names: string[];
  /** Province names for the filter "provincie". */
  provinces: string[];
  /** Years of the sources the page draws on, for the filter "jaar". */
  years: number[];
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];
const sortedYears = (years: (number | undefined)[]) => unique(years.filter((y): y is number => y !== undefined)).sort((a, b) => a - b);
const list = (names: string[]) => new Intl.ListFormat('nl', { type: 'conjunction' }).format(names);

/** What search needs of a supra-regional collaboration (`content/samenwerkingen/*.yaml`). */
export interface CollaborationForSearch {
  id: string;
  name: string;
  short_name?: string | undefined;
  aliases: string[];
  summary: string;
  members: { region: string }[];
  documents: string[];
}

export function buildSearchMeta(model: SiteModel, collaborations: readonly CollaborationForSearch[] = []): Map<string, SearchMeta> {
  const meta = new Map<string, SearchMeta>();
  const provinceName = (id: string) => model.provinceById.get(id)?.name ?? id;
  const documentsByRegion = new Map<string, number[]>();
  for (const document of model.documents) {
    for (const region of document.regions) documentsByRegion.set(region, [...(documentsByRegion.get(region) ?? []), timelineYear(document) ?? NaN]);
  }

  for (const region of model.regions) {
    const members = municipalitiesOf(model, region.id);
    const memberYears = region.members.map((member) => member.year);
    const latestYear = memberYears.length > 0 ? Math.max(...memberYears) : undefined;
    const latestCount = latestYear === undefined ? members.length : new Set(region.members.filter((x) => x.year === latestYear).map((x) => x.municipality)).size;
    const parent = region.parent ? model.regionById.get(region.parent) : undefined;
    const where = t('search.summary.regionWhere', { kind: t(`region.kind.${region.kind}`), provinces: list(region.provinces.map(provinceName)) });
    const size =
      latestYear !== undefined
        ? t('search.summary.regionMembers', { count: latestCount, year: String(latestYear) })
        : members.length > 0
          ? t('search.summary.regionMembersViaSubregions', { count: members.length })
          : '';
    const parentText = parent ? t('search.summary.regionParent', { parent: parent.name }) : '';
    const former = region.aliases.length > 0 ? t('search.summary.regionFormer', { names: list(region.aliases) }) : '';
    meta.set(paths.region(region.id), {
      kind: 'search.kind.region',
      summary: [where + (size ? ` ${size}` : '') + '.', parentText, former].filter(Boolean).join(' '),
      names: region.aliases,
      provinces: region.provinces.map(provinceName),
      years: sortedYears([...memberYears, ...(documentsByRegion.get(region.id) ?? [])].filter((y) => !Number.isNaN(y))),
    });
  }

  for (const document of model.documents) {
    const year = timelineYear(document);
    const regions = document.regions.map((id) => model.regionById.get(id)).filter((r) => r !== undefined);
    meta.set(paths.document(document.id), {
      kind: 'search.kind.document',
      summary: `${t(`document.kind.${document.kind}`)}${year ? ` (${year})` : ''}, ${document.issuer}. ${document.summary}`,
      names: document.short_title && document.short_title !== document.title ? [document.short_title] : [],
      provinces: unique(regions.flatMap((r) => r.provinces.map(provinceName))),
      years: sortedYears([year]),
    });
  }

  for (const task of model.tasks) {
    meta.set(paths.task(task.id), {
      kind: 'search.kind.task',
      summary: t('search.summary.task', { task: task.name, description: task.description }),
      names: task.source_label !== task.name ? [task.source_label] : [],
      provinces: [],
      years: [2013],
    });
  }
  for (const line of model.actionLines) {
    meta.set(paths.actionLine(line.id), {
      kind: 'search.kind.actionLine',
      summary: t('search.summary.actionLine', { number: line.number, description: line.description }),
      names: [],
      provinces: [],
      years: [],
    });
  }

  for (const collaboration of collaborations) {
    const regions = collaboration.members.map((member) => model.regionById.get(member.region)).filter((r) => r !== undefined);
    const documents = collaboration.documents.map((id) => model.documentById.get(id)).filter((d) => d !== undefined);
    meta.set(paths.collaboration(collaboration.id), {
      kind: 'search.kind.collaboration',
      summary: collaboration.summary,
      names: unique([collaboration.name, collaboration.short_name, ...collaboration.aliases].filter((name): name is string => name !== undefined)),
      provinces: unique(regions.flatMap((r) => r.provinces.map(provinceName))),
      years: sortedYears(documents.map(timelineYear)),
    });
  }
  return meta;
}

const cache = new WeakMap<SiteModel, Map<string, SearchMeta>>();

/** The search metadata of one page (by site path without base), from a per-model cache. */
export function searchMetaOf(model: SiteModel, path: string, collaborations: readonly CollaborationForSearch[] = []): SearchMeta | undefined {
  let meta = cache.get(model);
  if (!meta) {
    meta = buildSearchMeta(model, collaborations);
    cache.set(model, meta);
  }
  return meta.get(path);
}

/** The values the filters "provincie" and "jaar" offer: every value some page carries, sorted. */
export function searchFilterValues(model: SiteModel, collaborations: readonly CollaborationForSearch[] = []): { provinces: string[]; years: number[] } {
  let meta = cache.get(model);
  if (!meta) {
    meta = buildSearchMeta(model, collaborations);
    cache.set(model, meta);
  }
  const all = [...meta.values()];
  return {
    provinces: unique(all.flatMap((m) => m.provinces)).sort((a, b) => a.localeCompare(b, 'nl')),
    years: unique(all.flatMap((m) => m.years)).sort((a, b) => a - b),
  };
}
