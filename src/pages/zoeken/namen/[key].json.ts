/**
 * /zoeken/namen/<key>.json: one shard of the names index, only when the index is too large for
 * one file (`src/lib/search-names-shards.ts`); none at the size of the real content.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { namesIndexFiles } from '../../../lib/search-names-index.ts';
import type { NamesIndex } from '../../../lib/search-names.ts';

export const getStaticPaths = (async () =>
  [...namesIndexFiles(await loadSite()).shards].map(([key, shard]) => ({ params: { key }, props: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { shard: NamesIndex }).shard), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
