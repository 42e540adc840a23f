/** The names index `/zoeken/namen.json`, fetched at most once per page (lookup field and results page share it). */
import type { NameEntry, NamesIndex } from '../lib/search-names.ts';

let names: Promise<NameEntry[]> | undefined;

export function loadNames(url: string): Promise<NameEntry[]> {
  names ??= fetch(url)
    .then((response) => (response.ok ? (response.json() as Promise<NamesIndex>) : { entries: [] }))
    .then((index) => index.entries)
    .catch(() => {
      names = undefined; // offline or blocked: the forms still submit to the search page
      return [];
    });
  return names;
}
