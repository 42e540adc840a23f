/**
 * The seeded mutation run over the real content, as part of `npm test` (issue "one reader"):
 * every mutation is rejected with a problem naming the mutated file, or accepted with validated
 * data (and so pages and open-data files) changed only at the mutated place. Longer runs:
 * `npm run fuzz -- --seed N --count M`.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentTree } from '../../schemas/validator/content-fs.ts';
import { validateContent } from '../../schemas/validator/validate.ts';
import { differences, fuzz, judge, mutations } from '../../scripts/lib/fuzz.ts';
import { openDataFiles, type OpenDataInput } from '../../src/lib/open-data.ts';
import { modelFromStore } from '../../src/lib/model-from-store.ts';

const SEED = 1;
const COUNT = 100;
const root = fileURLToPath(new URL('../../', import.meta.url));
const { files } = readContentTree(root);

describe(`fuzz: seed ${SEED}, ${COUNT} mutations of the real content`, () => {
  it('rejects with a located message or accepts with a change only where the edit is', { timeout: 300_000 }, () => {
    const report = fuzz(files, SEED, COUNT);
    console.log(`fuzz: seed ${report.seed}, ${report.count} mutaties: ${report.rejected} afgewezen, ${report.accepted} geaccepteerd, ${report.failures.length} fout`);
    expect(report.count).toBe(COUNT);
    expect(report.failures.map((f) => `${f.mutation.file} ${f.mutation.description}: ${f.failure}`)).toEqual([]);
    // Both outcomes occur, so the oracle is exercised on each side.
    expect(report.rejected).toBeGreaterThan(0);
    expect(report.accepted).toBeGreaterThan(0);
  });

  it('is reproducible: the same seed gives the same mutations', () => {
    const describe = (seed: number) => [...mutations(files, seed, 10)].map((m) => `${m.file} ${m.description}`);
    expect(describe(7)).toEqual(describe(7));
    expect(describe(7)).not.toEqual(describe(8));
  });

  it('an accepted text edit changes the open-data files only in the rows of that entry', () => {
    const original = validateContent(files).store;
    const gemeenten = files.find((file) => file.path === 'content/gemeenten.yaml')!;
    expect(gemeenten.text).toContain('name: Uitgeest,');
    const edited = files.map((file) => (file === gemeenten ? { ...file, text: file.text.replace('name: Uitgeest,', 'name: Uitgeest aan Zee,') } : file));
    const index = [...original.get('gemeenten')!.keys()].indexOf('uitgeest');
    expect(judge({ file: gemeenten.path, kind: 'tekst gewijzigd', path: [index, 'name'], description: 'naam', files: edited }, original).failure).toBeUndefined();
    const input = (store: typeof original) => modelFromStore(store) as unknown as OpenDataInput;
    const before = openDataFiles(input(original));
    const after = openDataFiles(input(validateContent(edited).store));
    const changed = Object.keys(before).filter((name) => before[name]!.body !== after[name]!.body);
    expect(changed.sort()).toEqual(['gemeenten.csv', 'gemeenten.json']);
    // CSV: only the lines of that municipality; JSON: only its records.
    const a = before['gemeenten.csv']!.body.split('\r\n');
    const b = after['gemeenten.csv']!.body.split('\r\n');
    expect(b.length).toBe(a.length);
    const changedLines = b.filter((line, i) => line !== a[i]);
    expect(changedLines.length).toBeGreaterThan(0);
    for (const line of changedLines) expect(line).toMatch(/^uitgeest,Uitgeest aan Zee,/);
    const recordsBefore = JSON.parse(before['gemeenten.json']!.body) as { gemeente: string }[];
    const recordsAfter = JSON.parse(after['gemeenten.json']!.body) as { gemeente: string }[];
    const changedRecords = recordsAfter.filter((record, i) => JSON.stringify(record) !== JSON.stringify(recordsBefore[i]));
    expect(changedRecords.map((record) => record.gemeente)).toEqual(changedLines.map(() => 'uitgeest'));
  });

  it('differences() finds the paths where two values differ', () => {
    expect(differences({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] })).toEqual([['b', 1]]);
    expect(differences({ a: 1 }, { a: 1 })).toEqual([]);
  });
});
