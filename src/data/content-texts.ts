/**
 * Every text in the validated content (all string values of every entry, and the MDX bodies),
 * from Astro's collections, which the one content loader filled: for indexes that need the
 * words of the content, such as the compound index of search. Nothing here reads `content/`.
 */
import { getCollection } from 'astro:content';
import { COLLECTIONS, type CollectionName } from '../../schemas/collections.ts';

/** Appends every string in `value` (at any depth) to `texts`. */
function collectStrings(value: unknown, texts: string[]): void {
  if (typeof value === 'string') texts.push(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, texts);
  else if (value && typeof value === 'object') for (const key in value) collectStrings((value as Record<string, unknown>)[key], texts);
}

export async function contentTexts(): Promise<string[]> {
  const texts: string[] = [];
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    for (const entry of await getCollection(name)) {
      collectStrings(entry.data, texts);
      if ('body' in entry && typeof entry.body === 'string') texts.push(entry.body);
    }
  }
  return texts;
}
