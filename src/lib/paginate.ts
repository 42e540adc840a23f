/**
 * Lists that stay light (issue 13): a page that lists everything is split (by letter, by
 * province, then in numbered pages) only once it would pass the page budget. The thresholds are
 * item counts derived from a measured gzip cost per item, so with today's content (k = 1) no list
 * is split and the built pages stay exactly as they were.
 *
 * URL segments made here always contain an underscore (`letter_a`, `provincie_utrecht`,
 * `pagina_2`). A slug never does (`slugify()` in schemas/slug.ts keeps only a-z, 0-9 and single
 * inner hyphens, and the slug schema in schemas/common.ts accepts nothing else), so a generated
 * page can never take the URL of a municipality, region, former name or shared-name page.
 */
import { slugify } from '../../schemas/slug.ts';
import { t } from '../i18n/index.ts';

/** The heaviest an HTML page may be: 100 KB gzip (issue 13). */
export const PAGE_BUDGET_GZIP = 100_000;

/**
 * The share of the budget a list may fill. The costs per item below are measured on the real
 * content (k = 1): cloned content compresses better (at k = 10 a municipality row costs 15 B
 * instead of 21 B), real growth will not; the rest of the page (head, navigation, intro, footer)
 * and longer names than today's take the other half.
 */
export const LIST_SHARE = 0.5;

/**
 * Gzip bytes one item adds to a list page: the items' HTML of the k = 1 page (real content, built
 * from main 637d985) cut out with a pattern and gzipped on its own, divided by their number
 * (`gzip` level 6, 2 December 2026). Cloned content costs less per item (at k = 10 a municipality
 * adds 15 B instead of 21 B), so these are the conservative figures.
 */
export const ITEM_GZIP_BYTES = {
  /** /gemeente/: 431 `<li data-filter-item>` = 9,032 B, 21.0 B each (rest of the page 2.5 KB). */
  municipality: 21,
  /** Home page per region: its tile (41 tiles = 2,890 B, 70.5 B) and its link in the province list (about 14 B). */
  homeRegion: 85,
  /** /taak/<slug>/ per region or subregion: its tile (41 = 2,060 B, 50.2 B) and its table row (42 = 1,398 B, 33.3 B). */
  taskRow: 85,
  /** /vergelijk/taken/ (the heavier matrix) per row: the row (43 = 2,758 B, 64.1 B) and its option in the highlight picker. */
  matrixRow: 70,
  /** /regio/: 44 table rows = 993 B, 22.6 B each. */
  regionRow: 25,
} as const;

/** How many items of a given cost fit in a list page. */
export function maxItems(bytesPerItem: number, budget = PAGE_BUDGET_GZIP, share = LIST_SHARE): number {
  if (!(bytesPerItem > 0)) throw new Error(`maxItems: cost per item must be positive: ${bytesPerItem}`);
  return Math.max(1, Math.floor((budget * share) / bytesPerItem));
}

/** Thresholds per list: above this many items the list is split. */
export const LIST_LIMITS = {
  /** /gemeente/ as one A-Z page: 2,380 municipalities (431 today). */
  municipalities: maxItems(ITEM_GZIP_BYTES.municipality),
  /** Home page tile map and region list per province: 588 regions (41 today). */
  homeRegions: maxItems(ITEM_GZIP_BYTES.homeRegion),
  /** Rows of one task page: 588 regions and subregions (42 today). */
  taskRows: maxItems(ITEM_GZIP_BYTES.taskRow),
  /** Rows of one comparison matrix: 714 (43 today). */
  matrixRows: maxItems(ITEM_GZIP_BYTES.matrixRow),
  /** Rows of /regio/: 2,000 (44 today). */
  regionRows: maxItems(ITEM_GZIP_BYTES.regionRow),
} as const;

/** Whether a list of `count` items must be split. */
export const needsSplit = (count: number, limit: number): boolean => count > limit;

/** Marker that a URL segment was generated here; never part of a slug. */
export const SEGMENT_MARK = '_';

