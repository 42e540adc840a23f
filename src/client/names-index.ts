/**
 * The names index `/zoeken/namen.json`, fetched at most once per page (lookup field and results
 * page share it). When it is a manifest, the shard a query needs (`/zoeken/namen/<key>.json`) is
 * fetched on demand, each at most once (`src/lib/search-names-shards.ts`).
 */
import type { NameEntry, NamesIndex } from '../lib/search-names.ts';
import { entriesFor, type NamesFile } from '../lib/search-names-shards.ts';

let main: Promise<NamesFile> | undefined;
const shards = new Map<string, Promise<NameEntry[]>>();
const empty: NamesIndex = { entries: [] };

function getJson<T>(url: string, fallback: T, retry: () => void): Promise<T> {
  return fetch(url)
    .then((response) => (response.ok ? (response.json() as Promise<T>) : fallback))
    .catch(() => {
      retry(); // offline or blocked: the forms still submit to the search page
      return fallback;
    });
}

/** The index or its manifest; fetched once (on first focus of the field). */
export function loadNamesFile(url: string): Promise<NamesFile> {
  main ??= getJson<NamesFile>(url, empty, () => (main = undefined));
  return main;
}

/** The entries to match a query against: the whole index, or the query's shard. */
export async function namesFor(url: string, query: string): Promise<NameEntry[]> {
  return entriesFor(await loadNamesFile(url), query, (key) => {
    const shardUrl = new URL(`namen/${encodeURIComponent(key)}.json`, new URL(url, location.href)).href;
    let shard = shards.get(key);
    if (!shard) {
      shard = getJson<NamesIndex>(shardUrl, empty, () => shards.delete(key)).then((index) => index.entries);
      shards.set(key, shard);
    }
    return shard;
  });
}
