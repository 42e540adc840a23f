/**
 * Lists of region slugs in a URL (`?regio=alkmaar,ijmond`, `?markeer=...`) and the sort order of
 * matrix rows: pure helpers for the browser scripts of the comparison pages.
 */

export interface ParsedRegionList {
  /** Known slugs, in the order given, without duplicates. */
  known: string[];
  /** Slugs that name no region, as given. */
  unknown: string[];
}

/** Splits `a,b, c` into known and unknown slugs (lower-cased, trimmed, empty parts dropped). */
export function parseRegionList(value: string | null | undefined, isKnown: (slug: string) => boolean): ParsedRegionList {
  const known: string[] = [];
  const unknown: string[] = [];
  for (const part of (value ?? '').split(',')) {
    const slug = part.trim().toLowerCase();
    if (slug === '') continue;
    const list = isKnown(slug) ? known : unknown;
    if (!list.includes(slug)) list.push(slug);
  }
  return { known, unknown };
}

/** The query value for a list of slugs; commas stay readable in the shared link. */
export const formatRegionList = (slugs: readonly string[]): string => slugs.join(',');

/** A URL's search string with one parameter set (or removed when the list is empty). */
export function withParam(search: string, name: string, slugs: readonly string[]): string {
  const params = new URLSearchParams(search);
  if (slugs.length === 0) params.delete(name);
  else params.set(name, formatRegionList(slugs));
  const text = params.toString().replace(/%2C/gi, ',');
  return text === '' ? '' : `?${text}`;
}

export interface SortableRow {
  /** Position in the default (name) order. */
  order: number;
  /** Rank of each column's value (lower first). */
  ranks: number[];
}

/**
 * Row order for a column: by rank (descending if asked), ties by name order; `column` null is
 * the default name order.
 */
export function sortedOrder(rows: readonly SortableRow[], column: number | null, descending = false): number[] {
  const sorted = [...rows].sort((a, b) => {
    if (column === null) return a.order - b.order;
    const diff = (a.ranks[column] ?? Infinity) - (b.ranks[column] ?? Infinity);
    return (descending ? -diff : diff) || a.order - b.order;
  });
  if (column === null && descending) sorted.reverse();
  return sorted.map((row) => row.order);
}
