/**
 * What search knows about a page beyond its text: kind, a summary for the result, names to
 * find it by (former names, spelling variants, a shared name), provinces and source years for
 * the filters, and for a municipality its region per the most recent source. Keyed by site
 * path, built once per model, so the layout can add it to every page without the pages
 * passing it in (`Base.astro` renders it as pagefind attributes).
 */
import { t } from '../i18n/index.ts';
import { municipalityAliasPages } from './aliases.ts';
import { byName, membershipsOf, municipalitiesOf, type SiteModel } from './model.ts';
import { timelineYear } from './plans.ts';
import type { SearchKind } from './search-kinds.ts';
import { latestMemberships } from './search-membership.ts';
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
  /** Municipality pages: the region per the most recent source, shown as a link in the result. */
  region?: { name: string; path: string; year: number; source: string };
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

  for (const m of model.municipalities) {
    const memberships = membershipsOf(model, m.id);
    const latest = latestMemberships(model, m.id);
    const first = latest[0];
    const source = first?.source ? (first.source.short_title ?? first.source.title) : undefined;
    const summary = [
      t('search.summary.municipalityNoRegion', { province: provinceName(m.province) }),
      m.aliases.length > 0 ? t('search.summary.municipalityAliases', { names: list(m.aliases) }) : '',
    ].filter(Boolean).join(' ');
    meta.set(paths.municipality(m.id), {
      kind: 'search.kind.municipality',
      summary,
      names: m.aliases,
      provinces: [provinceName(m.province)],
      years: sortedYears(memberships.map((x) => x.year)),
      ...(first ? { region: { name: first.region.name, path: paths.region(first.region.id), year: first.year, source: source ?? '' } } : {}),
    });
  }

  for (const page of municipalityAliasPages(model)) {
    if (page.targets.length < 2) continue;
    const targets = page.targets.map((id) => model.municipalityById.get(id)!).sort(byName);
    meta.set(paths.municipality(page.slug), {
      kind: 'search.kind.municipality',
      summary: t('search.summary.choice', { name: page.name, choices: list(targets.map((m) => `${m.name} (${provinceName(m.province)})`)) }),
      names: [page.name],
      provinces: unique(targets.map((m) => provinceName(m.province))),
      years: [],
    });
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
