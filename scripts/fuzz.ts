/**
 * `npm run fuzz -- --seed N --count M`: seeded mutations of the real content, each judged by the
 * oracle in `scripts/lib/fuzz.ts`. Prints the seed, the counts per kind and every failure; exit 1
 * when any mutation slipped through or was not located.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { readContentTree } from '../schemas/validator/content-fs.ts';
import { fuzz } from './lib/fuzz.ts';

const { values } = parseArgs({ options: { seed: { type: 'string', default: '1' }, count: { type: 'string', default: '200' } } });
const seed = Number(values.seed);
const count = Number(values.count);
if (!Number.isInteger(seed) || !Number.isInteger(count) || count < 1) {
  console.error('gebruik: npm run fuzz -- --seed <geheel getal> --count <aantal>');
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const report = fuzz(readContentTree(root).files, seed, count);
console.log(`fuzz: seed ${report.seed}, ${report.count} mutaties: ${report.rejected} afgewezen, ${report.accepted} geaccepteerd, ${report.failures.length} fout (${((performance.now() - started) / 1000).toFixed(1)} s)`);
for (const [kind, tally] of Object.entries(report.byKind).sort()) console.log(`  ${kind}: ${tally.rejected} afgewezen, ${tally.accepted} geaccepteerd`);
for (const failure of report.failures) console.log(`FOUT ${failure.mutation.file} (${failure.mutation.kind}: ${failure.mutation.description}): ${failure.failure}`);
process.exit(report.failures.length > 0 ? 1 : 0);
