/**
 * Dutch compounds for search. Pagefind matches a word and words that start with it
 * ("crisis" finds "crisisopvang"), and its Dutch stemmer joins singular and plural, but it
 * does not find a word at the end of a compound ("opvang" does not find "crisisopvang").
 * At build time we list, for each word that also occurs on its own, the compounds in the
 * content that end in it; the results page then searches for those too.
 */
import { stripAccents } from '../../schemas/slug.ts';

/** Words of a text, lower case without accents (the form pagefind matches on). */
export function words(text: string): string[] {
  return stripAccents(text).toLowerCase().match(/[a-z]+/g) ?? [];
}

/** Shortest part (at the end) and shortest first part of a compound we accept. */
const MIN_TAIL = 4;
const MIN_HEAD = 3;
/** Linking sounds between the parts of a Dutch compound ("jeugd-s-", "kind-er-en-"). */
const LINKS = ['', 's', 'e', 'en', 'n', 'er'];

/**
 * For every word that occurs on its own, the compounds that end in it, most frequent first, at
 * most `limit` per word. A compound counts when its first part is also a word of the content
 * (possibly with a linking s/e/en), so "crisisopvang" counts for "opvang", "ontwikkeling"
 * (ont + wikkeling) does not for "wikkeling".
 */
/**
 * How often each word occurs in the given texts. A text that occurs more than once (labels,
 * remarks, quotations shared by entries) is split into words once and counted as often as it occurs.
 */
export function wordCounts(texts: Iterable<string>): Map<string, number> {
  const occurrences = new Map<string, number>();
  for (const text of texts) occurrences.set(text, (occurrences.get(text) ?? 0) + 1);
  const counts = new Map<string, number>();
  for (const [text, times] of occurrences) for (const word of words(text)) counts.set(word, (counts.get(word) ?? 0) + times);
  return counts;
}

export function compoundIndex(counts: ReadonlyMap<string, number>, limit = 4): Record<string, string[]> {
  const found = new Map<string, Set<string>>();
  for (const word of counts.keys()) {
    for (let i = MIN_HEAD; i <= word.length - MIN_TAIL; i++) {
      const tail = word.slice(i);
      if (!counts.has(tail)) continue;
      const head = word.slice(0, i);
      if (!LINKS.some((link) => head.endsWith(link) && counts.has(head.slice(0, head.length - link.length)) && head.length - link.length >= MIN_HEAD)) continue;
      found.set(tail, (found.get(tail) ?? new Set()).add(word));
    }
  }
  const index: Record<string, string[]> = {};
  for (const [tail, compounds] of [...found].sort(([a], [b]) => a.localeCompare(b))) {
    index[tail] = [...compounds].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b)).slice(0, limit);
  }
  return index;
}

/** Which file of the compound index holds a word: its first letter. */
export const compoundShard = (word: string): string => word.charAt(0);

/** The compounds to search for as well, for a one-word query (none for longer queries). */
export function compoundsOf(index: Readonly<Record<string, string[]>>, query: string): string[] {
  const [word, ...rest] = words(query);
  if (!word || rest.length > 0) return [];
  return Object.hasOwn(index, word) ? index[word]! : [];
}
