/**
 * The names index behind the lookup field ("vind je gemeente of regio"): every municipality by
 * official name and spelling variants, every region by current and former names, and the
 * choice pages of names two municipalities share. Built once at build time
 * (`/zoeken/namen.json`); matched in the browser: accent- and case-insensitive, by prefix,
 * and tolerant of one typo.
 */
import { stripAccents } from '../../schemas/slug.ts';

/** Kinds of entry: a municipality, a region or subregion, or the choice between namesakes. */
export type NameKind = 'gemeente' | 'regio' | 'subregio' | 'keuze';

export interface NameEntry {
  /** Display name (official name). */
  n: string;
  /** Kind of entry. */
  k: NameKind;
  /** Site path without base, e.g. `/gemeente/uitgeest/`. */
  p: string;
  /** Other names: spelling variants, former names, a shared name. */
  a?: string[];
  /** Province names (municipality: its province; region: the provinces it lies in). */
  v?: string[];
  /** Municipality: region(s) per the most recent source, with the year. */
  r?: { n: string; p: string; y: number }[];
  /** Choice page: the names of the entries it chooses between. */
  c?: string[];
}

export interface NamesIndex {
  entries: NameEntry[];
}

/** Lower case, accents removed, anything but letters and digits one space: "Súdwest-Fryslân" -> "sudwest fryslan". */
export function normalizeName(text: string): string {
  return stripAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
export const byEntryName = (a: NameEntry, b: NameEntry) => collator.compare(a.n, b.n);

/** Optimal string alignment distance is at most 1: one letter added, removed, changed, or two neighbours swapped. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** How well a name matches, best first; lower is better. */
export const MatchRank = { exact: 0, exactWithoutPrefix: 1, prefix: 2, wordPrefix: 3, typo: 4 } as const;
export type MatchRankValue = (typeof MatchRank)[keyof typeof MatchRank];

export interface NameMatch {
  entry: NameEntry;
  rank: MatchRankValue;
  /** The name that matched, when it is not the display name (a variant or former name). */
  via?: string;
}

/** Words that readers may add or leave out: "Regio Alkmaar" is also found as "Alkmaar". */
export const stripKindWord = (name: string) => name.replace(/^(?:regio|gemeente|jeugdregio)\s+/, '');

function rankKey(query: string, key: string): MatchRankValue | undefined {
  if (key === query) return MatchRank.exact;
  const bare = stripKindWord(key);
  if (bare === query || stripKindWord(query) === bare) return MatchRank.exactWithoutPrefix;
  if (key.startsWith(query) || bare.startsWith(query)) return MatchRank.prefix;
  if (query.length >= 2 && key.split(' ').some((word) => word.startsWith(query))) return MatchRank.wordPrefix;
  if (query.length >= 4) {
    for (const candidate of [key, bare]) {
      if (withinOneEdit(query, candidate)) return MatchRank.typo;
      // A typo while still typing: compare with the start of the name.
      for (const length of [query.length - 1, query.length, query.length + 1]) {
        if (length < candidate.length && withinOneEdit(query, candidate.slice(0, length))) return MatchRank.typo;
      }
    }
  }
  return undefined;
}

/** The best rank of any of a page's names for a query (undefined: no match), e.g. for a search result. */
export function bestRank(query: string, names: readonly string[]): MatchRankValue | undefined {
  const q = normalizeName(query);
  if (q === '') return undefined;
  let best: MatchRankValue | undefined;
  for (const name of names) {
    const rank = rankKey(q, normalizeName(name));
    if (rank !== undefined && (best === undefined || rank < best)) best = rank;
  }
  return best;
}

const KIND_ORDER: Record<NameKind, number> = { keuze: 0, gemeente: 1, regio: 2, subregio: 3 };

/** Entries matching a query, best first: exact names, then prefixes, word prefixes, one typo. */
export function matchNames(entries: readonly NameEntry[], query: string, limit = 8): NameMatch[] {
  const q = normalizeName(query);
  if (q === '') return [];
  const matches: NameMatch[] = [];
  for (const entry of entries) {
    let best: NameMatch | undefined;
    for (const name of [entry.n, ...(entry.a ?? [])]) {
      const rank = rankKey(q, normalizeName(name));
      // Say which other name matched, unless the display name already starts with it ("Bergen (L.)" for "Bergen").
      const said = name === entry.n || normalizeName(entry.n).startsWith(normalizeName(name));
      if (rank !== undefined && (best === undefined || rank < best.rank)) best = said ? { entry, rank } : { entry, rank, via: name };
    }
    if (best) matches.push(best);
  }
  return matches
    .sort((a, b) => a.rank - b.rank || KIND_ORDER[a.entry.k] - KIND_ORDER[b.entry.k] || a.entry.n.length - b.entry.n.length || byEntryName(a.entry, b.entry))
    .slice(0, limit);
}

/**
 * Where Enter takes the reader without choosing a suggestion: the one page whose name equals
 * the query, or the choice page when the name is shared; undefined sends the text to search.
 */
export function exactTarget(matches: readonly NameMatch[]): NameEntry | undefined {
  const exact = matches.filter((m) => m.rank === MatchRank.exact);
  if (exact.length === 1) return exact[0]!.entry;
  return exact.find((m) => m.entry.k === 'keuze')?.entry;
}
