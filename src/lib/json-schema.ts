/**
 * JSON Schema (draft 2020-12) of every kind of content file, for people who re-use the open data
 * or edit the YAML in an editor with schema support. The site publishes the committed schemas in
 * `schemas/json/` (written by `npm run schemas` from the zod schemas, with Dutch descriptions and
 * the validator's limits, and tested to be current), so there is one generator, not two.
 */
import { COLLECTIONS, type CollectionName } from '../../schemas/collections.ts';

const committed = import.meta.glob<Record<string, unknown>>('../../schemas/json/*.schema.json', { eager: true, import: 'default' });

export interface SchemaDownload {
  collection: CollectionName;
  /** File name under /data/schema/, e.g. `regio.schema.json`. */
  file: string;
  /** Files under content/ that follow this schema. */
  pattern: string;
  schema: Record<string, unknown>;
}

const FILE_NAMES: Partial<Record<CollectionName, string>> = {
  taken: 'taak',
  actielijnen: 'actielijn',
  provincies: 'provincie',
  vragen2013: 'vraag-2013',
  gemeenten: 'gemeente',
  regios: 'regio',
  profielen2013: 'regioprofiel-2013',
  documenten: 'document',
  visies: 'visie',
  agendas: 'agenda',
  samenwerkingen: 'samenwerking',
  tegelkaart: 'tegel',
  herindelingen: 'herindeling',
};

export function schemaDownloads(): SchemaDownload[] {
  return (Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][])
    .filter(([, spec]) => spec.schema !== undefined)
    .map(([collection, spec]) => {
      const schema = committed[`../../schemas/json/${collection}.schema.json`];
      if (!schema) throw new Error(`schemas/json/${collection}.schema.json ontbreekt: voer npm run schemas uit`);
      return { collection, file: `${FILE_NAMES[collection] ?? collection}.schema.json`, pattern: `content/${spec.pattern}`, schema };
    });
}
