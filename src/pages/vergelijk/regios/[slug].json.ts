/**
 * One small JSON record per region for the side-by-side page (`src/lib/side-by-side.ts`): the
 * page's script loads the two to four chosen regions and puts each in a column.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPlans } from '../../../data/site.ts';
import { sideRegion } from '../../../lib/side-by-side.ts';
import { href, paths } from '../../../lib/url.ts';

export const getStaticPaths = (async () => {
  const plans = await loadPlans();
  return plans.site.regions.map((region) => ({ params: { slug: region.id }, props: { body: JSON.stringify(sideRegion(plans, region.id, (id) => href(paths.region(id)))) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
