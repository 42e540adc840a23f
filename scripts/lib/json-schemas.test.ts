/**
 * The committed JSON Schemas (schemas/json/) are current, describe every field in Dutch, accept
 * every content file of their kind, and reject samples that the validator rejects too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readContentTree } from '../../schemas/validator/content-fs.ts';
import { jsonSchema, jsonSchemaText, NOT_EXPRESSED, properties, SCHEMA_COLLECTIONS, schemaPath } from './json-schemas.ts';
import { collectionOf, schemaLine } from './schema-line.ts';
import { validateContent } from '../../schemas/validator/validate.ts';
import type { CollectionName } from '../../schemas/collections.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const files = readContentTree(ROOT).files;
const yamlFiles = files.filter((f) => /\.ya?ml$/.test(f.path));
const ajv = new Ajv2020({ strict: false, allErrors: true });
const validators = new Map(SCHEMA_COLLECTIONS.map((c) => [c, ajv.compile(JSON.parse(readFileSync(join(ROOT, schemaPath(c)), 'utf8')))]));
const check = (collection: CollectionName, data: unknown) => {
  const validate = validators.get(collection)!;
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
};

describe('schemas/json/', () => {
  it('equals what npm run schemas generates', () => {
    for (const collection of SCHEMA_COLLECTIONS) {
      expect(readFileSync(join(ROOT, schemaPath(collection)), 'utf8'), `${schemaPath(collection)}: draai npm run schemas`).toBe(jsonSchemaText(collection));
    }
  });

  it('describes every field in Dutch', () => {
    const missing = SCHEMA_COLLECTIONS.flatMap((collection) => [...properties(jsonSchema(collection))].filter(([, node]) => !node.description).map(([path]) => `${collection}:${path}`));
    expect(missing).toEqual([]);
  });

  it('has the limits the issue named: date required, short_title at most 44 characters', () => {
    const document = jsonSchema('documenten');
    expect(document.required).toContain('date');
    expect(document.properties.short_title.maxLength).toBe(44);
  });
});

describe('every YAML file under content/', () => {
  it('starts with the $schema line of its kind', () => {
    const wrong = yamlFiles.filter((f) => f.text.split('\n', 1)[0] !== schemaLine(f.path)).map((f) => f.path);
    expect(yamlFiles.length).toBeGreaterThan(90);
    expect(wrong).toEqual([]);
  });

  it('is accepted by the JSON Schema of its kind', () => {
    const problems = yamlFiles.flatMap((f) => check(collectionOf(f.path)!, parse(f.text)).map((p) => `${f.path}: ${p}`));
    expect(problems).toEqual([]);
  });
});

/** Invalid samples: each is rejected by the JSON Schema and by the validator. */
const SAMPLES: { name: string; file: string; edit: (text: string) => string }[] = [
  { name: 'short_title of 45 characters', file: 'content/documenten/regiovisie-zuid-kennemerland-ijmond/document.yaml', edit: (t) => t.replace(/^short_title: .*$/m, `short_title: ${'x'.repeat(45)}`) },
  { name: 'no date', file: 'content/documenten/regiovisie-zuid-kennemerland-ijmond/document.yaml', edit: (t) => t.replace(/^date: ongedateerd\n/m, '') },
  { name: 'ongedateerd without date_note', file: 'content/documenten/regiovisie-zuid-kennemerland-ijmond/document.yaml', edit: (t) => t.replace(/^date_note: >-\n(?:  .*\n)+/m, '') },
  { name: 'estimated_years with a printed date', file: 'content/documenten/regiovisie-zuid-kennemerland-ijmond/document.yaml', edit: (t) => t.replace(/^date: ongedateerd$/m, 'date: 2021-05-01') },
  { name: 'misspelt enum value', file: 'content/regio/alkmaar/regio.yaml', edit: (t) => t.replace('kind: regio', 'kind: regionnal') },
  { name: 'unknown key', file: 'content/regio/alkmaar/regio.yaml', edit: (t) => t.replace('name: Regio Alkmaar', 'titel: Regio Alkmaar') },
  { name: 'year out of range', file: 'content/regio/alkmaar/regio.yaml', edit: (t) => t.replace('year: 2013 }', 'year: 213 }') },
  { name: 'plan of neither region nor collaboration', file: 'content/documenten/transformatieplan-alkmaar-2018-2020/plan.yaml', edit: (t) => t.replace(/^region: .*\n/m, '') },
  { name: 'a region twice in a vision', file: 'content/documenten/regiovisie-zuid-kennemerland-ijmond/visie.yaml', edit: (t) => t.replace('regions: [zuid-kennemerland, ijmond]', 'regions: [zuid-kennemerland, zuid-kennemerland]') },
  { name: 'tile label longer than 26 characters', file: 'content/tegelkaart.yaml', edit: (t) => t.replace('label: Alkmaar }', `label: ${'Alkmaar'.repeat(4)} }`) },
  { name: 'onduidelijk next to a level', file: 'content/regio/alkmaar/profiel-2013.yaml', edit: (t) => t.replace('    level: lokaal\n', '    level: [onduidelijk, lokaal]\n') },
  { name: 'a misspelt level', file: 'content/regio/alkmaar/profiel-2013.yaml', edit: (t) => t.replace('    level: lokaal\n', '    level: regionnaal\n') },
  { name: 'slug with a capital', file: 'content/gemeenten.yaml', edit: (t) => t.replace('province: noord-holland }', 'province: Noord-Holland }') },
];

