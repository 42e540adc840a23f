/**
 * /zoeken/namen.json: the names index of the lookup field (`src/lib/search-names-index.ts`),
 * generated once per build and fetched by the browser on first use of the field. Above a size
 * budget it is the manifest of the shards in /zoeken/namen/ (`src/lib/search-names-shards.ts`).
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site.ts';
import { namesIndexFiles } from '../../lib/search-names-index.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(namesIndexFiles(await loadSite()).main), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
