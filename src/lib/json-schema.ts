/**
 * JSON Schema (draft 2020-12) of every kind of content file, generated from the zod schemas,
 * for people who re-use the open data or edit the YAML in an editor with schema support.
 */
import { z } from 'zod';
import { COLLECTIONS, type CollectionName } from '../../schemas/collections.ts';

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
      const name = FILE_NAMES[collection] ?? collection;
      const entry = z.toJSONSchema(spec.schema!, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
      const schema = spec.shape === 'list' ? { $schema: entry.$schema, type: 'array', items: { ...entry, $schema: undefined } } : entry;
      return { collection, file: `${name}.schema.json`, pattern: `content/${spec.pattern}`, schema: JSON.parse(JSON.stringify(schema)) };
    });
}