describe('invalid samples', () => {
  for (const sample of SAMPLES) {
    it(`rejects ${sample.name}, like the validator`, () => {
      const original = files.find((f) => f.path === sample.file)!;
      const text = sample.edit(original.text);
      expect(text, 'the sample changes the file').not.toBe(original.text);
      expect(check(collectionOf(sample.file)!, parse(text)).length, 'JSON Schema').toBeGreaterThan(0);
      const { problems } = validateContent(files.map((f) => (f.path === sample.file ? { ...f, text } : f)));
      expect(problems.filter((p) => p.file === sample.file).length, 'validator').toBeGreaterThan(0);
    });
  }
});

describe('rules the JSON Schemas cannot express (NOT_EXPRESSED)', () => {
  it('are listed', () => {
    expect(NOT_EXPRESSED.length).toBeGreaterThan(0);
  });

  it('a period ending before it starts: only the validator rejects it', () => {
    const file = 'content/documenten/transformatieplan-alkmaar-2018-2020/document.yaml';
    const original = files.find((f) => f.path === file)!;
    const text = original.text.replace(/^period: .*$/m, 'period: { from: 2020, to: 2018 }');
    expect(text).not.toBe(original.text);
    expect(check('documenten', parse(text))).toEqual([]);
    expect(validateContent(files.map((f) => (f.path === file ? { ...f, text } : f))).problems.some((p) => p.file === file && p.field.startsWith('period'))).toBe(true);
  });

  it('a municipality that does not exist: only the validator rejects it', () => {
    const file = 'content/regio/alkmaar/regio.yaml';
    const original = files.find((f) => f.path === file)!;
    const text = original.text.replace('municipality: castricum, source: regioprofielen-2013', 'municipality: wierdenn, source: regioprofielen-2013');
    expect(check('regios', parse(text))).toEqual([]);
    expect(validateContent(files.map((f) => (f.path === file ? { ...f, text } : f))).problems.some((p) => p.file === file && /wierdenn/.test(p.message))).toBe(true);
  });
});

describe('.vscode/settings.json', () => {
  it('maps every schema to the files of its kind, as the $schema lines do', () => {
    const settings = JSON.parse(readFileSync(join(ROOT, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string> };
    const globs = Object.entries(settings['yaml.schemas']);
    expect(globs.map(([schema]) => schema).sort()).toEqual(SCHEMA_COLLECTIONS.map(schemaPath).sort());
    for (const f of yamlFiles) {
      const [schema] = globs.find(([, glob]) => new RegExp(`^${glob.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`).test(f.path)) ?? [];
      expect(schema, f.path).toBe(schemaPath(collectionOf(f.path)!));
    }
    const extensions = JSON.parse(readFileSync(join(ROOT, '.vscode/extensions.json'), 'utf8')) as { recommendations: string[] };
    expect(extensions.recommendations).toEqual(expect.arrayContaining(['redhat.vscode-yaml', 'unifiedjs.vscode-mdx']));
  });
});
