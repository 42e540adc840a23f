/** Pure helpers of the results page (`src/client/search.ts`). */

import { bestRank, matchNames, MatchRank, type NameEntry } from './search-names.ts';

/** Results shown first, and added per "Meer resultaten" (each result costs a fragment download). */
export const FIRST_PAGE = 10;
export const NEXT_PAGE = 30;

/** What pagefind returns for one result (the parts we use). */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; namen?: string; samenvatting?: string; regio?: string; regiopad?: string; regiojaar?: string };
  filters: Record<string, string[]>;
}

/** The filters of the form: kind (several), province and year (one each); empty ones left out. */
export function readFilters(data: FormData): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const key of ['soort', 'provincie', 'jaar']) {
    const values = data.getAll(key).map(String).filter((value) => value !== '');
    if (values.length > 0) filters[key] = values;
  }
  return filters;
}

/** Whether any result is named (title or other name) like the query, exactly or by its start. */
export function hasNameHit(results: readonly { meta: { title?: string; namen?: string } }[], query: string): boolean {
  return results.some((result) => {
    const best = bestRank(query, [result.meta.title ?? '', ...(result.meta.namen ? result.meta.namen.split(NAMES_SEPARATOR) : [])]);
    return best !== undefined && best <= MatchRank.prefix;
  });
}

/** Separator of the names in the pagefind meta field "namen". */
export const NAMES_SEPARATOR = ' | ';

/**
 * Pages whose title or other name (meta "namen": former names, spelling variants, a shared
 * name) equals the query come first, then pages whose name starts with it; everything else
 * keeps pagefind's order. Accent- and case-insensitive.
 */
export function namesFirst<T extends { meta: { title?: string; namen?: string } }>(results: readonly T[], query: string): T[] {
  const rank = (result: T) => {
    const names = [result.meta.title ?? '', ...(result.meta.namen ? result.meta.namen.split(NAMES_SEPARATOR) : [])];
    const best = bestRank(query, names);
    return best === undefined || best > MatchRank.prefix ? MatchRank.prefix + 1 : best;
  };
  return results
    .map((result, index) => ({ result, index, rank: rank(result) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ result }) => result);
}

/** At most this many names answered above the full-text results. */
export const MAX_NAME_ANSWERS = 5;

/**
 * The names the results page answers from the names index, above pagefind's results:
 * municipalities and the choice pages of shared names (neither is in the full-text index).
 * Only names equal to the query (also another spelling: "Den Haag"; "gemeente X" counts as "X"):
 * a name that only starts with it ("Twente" → Twenterand, "BORN" → Borne) would push the page
 * named exactly so (the region Twente) down; the lookup field suggests those. Filters: kind
 * (only when "Gemeenten" is among the ticked kinds), province, and year (of the most recent source).
 */
export function nameAnswers(entries: readonly NameEntry[], query: string, filters: Record<string, string[]>, municipalityKind: string): NameEntry[] {
  if (filters.soort && !filters.soort.includes(municipalityKind)) return [];
  const province = filters.provincie?.[0];
  const year = filters.jaar?.[0];
  const fits = (entry: NameEntry) =>
    (entry.k === 'gemeente' || entry.k === 'keuze') &&
    (province === undefined || (entry.v ?? []).includes(province)) &&
    (year === undefined || (entry.r ?? []).some((region) => String(region.y) === year));
  const matches = matchNames(entries, query.replace(/^\s*gemeente\s+/i, ''), Number.MAX_SAFE_INTEGER).filter((match) => fits(match.entry));
  return matches.filter((match) => match.rank === MatchRank.exact).slice(0, MAX_NAME_ANSWERS).map((match) => match.entry);
}

/** The texts a name answer is written with (from `src/i18n/nl.json`, via the form's data attributes). */
export interface AnswerTexts {
  /** The kind filter's label for municipalities, "Gemeenten". */
  kind: string;
  /** "Gemeente in {{province}}." */
  municipality: string;
  /** "Ook geschreven als {{names}}." */
  aliases: string;
  /** "Meer dan één gemeente heet {{name}}: {{choices}}." */
  choice: string;
}

const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => String(vars[key] ?? ''));
const list = (values: string[]) => new Intl.ListFormat('nl', { type: 'conjunction' }).format(values);

/** A name answer as a result (same shape as pagefind's), so the page renders both alike. */
export function answerResult(entry: NameEntry, base: string, texts: AnswerTexts): ResultData {
  const url = base + entry.p.replace(/^\//, '');
  const region = entry.r?.[0];
  const summary =
    entry.k === 'keuze'
      ? fill(texts.choice, { name: entry.n, choices: list(entry.c ?? []) })
      : [fill(texts.municipality, { province: list(entry.v ?? []) }), entry.a && entry.a.length > 0 ? fill(texts.aliases, { names: list(entry.a) }) : ''].filter(Boolean).join(' ');
  return {
    url,
    excerpt: '',
    meta: {
      title: entry.n,
      samenvatting: summary,
      ...(region ? { regio: region.n, regiopad: base + region.p.replace(/^\//, ''), regiojaar: String(region.y) } : {}),
    },
    filters: { soort: [texts.kind] },
  };
}
