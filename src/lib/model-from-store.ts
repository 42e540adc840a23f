/**
 * Builds the site model from the validator's store (plain Node, no Astro). Used by tests,
 * scripts and benchmarks; the site itself fills the model from Astro's collections.
 */
import type { Store } from '../../schemas/validator/validate.ts';
import type { CollectionName } from '../../schemas/collections.ts';
import { buildModel, type RawContent, type SiteModel } from './model.ts';

export function modelFromStore(store: Store): SiteModel {
  const data = (name: CollectionName) => [...store.get(name)!.values()].map((entry) => entry.data);
  const withId = (name: CollectionName) => [...store.get(name)!.values()].map((entry) => ({ ...entry.data, id: entry.id }));
  const raw: RawContent = {
    tasks: data('taken'),
    actionLines: data('actielijnen'),
    provinces: data('provincies'),
    questions: data('vragen2013'),
    municipalities: data('gemeenten'),
    regions: withId('regios'),
    profiles: withId('profielen2013'),
    documents: withId('documenten'),
    tiles: data('tegelkaart'),
  };
  return buildModel(raw);
}
