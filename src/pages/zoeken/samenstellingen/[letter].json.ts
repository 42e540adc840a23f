/**
 * /zoeken/samenstellingen/<letter>.json: Dutch compounds per word they end in
 * (`src/lib/search-compounds.ts`), split by first letter so a query fetches one small file. The build runs in the
 * repository root (as `git log` for the edit dates does).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { join } from 'node:path';
import { compoundIndex, compoundShard } from '../../../lib/search-compounds.ts';
import { contentWordCounts } from '../../../lib/search-words-fs.ts';

export const getStaticPaths = (() => {
  const index = compoundIndex(contentWordCounts(join(process.cwd(), 'content')));
  const shards = new Map<string, Record<string, string[]>>();
  for (const [word, compounds] of Object.entries(index)) {
    const shard = compoundShard(word);
    shards.set(shard, { ...(shards.get(shard) ?? {}), [word]: compounds });
  }
  return [...shards].map(([letter, entries]) => ({ params: { letter }, props: { entries } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { entries: Record<string, string[]> }).entries), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
