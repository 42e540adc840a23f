import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionName } from '../../schemas/collections.ts';
import * as contentFs from '../../schemas/validator/content-fs.ts';
import { edit, validFiles } from '../../schemas/validator/fixtures.ts';
import type { ContentFile } from '../../schemas/validator/validate.ts';
import { PROBLEMS_COLLECTION, STATUS_ID, validatedContent } from './validated-content.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function writeTree(files: ContentFile[]): string {
  const root = mkdtempSync(join(tmpdir(), 'regiodossiers-loader-'));
  roots.push(root);
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
  return root;
}

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  deferredRender?: boolean;
}

/** A minimal stand-in for what Astro's content layer hands a loader. */
function fakeContext(root: string, collection: string, dev: boolean) {
  const entries = new Map<string, StoredEntry>();
  const logged: string[] = [];
  const context = {
    collection,
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      set: (entry: StoredEntry) => entries.set(entry.id, entry),
      get: (id: string) => entries.get(id),
      delete: (id: string) => entries.delete(id),
      keys: () => [...entries.keys()],
      has: (id: string) => entries.has(id),
    },
    generateDigest: (data: unknown) => String(JSON.stringify(data).length),
    logger: { info: (m: string) => logged.push(m), error: (m: string) => logged.push(m), warn: (m: string) => logged.push(m) },
    ...(dev ? { watcher: { add: () => undefined, on: () => undefined } } : {}),
  } as unknown as LoaderContext;
  return { context, entries, logged };
}

const ALL = [...Object.keys(COLLECTIONS), PROBLEMS_COLLECTION] as (CollectionName | typeof PROBLEMS_COLLECTION)[];

describe('the one content loader', () => {
  it('reads and validates content once for all collections, and stores exactly the accepted entries', async () => {
    const root = writeTree([...validFiles(), { path: 'content/documenten/regioprofielen-2013/tekst.mdx', text: 'Tekst van het document.\n' }]);
    const before = contentFs.contentReads;
    const contexts = ALL.map((name) => ({ name, ...fakeContext(root, name, false) }));
    await Promise.all(contexts.map(({ name, context }) => validatedContent(name).load(context)));
    expect(contentFs.contentReads - before).toBe(1);
    const stored = (name: string) => [...contexts.find((c) => c.name === name)!.entries.keys()].sort();
    expect(stored('regios')).toEqual(['alkmaar', 'west-brabant', 'west-brabant-west']);
    expect(stored('gemeenten')).toEqual(['alkmaar', 'bergen-nh', 'roosendaal']);
    expect(contexts.find((c) => c.name === PROBLEMS_COLLECTION)!.entries.get(STATUS_ID)!.data).toEqual({ files: 13, problems: [] });
    // MDX goes to Astro's MDX pipeline from the validated file.
    const text = contexts.find((c) => c.name === 'documentteksten')!.entries.get('regioprofielen-2013')!;
    expect(text).toMatchObject({ filePath: 'content/documenten/regioprofielen-2013/tekst.mdx', deferredRender: true, body: 'Tekst van het document.\n' });
    // Data as validated: a date stays the string the validator checked.
    expect(contexts.find((c) => c.name === 'documenten')!.entries.get('regioprofielen-2013')!.data.date).toBe('2013-06-20');
  });

  it('fails a build with every problem and its location', async () => {
    const files = edit(validFiles(), 'content/regio/alkmaar/regio.yaml', 'municipality: bergen-nh', 'municipality: bergen');
    const root = writeTree(files);
    const { context } = fakeContext(root, 'regios', false);
    await expect(validatedContent('regios').load(context)).rejects.toThrow(
      /content\/regio\/alkmaar\/regio\.yaml:7:7 members\[1\]\.municipality: "bergen" bestaat niet[\s\S]*er wordt niets gebouwd/,
    );
  });

  it('in dev, keeps serving what is valid, never stores unsafe MDX, and lists the problems for the banner', async () => {
    const root = writeTree([...validFiles(), { path: 'content/documenten/regioprofielen-2013/tekst.mdx', text: 'Tekst.\n\n<script>alert(1)</script>\n' }]);
    const texts = fakeContext(root, 'documentteksten', true);
    const problems = fakeContext(root, PROBLEMS_COLLECTION, true);
    await validatedContent('documentteksten').load(texts.context);
    await validatedContent(PROBLEMS_COLLECTION).load(problems.context);
    expect(texts.entries.size).toBe(0);
    expect(problems.entries.get(STATUS_ID)!.data.problems).toEqual([
      'content/documenten/regioprofielen-2013/tekst.mdx:3:1 <script> is niet toegestaan: het voert JavaScript uit in de browser van elke lezer',
    ]);
  });
});
