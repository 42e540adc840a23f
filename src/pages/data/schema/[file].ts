/** JSON Schema of every kind of content file, generated from the zod schemas. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { schemaDownloads } from '../../../lib/json-schema.ts';

export const getStaticPaths = (() =>
  schemaDownloads().map((download) => ({ params: { file: download.file }, props: { body: `${JSON.stringify(download.schema, null, 2)}\n` } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/schema+json' } });
