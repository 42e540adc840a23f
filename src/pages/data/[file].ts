/**
 * Open data downloads under /data/: the 2013 task tables, the municipalities with their
 * regions, and the governance answers, as CSV and JSON. The records come from
 * `src/lib/open-data.ts`; this endpoint only loads the collections.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { openDataFiles, type OpenDataInput } from '../../lib/open-data.ts';

async function files() {
  const [regions, profiles, tasks, municipalities, questions] = await Promise.all([
    getCollection('regios'),
    getCollection('profielen2013'),
    getCollection('taken'),
    getCollection('gemeenten'),
    getCollection('vragen2013'),
  ]);
  const input = {
    regions: regions.map((entry) => ({ ...(entry.data as object), id: entry.id })),
    profiles: profiles.map((entry) => ({ ...(entry.data as object), id: entry.id })),
    tasks: tasks.map((entry) => entry.data),
    municipalities: municipalities.map((entry) => entry.data),
    questions: questions.map((entry) => entry.data),
  } as unknown as OpenDataInput;
  return openDataFiles(input);
}

export const getStaticPaths = (async () => {
  const all = await files();
  return Object.entries(all).map(([file, { type, body }]) => ({ params: { file }, props: { type, body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { type, body } = props as { type: string; body: string };
  return new Response(body, { headers: { 'Content-Type': type } });
};
