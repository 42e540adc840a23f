/**
 * `npm run schemas`: writes the JSON Schemas of the content files to `schemas/json/` (from the
 * zod schemas; see scripts/lib/json-schemas.ts), and puts the `$schema` line at the top of every
 * YAML file under content/ that lacks it. `--check` writes nothing and fails when a committed
 * schema is out of date or a content file lacks its line.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContentTree } from '../schemas/validator/content-fs.ts';
import { jsonSchemaText, SCHEMA_COLLECTIONS, schemaPath } from './lib/json-schemas.ts';
import { SCHEMA_LINE, schemaLine } from './lib/schema-line.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
mkdirSync(join(root, 'schemas/json'), { recursive: true });
const stale: string[] = [];
for (const collection of SCHEMA_COLLECTIONS) {
  const file = join(root, schemaPath(collection));
  const text = jsonSchemaText(collection);
  if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
  stale.push(schemaPath(collection));
  if (!check) writeFileSync(file, text);
}
// Every YAML content file starts with the line that points an editor at its schema.
for (const file of readContentTree(root).files.filter((f) => /\.ya?ml$/.test(f.path))) {
  const line = schemaLine(file.path);
  const first = file.text.split('\n', 1)[0]!;
  if (first === line) continue;
  stale.push(file.path);
  if (!check) writeFileSync(join(root, file.path), `${line}\n${SCHEMA_LINE.test(first) ? file.text.slice(first.length + 1) : file.text}`);
}
if (check && stale.length > 0) {
  console.error(`verouderd of zonder $schema-regel (draai npm run schemas): ${stale.join(', ')}`);
  process.exit(1);
}
console.log(stale.length === 0 ? 'JSON Schemas zijn actueel.' : `geschreven: ${stale.join(', ')}`);
