/**
 * Connects the loaders to the schemas in `schemas/` (the single source of truth).
 * The validator in `scripts/` checks the same files more strictly (line numbers, all
 * problems at once, references); `src/integrations/content-guard.ts` runs it before a build.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'zod';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { dutchError } from '../schemas/errors.ts';

z.config({ customError: dutchError });

const CONTENT = './content';

function collectionFor(spec: (typeof COLLECTIONS)[CollectionName]) {
  if (spec.shape === 'list') {
    return defineCollection({ loader: file(`${CONTENT}/${spec.pattern}`), schema: spec.schema! });
  }
  const idFromPath = spec.idFromPath!;
  return defineCollection({
    loader: glob({ pattern: spec.pattern, base: CONTENT, generateId: ({ entry }) => idFromPath(entry) }),
    ...(spec.schema ? { schema: spec.schema } : {}),
  });
}

export const collections = Object.fromEntries(
  Object.entries(COLLECTIONS).map(([name, spec]) => [name, collectionFor(spec)]),
) as Record<CollectionName, ReturnType<typeof collectionFor>>;
