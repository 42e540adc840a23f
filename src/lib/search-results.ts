/** Pure helpers of the results page (`src/scripts/search.ts`). */

/** Results shown per "Meer resultaten". */
export const PAGE_SIZE = 30;

/** What pagefind returns for one result (the parts we use). */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; samenvatting?: string; regio?: string; regiopad?: string; regiojaar?: string; regiobron?: string };
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

/**
 * Pages whose name matches the query (from the names index, by site path) first, in the order
 * of `names`; the other results keep pagefind's order. Pagefind's URLs carry the base path.
 */
export function namesFirst<T extends { url: string }>(results: readonly T[], names: ReadonlySet<string>, base: string): T[] {
  const order = [...names];
  const sitePath = (url: string) => '/' + url.slice(base.length).replace(/^\//, '');
  const rank = (result: T) => {
    const index = order.indexOf(sitePath(result.url));
    return index === -1 ? order.length : index;
  };
  return results
    .map((result, index) => ({ result, index, rank: rank(result) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ result }) => result);
}
