/**
 * The first line of every YAML content file: `# yaml-language-server: $schema=<relative path>`,
 * which points the YAML extension of an editor (VS Code, and github.dev in the browser) at the
 * JSON Schema of that kind of file (`schemas/json/<collection>.schema.json`, `npm run schemas`).
 */
import { COLLECTIONS, type CollectionName } from '../../schemas/collections.ts';

const globToRegExp = (glob: string) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
const MATCHERS = (Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][])
  .filter(([, spec]) => spec.schema)
  .map(([name, spec]) => [name, globToRegExp(spec.pattern)] as const);

/** The collection of a content file (`content/regio/alkmaar/regio.yaml` → `regios`), if it has a schema. */
export function collectionOf(contentFile: string): CollectionName | undefined {
  const relative = contentFile.replace(/^content\//, '');
  return MATCHERS.find(([, pattern]) => pattern.test(relative))?.[0];
}

export const SCHEMA_LINE = /^# yaml-language-server: \$schema=(\S+)$/;

/** The modeline for a content file (path relative to the repository root). */
export function schemaLine(contentFile: string): string {
  const collection = collectionOf(contentFile);
  if (!collection) throw new Error(`${contentFile}: geen schema voor dit soort bestand`);
  const depth = contentFile.split('/').length - 1;
  return `# yaml-language-server: $schema=${'../'.repeat(depth)}schemas/json/${collection}.schema.json`;
}
