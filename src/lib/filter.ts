/** Matching for the filter-as-you-type: case- and accent-insensitive, every word must match. */
import { stripAccents } from '../../schemas/slug.ts';

export function fold(text: string): string {
  return stripAccents(text).toLowerCase();
}

/** `names` holds the name and its aliases separated by `|`. */
export function matchesFilter(names: string, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const haystack = fold(names);
  return words.every((word) => haystack.includes(word));
}
