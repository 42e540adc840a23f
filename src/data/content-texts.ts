/**
 * Every text in the validated content (all string values of every entry, and the MDX bodies),
 * from Astro's collections, which the one content loader filled: for indexes that need the
 * words of the content, such as the compound index of search. Nothing here reads `content/`.
 */
import { getCollection } from 'astro:content';
import { COLLECTIONS, type CollectionName } from '../../schemas/collections.ts';

function* stringsOf(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsOf(item);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) yield* stringsOf(item);
}

export async function contentTexts(): Promise<string[]> {
  const texts: string[] = [];
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    for (const entry of await getCollection(name)) {
      texts.push(...stringsOf(entry.data));
      if ('body' in entry && typeof entry.body === 'string') texts.push(entry.body);
    }
  }
  return texts;
}
