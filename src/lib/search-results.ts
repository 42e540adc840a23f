/** Pure helpers of the results page (`src/client/search.ts`). */

import { bestRank, MatchRank } from './search-names.ts';

/** Results shown first, and added per "Meer resultaten" (each result costs a fragment download). */
export const FIRST_PAGE = 10;
export const NEXT_PAGE = 30;

/** What pagefind returns for one result (the parts we use). */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; namen?: string; samenvatting?: string; regio?: string; regiopad?: string; regiojaar?: string; regiobron?: string };
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
