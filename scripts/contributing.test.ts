/**
 * CONTRIBUTING.md stays true: its MDX examples pass the safety check, its component table names
 * exactly the allowed components, its templates are accepted by the JSON Schemas, its error
 * example is what the validator prints, and every `npm run` command it names exists.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ALLOWED_MDX_COMPONENTS } from '../schemas/validator/mdx-components.ts';
import { checkMdxSafety } from '../schemas/validator/mdx-safety.ts';
import { SCHEMA_LINE } from './lib/schema-line.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const text = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
const blocks = (lang: string) => [...text.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

describe('CONTRIBUTING.md', () => {
  it('MDX examples pass the safety check', () => {
    const examples = blocks('mdx');
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(checkMdxSafety('voorbeeld.mdx', example, ALLOWED_MDX_COMPONENTS)).toEqual([]);
  });

  it('documents every allowed component, and only those', () => {
    const documented = [...text.matchAll(/^\| `<(\w+)>` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...ALLOWED_MDX_COMPONENTS].sort());
  });

  it('YAML templates are accepted by the schema their first line names', () => {
    const ajv = new Ajv2020({ strict: false });
    const templates = blocks('yaml');
    expect(templates.length).toBeGreaterThanOrEqual(3);
    for (const template of templates) {
      const schema = SCHEMA_LINE.exec(template.split('\n')[0]!)![1]!.replace(/^(\.\.\/)+/, '');
      const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, schema), 'utf8')));
      expect(validate(parse(template)), `${schema}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('shows an error line exactly as npm run validate prints it', () => {
    const example = /^ {2}(content\/regio\/alkmaar\/regio\.yaml:\d+:\d+ kind: .*)$/m.exec(text)![1]!;
    const root = mkdtempSync(join(tmpdir(), 'contributing-'));
    try {
      cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
      const file = join(root, 'content/regio/alkmaar/regio.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^kind: regio$/m, 'kind: regionnal'));
      const run = spawnSync(process.execPath, [join(ROOT, 'scripts/validate.ts'), root], { encoding: 'utf8' });
      expect(run.stderr.split('\n')).toContain(example);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('names only npm scripts that exist', () => {
    const scripts = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
    const named = [...new Set([...text.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!))];
    expect(named.length).toBeGreaterThan(3);
    for (const name of named) expect(scripts, name).toContain(name);
  });
});
