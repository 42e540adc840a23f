/**
 * Loads every collection once per build and turns it into the site model (`src/lib/model.ts`).
 * Pages call `loadSite()` instead of querying collections themselves.
 */
import { getCollection } from 'astro:content';
import { buildModel, type SiteModel } from '../lib/model.ts';

let cached: Promise<SiteModel> | undefined;

async function load(): Promise<SiteModel> {
  const withId = <T,>(entries: { id: string; data: T }[]) => entries.map((entry) => ({ ...entry.data, id: entry.id }));
  const data = <T,>(entries: { data: T }[]) => entries.map((entry) => entry.data);
  const [tasks, actionLines, provinces, questions, municipalities, regions, profiles, documents, tiles] = await Promise.all([
    getCollection('taken'),
    getCollection('actielijnen'),
    getCollection('provincies'),
    getCollection('vragen2013'),
    getCollection('gemeenten'),
    getCollection('regios'),
    getCollection('profielen2013'),
    getCollection('documenten'),
    getCollection('tegelkaart'),
  ]);
  return buildModel({
    tasks: data(tasks),
    actionLines: data(actionLines),
    provinces: data(provinces),
    questions: data(questions),
    municipalities: data(municipalities),
    regions: withId(regions),
    profiles: withId(profiles),
    documents: withId(documents),
    tiles: data(tiles),
  } as Parameters<typeof buildModel>[0]);
}

export function loadSite(): Promise<SiteModel> {
  cached ??= load();
  return cached;
}
