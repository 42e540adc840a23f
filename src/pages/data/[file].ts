/**
 * Open data downloads under /data/: the 2013 task tables, the municipalities with their
 * regions, and the governance answers, as CSV and JSON. Records come from
 * `src/lib/open-data.ts`, data from the same site model the pages use.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../data/site.ts';
import { openDataFiles } from '../../lib/open-data.ts';

export const getStaticPaths = (async () => {
  const files = openDataFiles(await loadSite());
  return Object.entries(files).map(([file, { type, body }]) => ({ params: { file }, props: { type, body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { type, body } = props as { type: string; body: string };
  return new Response(body, { headers: { 'Content-Type': type } });
};
