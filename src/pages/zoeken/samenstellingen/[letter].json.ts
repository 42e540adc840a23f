/**
 * /zoeken/samenstellingen/<letter>.json: Dutch compounds per word they end in
 * (`src/lib/search-compounds.ts`), split by first letter so a query fetches one small file. The words
 * come from the validated content (`src/data/content-texts.ts`), not from reading content/ again.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentTexts } from '../../../data/content-texts.ts';
import { compoundIndex, compoundShard, wordCounts } from '../../../lib/search-compounds.ts';

export const getStaticPaths = (async () => {
  const index = compoundIndex(wordCounts(await contentTexts()));
  const shards = new Map<string, Record<string, string[]>>();
  for (const [word, compounds] of Object.entries(index)) {
    const shard = compoundShard(word);
    const entries = shards.get(shard);
    if (entries) entries[word] = compounds;
    else shards.set(shard, { [word]: compounds });
  }
  return [...shards].map(([letter, entries]) => ({ params: { letter }, props: { entries } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { entries: Record<string, string[]> }).entries), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
