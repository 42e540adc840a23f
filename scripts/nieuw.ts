/**
 * `npm run nieuw -- <soort> <slug> [--veld waarde ...]`: writes a new content file of one kind
 * with the few facts it needs, then runs the validator. Missing facts are asked for when run in
 * a terminal; otherwise the command names the missing options. See CONTRIBUTING.md.
 *
 *   regio <slug>         content/regio/<slug>/regio.yaml, plus a tile in content/tegelkaart.yaml
 *   document <slug>      content/documenten/<slug>/document.yaml
 *   visie <document>     content/documenten/<document>/visie.yaml
 *   plan <document>      content/documenten/<document>/plan.yaml
 *   agenda <document>    content/documenten/<document>/agenda[-<naam>].yaml
 *   samenwerking <slug>  content/samenwerkingen/<slug>.yaml
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isSeq, parse, parseDocument } from 'yaml';
import { DOCUMENT_KINDS } from '../schemas/document.ts';
import {
  agendaFile,
  collaborationFile,
  documentFile,
  freeTile,
  nearestFree,
  KINDS,
  planFile,
  regionFile,
  tileLine,
  visionFile,
  type Kind,
} from './lib/scaffold.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));

const OPTIONS = {
  root: { type: 'string' },
  naam: { type: 'string' },
  titel: { type: 'string' },
  provincies: { type: 'string' },
  gemeenten: { type: 'string' },
  bron: { type: 'string' },
  jaar: { type: 'string' },
  'subregio-van': { type: 'string' },
  kolom: { type: 'string' },
  rij: { type: 'string' },
  label: { type: 'string' },
  soort: { type: 'string' },
  uitgever: { type: 'string' },
  regios: { type: 'string' },
  regio: { type: 'string' },
  samenwerking: { type: 'string' },
  datum: { type: 'string' },
  'datum-toelichting': { type: 'string' },
  bronbestand: { type: 'string' },
  samenvatting: { type: 'string' },
  niveau: { type: 'string' },
  'opgave-id': { type: 'string' },
  opgave: { type: 'string' },
  rol: { type: 'string' },
  citaat: { type: 'string' },
  document: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const USAGE = `gebruik: npm run nieuw -- <soort> <slug> [opties]
soorten: ${KINDS.join(', ')}
  regio <slug>         --naam --provincies a,b --gemeenten a,b --bron <document> --jaar JJJJ [--subregio-van <regio>] [--kolom N --rij N --label tekst]
  document <slug>      --titel --soort (${DOCUMENT_KINDS.join(', ')}) --uitgever --datum JJJJ-MM-DD|ongedateerd [--datum-toelichting]
                       --bronbestand <bestand in bronnen/> --samenvatting [--regios a,b] [--samenwerking <slug>]
  visie <document>     --regios a,b
  plan <document>      --regio <slug> | --samenwerking <slug>
  agenda <document>    --titel --niveau regionaal|bovenregionaal --regio <slug>|--samenwerking <slug> --opgave "titel" --opgave-id <slug> [--naam <naam>: agenda-<naam>.yaml]
  samenwerking <slug>  --naam --samenvatting --regios a,b --document <document> --rol "rol" --citaat "zin uit de bron"
Ontbreekt een verplichte waarde, dan vraagt het commando erom (in een terminal). Daarna volgt npm run validate.`;

const { values, positionals } = parseArgs({ options: OPTIONS, allowPositionals: true, strict: true });
if (values.help || positionals.length !== 2 || !KINDS.includes(positionals[0] as Kind)) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}
const kind = positionals[0] as Kind;
const slug = positionals[1]!;
const root = values.root ?? REPO;
const content = join(root, 'content');

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const fail: (message: string) => never = (message) => {
  console.error(`nieuw ${kind}: ${message}`);
  process.exit(1);
};
if (!SLUG.test(slug)) fail(`"${slug}" is geen slug: gebruik kleine letters, cijfers en enkele koppeltekens (bijv. "regio-voorbeeld")`);

const prompt = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

/** A required value: the option, or the answer to a question in a terminal. */
async function need(option: keyof typeof OPTIONS, question: string): Promise<string> {
  const given = values[option];
  if (typeof given === 'string' && given.trim() !== '') return given.trim();
  if (!prompt) return fail(`--${option} ontbreekt (${question})`);
  const answer = (await prompt.question(`${question}: `)).trim();
  return answer === '' ? fail(`geen ${question.toLowerCase()} opgegeven`) : answer;
}
const list = (value: string) => value.split(',').map((v) => v.trim()).filter((v) => v !== '');

