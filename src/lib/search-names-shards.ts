/**
 * The names index in shards, once it is too large to fetch whole (`/zoeken/namen.json`). Below
 * the threshold the index is one file, as it always was; above it `namen.json` is a small
 * manifest and the entries sit in `/zoeken/namen/<key>.json`, one file per beginning of a word
 * (the first `keyLength` letters, accents removed). An entry is in the shard of every word of its
 * names (official name, other spellings, former names), so a query only needs the shard of its
 * own first word: exact names, names without "Regio", prefixes, word prefixes and a typo after
 * the first letters are found as before. What sharding costs: a typo within the first
 * `keyLength` letters, and a query of only a kind word ("regio") or of fewer letters than the
 * key (only names with a word that short, such as "'s"), find nothing.
 */
import { normalizeName, stripKindWord, type NameEntry, type NamesIndex } from './search-names.ts';

/**
 * The most one fetch for the lookup may cost, gzip: 32 KiB. JSON of the names index compresses
 * about 9:1 (measured: k=1 65,902 bytes → 7,200 gzip; k=10 672,888 → 62,118), so a file of at
 * most 32 KiB × 9 = 294,912 bytes of JSON stays within it. k=1 (66 KB) stays one file.
 */
export const NAMES_GZIP_BUDGET = 32 * 1024;
export const NAMES_GZIP_RATIO = 9;
export const NAMES_MAX_JSON_BYTES = NAMES_GZIP_BUDGET * NAMES_GZIP_RATIO;
/** The longest shard key tried; beyond it a shard may stay above the budget. */
export const MAX_KEY_LENGTH = 3;

/** `/zoeken/namen.json` when the index is sharded. */
export interface NamesManifest {
  /** Letters of a word that name its shard. */
  keyLength: number;
  /** Every shard key, sorted; a query whose key is not listed has no names. */
  shards: string[];
}

export type NamesFile = NamesIndex | NamesManifest;

export const isManifest = (file: NamesFile): file is NamesManifest => 'shards' in file;

/** Words that name a kind of page, not a place: not a reason to put a name in a shard. */
const KIND_WORDS = new Set(['regio', 'gemeente', 'jeugdregio']);

/** The shard key of a word: its first letters; words of digits only (clone numbers) have none. */
export function wordKey(word: string, keyLength: number): string | undefined {
  if (word === '' || /^[0-9]+$/.test(word) || KIND_WORDS.has(word)) return undefined;
  return word.slice(0, keyLength);
}

/** The shards an entry belongs in: one per distinct key of the words of all its names. */
export function shardKeysOf(entry: NameEntry, keyLength: number): string[] {
  const keys = new Set<string>();
  for (const name of [entry.n, ...(entry.a ?? [])]) {
    for (const word of normalizeName(name).split(' ')) {
      const key = wordKey(word, keyLength);
      if (key !== undefined) keys.add(key);
    }
  }
  return [...keys];
}

/**
 * The shard a query needs: the key of its first word after a leading kind word ("regio
 * alkmaar" → "alkmaar"); undefined for an empty query or one of digits only.
 */
export function queryKey(query: string, keyLength: number): string | undefined {
  const q = normalizeName(query);
  const stripped = stripKindWord(q);
  const first = (stripped === '' ? q : stripped).split(' ')[0] ?? '';
  if (first === '' || /^[0-9]+$/.test(first)) return undefined;
  return first.slice(0, keyLength);
}

/** Entries per shard key, each shard keeping the order of the index. */
export function shardEntries(entries: readonly NameEntry[], keyLength: number): Map<string, NameEntry[]> {
  const shards = new Map<string, NameEntry[]>();
  for (const entry of entries) {
    for (const key of shardKeysOf(entry, keyLength)) {
      const shard = shards.get(key);
      if (shard) shard.push(entry);
      else shards.set(key, [entry]);
    }
  }
  return new Map([...shards].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export interface NamesFiles {
  /** What `/zoeken/namen.json` holds: the whole index, or the manifest. */
  main: NamesFile;
  /** Shard key → file content; empty when the index is one file. */
  shards: Map<string, NamesIndex>;
}

const jsonBytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/**
 * One file while its JSON fits `maxBytes`; otherwise shards by the shortest key length (1 to
 * MAX_KEY_LENGTH letters) at which every shard fits.
 */
export function namesFiles(index: NamesIndex, maxBytes = NAMES_MAX_JSON_BYTES): NamesFiles {
  if (jsonBytes(index) <= maxBytes) return { main: index, shards: new Map() };
  let shards = new Map<string, NameEntry[]>();
  let keyLength = 0;
  while (keyLength < MAX_KEY_LENGTH) {
    keyLength++;
    shards = shardEntries(index.entries, keyLength);
    if ([...shards.values()].every((entries) => jsonBytes({ entries }) <= maxBytes)) break;
  }
  return {
    main: { keyLength, shards: [...shards.keys()] },
    shards: new Map([...shards].map(([key, entries]) => [key, { entries }])),
  };
}

/**
 * The entries a query has to be matched against: all of them for a single file, else the one
 * shard of the query's key (fetched by `loadShard`, none when the manifest has no such key).
 */
export async function entriesFor(file: NamesFile, query: string, loadShard: (key: string) => Promise<NameEntry[]>): Promise<NameEntry[]> {
  if (!isManifest(file)) return file.entries;
  const key = queryKey(query, file.keyLength);
  if (key === undefined || !file.shards.includes(key)) return [];
  return loadShard(key);
}