/** The part of a group's segment after its kind: `a` for letter A, `overig` for a letter that has no slug. */
export function groupKey(value: string): string {
  return slugify(value) || 'overig';
}

/** `letter_a`, `provincie_noord-holland`: a generated segment for a group of a list. */
export function groupSegment(kind: 'letter' | 'provincie', value: string): string {
  return `${kind}${SEGMENT_MARK}${groupKey(value)}`;
}

/** Segment of page `number` (1-based) below its list: undefined for page 1, `pagina_2` … */
export function pageSegment(number: number): string | undefined {
  if (!Number.isInteger(number) || number < 1) throw new Error(`pageSegment: page numbers start at 1: ${number}`);
  return number === 1 ? undefined : `pagina${SEGMENT_MARK}${number}`;
}

/** Path of page `number` (1-based) of a list at `base` (`/x/` → `/x/`, `/x/pagina_2/`). */
export function pagePath(base: string, number: number): string {
  if (!base.endsWith('/')) throw new Error(`pagePath: a list path ends with "/": ${base}`);
  const segment = pageSegment(number);
  return segment === undefined ? base : `${base}${segment}/`;
}

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** Number of pages of this list. */
  count: number;
  items: T[];
  path: string;
  prev: string | undefined;
  next: string | undefined;
}

/** "pagina 2 van 5" for a list in more than one page; undefined for a list on one page. */
export function pageOf(page: Pick<ListPage<unknown>, 'number' | 'count'> | undefined): string | undefined {
  return page && page.count > 1 ? t('lists.pageOf', { number: page.number, count: page.count }) : undefined;
}

/** A list page's title: "Gemeenten met de letter B (pagina 2 van 5)", or the title alone on a one-page list. */
export function pagedTitle(title: string, page: Pick<ListPage<unknown>, 'number' | 'count'> | undefined): string {
  const part = pageOf(page);
  return part ? t('lists.titlePage', { title, page: part }) : title;
}

/**
 * `items` in pages of at most `limit`, of even size (4,100 items at 2,000 a page become 3 pages
 * of 1,367 rather than 2,000 + 2,000 + 100). One page when nothing needs splitting; an empty
 * list is one empty page, so the list's own URL always exists.
 */
export function paginate<T>(items: readonly T[], limit: number, base: string): ListPage<T>[] {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`paginate: limit must be a positive integer: ${limit}`);
  const count = Math.max(1, Math.ceil(items.length / limit));
  const size = Math.ceil(items.length / count);
  const pages: ListPage<T>[] = [];
  for (let number = 1; number <= count; number++) {
    pages.push({
      number,
      count,
      items: items.slice((number - 1) * size, number * size),
      path: pagePath(base, number),
      prev: number > 1 ? pagePath(base, number - 1) : undefined,
      next: number < count ? pagePath(base, number + 1) : undefined,
    });
  }
  return pages;
}

/** Groups in first-seen order of their key, built in one pass. */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K | readonly K[]): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const keys = key(item);
    for (const k of (Array.isArray(keys) ? keys : [keys]) as K[]) {
      const group = groups.get(k);
      if (group) group.push(item);
      else groups.set(k, [item]);
    }
  }
  return groups;
}

/** One province's share of a list split by province: its rows (all pages) and the pages. */
export interface ProvincePages<P, T> {
  province: P;
  count: number;
  pages: ListPage<T>[];
}

/**
 * A list split by province: the provinces that have rows, in the given order, each with its rows
 * in pages of at most `limit` under `pathOf(province)`. A row in several provinces is in each.
 */
export function provincePages<P extends { id: string }, T>(provinces: readonly P[], rows: readonly T[], provincesOf: (row: T) => readonly string[], limit: number, pathOf: (province: P) => string): ProvincePages<P, T>[] {
  const byProvince = groupBy(rows, provincesOf);
  return provinces
    .filter((province) => byProvince.has(province.id))
    .map((province) => {
      const own = byProvince.get(province.id)!;
      return { province, count: own.length, pages: paginate(own, limit, pathOf(province)) };
    });
}
