/** "Bedoelde je …?": the closest names to a misspelt key, value or reference. */
import { stripAccents } from '../slug.ts';

const normalise = (text: string) => stripAccents(text).toLowerCase();

/** Optimal string alignment distance (Levenshtein with adjacent transpositions: "titel" -> "title" is 1). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * Up to `max` candidates close to `input`, closest first: same text but for case and accents, an
 * edit distance of at most a third of the input's length (at least 1, at most 3), or a candidate
 * that starts with the input or the other way round (for ids with a suffix such as `bergen-nh`).
 */
export function closest(input: string, candidates: Iterable<string>, max = 3): string[] {
  const needle = normalise(input);
  if (needle === '') return [];
  const limit = Math.min(3, Math.max(1, Math.floor(needle.length / 3)));
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of new Set(candidates)) {
    const hay = normalise(candidate);
    if (hay === needle && candidate !== input) {
      scored.push({ candidate, score: 0 });
      continue;
    }
    // Cheap length check first: the distance is at least the difference in length.
    const distance = Math.abs(hay.length - needle.length) <= limit ? editDistance(needle, hay) : Infinity;
    if (distance <= limit) scored.push({ candidate, score: distance });
    else if (needle.length >= 4 && (hay.startsWith(needle) || needle.startsWith(hay))) scored.push({ candidate, score: limit + 0.5 });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, max)
    .map((entry) => entry.candidate);
}

/** ` (bedoelde je "x"?)` or ` (bedoelde je "x" of "y"?)`, or nothing. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const hits = closest(input, candidates);
  if (hits.length === 0) return '';
  const quoted = hits.map((hit) => `"${hit}"`);
  return ` (bedoelde je ${quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} of ${quoted.at(-1)}`}?)`;
}
