/**
 * `npm run import:regioprofielen -- <extract.txt> [--force] [--check]`
 *
 * Imports the "Regioprofielen" of June 2013 (plain-text extract) into
 *   content/regio/<slug>/regio.yaml          identity, provinces and member municipalities
 *   content/regio/<slug>/profiel-2013.yaml   task table, notes and answers
 *   content/gemeenten.yaml                   all 408 municipalities of 2013
 * and prints a review list: every value that could not be normalised with certainty, with
 * file, field and the source's words, and what was decided.
 *
 * How hand corrections are protected (see also content/README.md):
 * - Corrections belong in scripts/lib/regioprofielen/corrections.ts (levels, statuses,
 *   governance answers, remarks, text edits), regions.ts (slugs, names, aliases, provinces)
 *   and municipalities.ts (official names, provinces). The importer applies them on every run,
 *   so a re-run reproduces the curated content byte for byte.
 * - A generated file carries a checksum. A file edited by hand afterwards (checksum no longer
 *   matches) is never overwritten without `--force`; the importer lists it instead.
 * - `--check` writes nothing and exits with 1 when any file would change (for CI).
 * - Contact persons are dropped by the parser and never written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { buildContent, type ReviewItem } from './lib/regioprofielen/build.ts';
import { planWrites } from './lib/regioprofielen/write.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const force = args.includes('--force');
const check = args.includes('--check');
const sourcePath = args.find((arg) => !arg.startsWith('--'));
if (!sourcePath) {
  console.error('Gebruik: node scripts/import-regioprofielen.ts <bronbestand.txt> [--force] [--check]');
  process.exit(2);
}

const source = readFileSync(sourcePath, 'utf8');
const tasks = parse(readFileSync(join(root, 'content/taken.yaml'), 'utf8'));
const documents = readdirSync(join(root, 'content/documenten'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, 'content/documenten', entry.name, 'document.yaml')))
  .map((entry) => entry.name);

const result = buildContent(source, { tasks, documents });

printReview(result.review);
if (result.errors.length > 0) {
  for (const error of result.errors) console.error(`FOUT: ${error}`);
  console.error(`\n${result.errors.length} fout(en); er is niets geschreven.`);
  process.exit(1);
}

const existing = new Map([...result.files.keys()].map((path) => [path, existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined]));
const plan = planWrites(result.files, existing, force);
const counts = new Map<string, number>();
for (const write of plan) {
  counts.set(write.action, (counts.get(write.action) ?? 0) + 1);
  if (check || write.action === 'ongewijzigd' || write.action === 'geweigerd') continue;
  mkdirSync(dirname(join(root, write.path)), { recursive: true });
  writeFileSync(join(root, write.path), write.text);
}
for (const write of plan.filter((w) => w.action === 'geweigerd')) {
  console.error(`GEWEIGERD: ${write.path} is met de hand gewijzigd sinds de vorige import; zet de wijziging in scripts/lib/regioprofielen/corrections.ts en gebruik --force.`);
}

const { stats } = result;
console.log(
  [
    `\nRegio's en subregio's: ${stats.regions}; takentabellen: ${stats.taskTables}; gemeenten: ${stats.municipalities}.`,
    `Antwoorden: ${stats.answers}, waarvan ${stats.answersWithPage} met paginanummer; taakcellen met paginanummer: ${stats.cellsWithPage}.`,
    `Reviewlijst: ${result.review.length} (${result.review.filter((r) => r.status === 'open').length} open).`,
    `Bestanden: ${[...counts].map(([action, n]) => `${n} ${action}`).join(', ')}${check ? ' (--check: niets geschreven)' : ''}.`,
  ].join('\n'),
);
const changed = plan.some((w) => w.action !== 'ongewijzigd');
if (plan.some((w) => w.action === 'geweigerd') || (check && changed)) process.exit(1);

function printReview(items: ReviewItem[]) {
  const sorted = [...items].sort((a, b) => (a.status === b.status ? 0 : a.status === 'open' ? -1 : 1));
  console.log('Reviewlijst: waarden die niet met zekerheid te normaliseren waren (bestand, veld, bronwoorden, besluit)');
  for (const item of sorted) {
    console.log(`- [${item.status}] ${item.file}${item.field ? ` ${item.field}` : ''}\n    bron: "${item.source}"\n    ${item.note}`);
  }
}
