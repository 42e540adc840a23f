/**
 * /wijzigingen/feed.xml: the same changes as an Atom feed. Not built without the full history.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentHistory } from '../../data/changes-fs.ts';
import { loadPlans } from '../../data/site.ts';
import { atomFeed } from '../../lib/changes.ts';
import { CHANGES_PATH, entriesFor, FEED_PATH, FEED_TEXT } from '../../lib/changes-view.ts';

export const getStaticPaths = (async () => ((await contentHistory()) ? [{ params: { name: 'feed' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const entries = entriesFor((await contentHistory())!, await loadPlans());
  const root = new URL(import.meta.env.BASE_URL, site ?? 'https://regiodossiers.example.org').href;
  return new Response(atomFeed(entries, root, FEED_TEXT, FEED_PATH, CHANGES_PATH), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
