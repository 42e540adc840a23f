/**
 * Connects the one content loader (`src/loaders/validated-content.ts`) to Astro's collections.
 * The schemas in `schemas/` give the types; the validator has already checked every entry with
 * them (and everything zod alone cannot check), so Astro does not parse anything again.
 */
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { PROBLEMS_COLLECTION, validatedContent } from './loaders/validated-content.ts';

function collectionFor(name: CollectionName) {
  const { schema } = COLLECTIONS[name];
  return defineCollection({ loader: validatedContent(name), ...(schema ? { schema } : {}) });
}

export const collections = {
  ...(Object.fromEntries(Object.keys(COLLECTIONS).map((name) => [name, collectionFor(name as CollectionName)])) as Record<CollectionName, ReturnType<typeof collectionFor>>),
  /** The last validation: its problems as printed (only ever any under `astro dev`, where the layout shows them). */
  [PROBLEMS_COLLECTION]: defineCollection({
    loader: validatedContent(PROBLEMS_COLLECTION),
    schema: z.object({ files: z.number(), problems: z.array(z.string()) }),
  }),
};
