/**
 * `npm run bronnen -- <map met de originele tekstbestanden>`: copies the plain-text source
 * extracts into `bronnen/` without personal data, and writes the salted hashes the privacy tests
 * need (`tests/data/contactpersonen-2013.json`). Re-running it on the same originals gives the
 * same bytes (the salt is kept once chosen). `--check` writes nothing and fails if a file would
 * change.
 *
 * What is removed (see `bronnen/README.md`):
 * - every contact line of the 2013 profiles ("Contactpersoon: ..." and any line with an e-mail
 *   address) becomes an empty line, so line numbers stay the same;
 * - the names in the parenthesis after "kwartiermaker" (Fryslân, governance question 1a) become
 *   "[namen weggelaten]", the text the importer publishes there.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { contactPersons, hashContactPersons, withoutContactLines, words, type HashedContactPersons } from './lib/personal-data.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bronnen');
const HASHES = join(ROOT, 'tests/data/contactpersonen-2013.json');
const PROFILES_2013 = '004_5833ac47ade829ca.txt';

/** Names of private persons inside an answer, per file: replaced, keeping the line break. */
const NAME_EDITS: { file: string; find: RegExp; replace: string }[] = [
  { file: PROFILES_2013, find: /kwartiermaker \(P\.P\.J\. *\n[^)]*\)/, replace: 'kwartiermaker ([namen\nweggelaten])' },
];

const args = process.argv.slice(2);
const check = args.includes('--check');
const from = args.find((a) => !a.startsWith('--'));
if (!from || !existsSync(from)) {
  console.error('gebruik: npm run bronnen -- <map met de originele tekstbestanden> [--check]');
  process.exit(2);
}

const changed: string[] = [];
const write = (path: string, text: string) => {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  changed.push(path.slice(ROOT.length));
  if (!check) writeFileSync(path, text);
};

mkdirSync(OUT, { recursive: true });
const previous = existsSync(HASHES) ? (JSON.parse(readFileSync(HASHES, 'utf8')) as HashedContactPersons) : undefined;
const salt = previous?.salt ?? randomBytes(16).toString('hex');

for (const file of readdirSync(from).filter((f) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(f)).sort()) {
  const original = readFileSync(join(from, file), 'utf8');
  let { text, removed } = withoutContactLines(original);
  for (const edit of NAME_EDITS.filter((e) => e.file === file)) {
    if (!edit.find.test(text)) {
      console.error(`${file}: ${edit.find} niet gevonden; is de bron veranderd?`);
      process.exit(1);
    }
    text = text.replace(edit.find, edit.replace);
  }
  console.log(`${file}: ${removed} regel(s) met contactgegevens leeggemaakt`);
  if (file === PROFILES_2013) {
    const persons = contactPersons(original);
    if (persons.names.length < 40 || persons.emails.length < 40) {
      console.error(`${file}: maar ${persons.names.length} namen en ${persons.emails.length} adressen gevonden; verwacht minstens 40`);
      process.exit(1);
    }
    const municipalities = parse(readFileSync(join(ROOT, 'content/gemeenten.yaml'), 'utf8')) as { name: string; aliases?: string[] }[];
    const placeWords = new Set(municipalities.flatMap((m) => [m.name, ...(m.aliases ?? [])]).flatMap((name) => words(name.replace(/-/g, ' '))));
    const hashed = hashContactPersons(persons, salt, placeWords);
    write(HASHES, `${JSON.stringify(hashed, null, 2)}\n`);
  }
  write(join(OUT, file), text);
}

if (changed.length > 0) console.log(`${check ? 'zou veranderen' : 'geschreven'}: ${changed.join(', ')}`);
if (check && changed.length > 0) process.exit(1);