// What exists, to give a clear message before anything is written.
const ids = (file: string) => new Set((parse(readFileSync(join(content, file), 'utf8')) as { id: string }[]).map((e) => e.id));
const folders = (dir: string) => new Set(existsSync(join(content, dir)) ? readdirSync(join(content, dir)) : []);
const regions = folders('regio');
const documents = folders('documenten');
const collaborations = new Set([...folders('samenwerkingen')].map((f) => f.replace(/\.yaml$/, '')));
function known(what: string, set: Set<string>, values: string[], hint: string) {
  for (const value of values) if (!set.has(value)) fail(`${what} "${value}" bestaat niet; ${hint}`);
}
const knownRegions = (v: string[]) => known('regio', regions, v, 'zie content/regio/ (of maak haar eerst met npm run nieuw -- regio <slug>)');
const knownDocument = (v: string) => known('document', documents, [v], 'maak het eerst met npm run nieuw -- document <slug>');

const written: string[] = [];
function write(path: string, text: string) {
  const file = join(root, path);
  if (existsSync(file)) fail(`${path} bestaat al; pas dat bestand aan in plaats van een nieuw te maken`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  written.push(path);
}

async function region() {
  if (regions.has(slug)) fail(`content/regio/${slug}/ bestaat al`);
  const name = await need('naam', 'Naam van de regio (zoals een lezer haar nu kent)');
  const provinces = list(await need('provincies', 'Provincie(s), gescheiden door komma’s (ids uit content/provincies.yaml)'));
  known('provincie', ids('provincies.yaml'), provinces, 'zie content/provincies.yaml');
  const parent = values['subregio-van'];
  if (parent) knownRegions([parent]);
  const municipalities = list(await need('gemeenten', 'Gemeenten, gescheiden door komma’s (ids uit content/gemeenten.yaml)'));
  known('gemeente', ids('gemeenten.yaml'), municipalities, 'zie content/gemeenten.yaml (ids zoals "bergen-nh")');
  const source = await need('bron', 'Document dat de gemeenten bij deze regio noemt (slug in content/documenten/)');
  knownDocument(source);
  const year = Number(await need('jaar', 'Jaar dat dat document beschrijft'));
  if (!Number.isInteger(year) || year < 1990 || year > 2100) fail('--jaar moet een jaartal zijn, bijv. 2024');
  // A region (not a subregion) needs one tile on the tile map, on a free place.
  const tiles = parse(readFileSync(join(content, 'tegelkaart.yaml'), 'utf8')) as { id: string; col: number; row: number }[];
  const place = values.kolom && values.rij ? { col: Number(values.kolom), row: Number(values.rij) } : freeTile(tiles);
  if (!parent) {
    if (![place.col, place.row].every((n) => Number.isInteger(n) && n >= 0 && n <= 11)) fail('--kolom en --rij zijn gehele getallen van 0 tot en met 11');
    const occupant = tiles.find((t) => t.col === place.col && t.row === place.row);
    if (occupant) {
      const free = nearestFree(tiles, place).map((p) => `--kolom ${p.col} --rij ${p.row}`).join(', ');
      fail(`op kolom ${place.col}, rij ${place.row} van de tegelkaart staat al "${occupant.id}"; vrije plekken in de buurt: ${free}`);
    }
  }
  write(`content/regio/${slug}/regio.yaml`, regionFile({ slug, name, provinces, municipalities, source, year, parent }));
  if (!parent) {
    const label = values.label ?? name.replace(/^Regio /, '');
    appendFileSync(join(content, 'tegelkaart.yaml'), `${tileLine(slug, place.col, place.row, label.slice(0, 26))}\n`);
    written.push('content/tegelkaart.yaml');
    if (!(values.kolom && values.rij)) console.log(`Tegel op kolom ${place.col}, rij ${place.row} gezet: verplaats hem in content/tegelkaart.yaml naar waar de regio ligt.`);
  }
  // The source document is about this region: list the region there too, keeping its comments.
  const docPath = join(content, 'documenten', source, 'document.yaml');
  const doc = parseDocument(readFileSync(docPath, 'utf8'));
  const current = doc.get('regions');
  if (isSeq(current)) current.add(slug);
  else doc.set('regions', [slug]);
  writeFileSync(docPath, doc.toString({ flowCollectionPadding: false, lineWidth: 0 }));
  written.push(relative(root, docPath));
}

async function document() {
  if (documents.has(slug)) fail(`content/documenten/${slug}/ bestaat al`);
  const title = await need('titel', 'Titel zoals gedrukt');
  const docKind = await need('soort', `Soort document (${DOCUMENT_KINDS.join(', ')})`);
  if (!(DOCUMENT_KINDS as readonly string[]).includes(docKind)) fail(`soort "${docKind}" bestaat niet; kies uit ${DOCUMENT_KINDS.join(', ')}`);
  const issuer = await need('uitgever', 'Uitgever, in woorden (bijv. "Regio Alkmaar (7 gemeenten)")');
  const regionIds = list(values.regios ?? '');
  knownRegions(regionIds);
  if (values.samenwerking) known('samenwerking', collaborations, [values.samenwerking], 'zie content/samenwerkingen/');
  const date = await need('datum', 'Datum zoals gedrukt (JJJJ-MM-DD), of "ongedateerd"');
  if (date !== 'ongedateerd' && !/^\d{4}-\d{2}-\d{2}$/.test(date)) fail('--datum moet JJJJ-MM-DD of "ongedateerd" zijn; verzin nooit een datum');
  const dateNote = date === 'ongedateerd' ? await need('datum-toelichting', 'Wat zegt de tekst over wanneer het geschreven is?') : values['datum-toelichting'];
  const sourceFile = await need('bronbestand', 'Tekstversie in bronnen/ (bijv. 005_0123456789abcdef.txt)');
  if (!existsSync(join(root, 'bronnen', sourceFile))) fail(`bronnen/${sourceFile} bestaat niet; zet de tekstversie eerst in bronnen/ (zie bronnen/README.md)`);
  const summary = await need('samenvatting', 'Korte beschrijving (woorden van de redactie)');
  write(`content/documenten/${slug}/document.yaml`, documentFile({ slug, title, kind: docKind, issuer, regions: regionIds, date, dateNote, sourceFile, summary, collaboration: values.samenwerking }));
}

async function owner(): Promise<{ region?: string; collaboration?: string }> {
  const collaboration = values.samenwerking;
  if (collaboration) {
    known('samenwerking', collaborations, [collaboration], 'zie content/samenwerkingen/');
    return { collaboration };
  }
  const region = await need('regio', 'Regio waar het bij hoort (slug in content/regio/)');
  knownRegions([region]);
  return { region };
}

async function vision() {
  knownDocument(slug);
  const regionIds = list(await need('regios', 'Regio’s van deze visie, gescheiden door komma’s'));
  knownRegions(regionIds);
  write(`content/documenten/${slug}/visie.yaml`, visionFile({ document: slug, regions: regionIds }));
}

async function plan() {
  knownDocument(slug);
  write(`content/documenten/${slug}/plan.yaml`, planFile({ document: slug, ...(await owner()) }));
}

async function agenda() {
  knownDocument(slug);
  const name = values.naam ? `agenda-${values.naam}` : 'agenda';
  if (!/^agenda(?:-[a-z0-9]+)*$/.test(name)) fail(`--naam "${values.naam}" is geen slug`);
  const title = await need('titel', 'Titel van de agenda zoals gedrukt');
  const level = await need('niveau', 'Niveau: regionaal of bovenregionaal');
  if (level !== 'regionaal' && level !== 'bovenregionaal') fail('--niveau moet regionaal of bovenregionaal zijn');
  const who = await owner();
  const itemTitle = await need('opgave', 'Titel van de eerste opgave zoals gedrukt');
  const itemId = await need('opgave-id', 'Korte id van die opgave (slug, bijv. "client-in-positie")');
  if (!SLUG.test(itemId)) fail(`--opgave-id "${itemId}" is geen slug`);
  write(`content/documenten/${slug}/${name}.yaml`, agendaFile({ document: slug, name, title, level, ...who, firstItem: { id: itemId, title: itemTitle } }));
}

async function collaboration() {
  if (collaborations.has(slug)) fail(`content/samenwerkingen/${slug}.yaml bestaat al`);
  const name = await need('naam', 'Naam van de samenwerking');
  const summary = await need('samenvatting', 'Korte beschrijving (woorden van de redactie)');
  const regionIds = list(await need('regios', 'Deelnemende regio’s, gescheiden door komma’s'));
  knownRegions(regionIds);
  const documentId = await need('document', 'Document over de samenwerking (slug in content/documenten/)');
  knownDocument(documentId);
  const role = await need('rol', 'Rol van de regio’s (woorden van de redactie, bijv. "deelnemer")');
  const quote = await need('citaat', 'Zin uit de bron die zegt dat ze meedoen (letterlijk)');
  write(`content/samenwerkingen/${slug}.yaml`, collaborationFile({ slug, name, summary, regions: regionIds, role, quote, document: documentId }));
}

const run = { regio: region, document, visie: vision, plan, agenda, samenwerking: collaboration } satisfies Record<Kind, () => Promise<void>>;
await run[kind]();
prompt?.close();

console.log(`Geschreven: ${written.join(', ')}`);
console.log('Controle (npm run validate):');
const check = spawnSync(process.execPath, [join(REPO, 'scripts/validate.ts'), root], { stdio: 'inherit' });
if (check.status === 0) console.log('Vul nu de rest in; de commentaarregels in het bestand zeggen wat er kan. Zie CONTRIBUTING.md.');
process.exit(check.status ?? 1);
