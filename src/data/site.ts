/**
 * Loads every collection once per build and turns it into the site model (`src/lib/model.ts`).
 * Pages call `loadSite()` instead of querying collections themselves.
 */
import { getCollection } from 'astro:content';
import { buildModel, type SiteModel } from '../lib/model.ts';
import { buildPlans, type PlanParts, type PlansModel } from '../lib/plans.ts';

let cached: Promise<SiteModel> | undefined;

async function load(): Promise<SiteModel> {
  const withId = <T,>(entries: { id: string; data: T }[]) => entries.map((entry) => ({ ...entry.data, id: entry.id }));
  const data = <T,>(entries: { data: T }[]) => entries.map((entry) => entry.data);
  const [tasks, actionLines, provinces, questions, municipalities, regions, profiles, documents, tiles, reorganisations] = await Promise.all([
    getCollection('taken'),
    getCollection('actielijnen'),
    getCollection('provincies'),
    getCollection('vragen2013'),
    getCollection('gemeenten'),
    getCollection('regios'),
    getCollection('profielen2013'),
    getCollection('documenten'),
    getCollection('tegelkaart'),
    getCollection('herindelingen'),
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
    reorganisations: data(reorganisations),
  } as Parameters<typeof buildModel>[0]);
}

export function loadSite(): Promise<SiteModel> {
  cached ??= load();
  return cached;
}

let plansCached: Promise<PlansModel> | undefined;

/** Visions, plans, agendas and collaborations, connected to the site model (`src/lib/plans.ts`). */
async function loadPlansOnce(): Promise<PlansModel> {
  const withId = (entries: { id: string; data: unknown }[]) => entries.map((entry) => ({ ...(entry.data as object), id: entry.id }));
  const [site, visions, plans, agendas, collaborations] = await Promise.all([
    loadSite(),
    getCollection('visies'),
    getCollection('plannen'),
    getCollection('agendas'),
    getCollection('samenwerkingen'),
  ]);
  // Collections are built generically from schemas/collections.ts, so their data is typed here.
  return buildPlans(site, {
    visions: withId(visions),
    plans: withId(plans),
    agendas: withId(agendas),
    collaborations: withId(collaborations),
  } as PlanParts);
}

export function loadPlans(): Promise<PlansModel> {
  plansCached ??= loadPlansOnce();
  return plansCached;
}
