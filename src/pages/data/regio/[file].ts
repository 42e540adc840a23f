/** Each region's own data: /data/regio/<slug>.csv and /data/regio/<slug>.json (see src/lib/region-data.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRegionData } from '../../../data/region-data.ts';

export const getStaticPaths = (async () => {
  const files = await loadRegionData();
  return [...files].flatMap(([id, { csv, json }]) => [
    { params: { file: `${id}.csv` }, props: { type: 'text/csv; charset=utf-8', body: csv } },
    { params: { file: `${id}.json` }, props: { type: 'application/json; charset=utf-8', body: json } },
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { type, body } = props as { type: string; body: string };
  return new Response(body, { headers: { 'Content-Type': type } });
};
