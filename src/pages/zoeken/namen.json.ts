/**
 * /zoeken/namen.json: the names index of the lookup field (`src/lib/search-names-index.ts`),
 * generated once per build and fetched by the browser on first use of the field.
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site.ts';
import { buildNamesIndex } from '../../lib/search-names-index.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildNamesIndex(await loadSite())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
