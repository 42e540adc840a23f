/**
 * The content validator: the one reader of `content/`. Two layers, as in the minvws dashboard CLI:
 *  1. shape: every file parses as YAML (one parser, one set of options, with limits) and matches
 *     its zod schema; MDX is checked for safety;
 *  2. content rules: references exist, slugs are unique and do not collide as URLs, every region has
 *     a complete task table, every municipality belongs to a region, related files agree.
 * All problems are collected (never just the first), each with file, line, column and field, in
 * Dutch, root causes first. Pure: takes file texts, returns problems and the store of accepted
 * entries that the site renders (`src/loaders/validated-content.ts`); reading the disk is in
 * `content-fs.ts`.
 */
import type { z } from 'zod';
import { isSeq } from 'yaml';
import { COLLECTION_LABELS, COLLECTIONS, type CollectionName, type CollectionSpec, type Reference } from '../collections.ts';
import { dutchError } from '../errors.ts';
import { slugify } from '../slug.ts';
import { inFlowCollection, locate, parseYamlFile, type ParsedYaml, type Position } from './yaml.ts';
import { checkMdxSafety } from './mdx-safety.ts';
import { ALLOWED_MDX_COMPONENTS } from './mdx-components.ts';
import { didYouMean } from './suggest.ts';
import { checkReorganisations } from '../rules/reorganisations.ts';

export interface ContentFile {
  /** Path relative to the repository root, e.g. `content/regio/alkmaar/regio.yaml`. */
  path: string;
  text: string;
}

export interface Problem {
  file: string;
  line: number;
  column: number;
  /** Field path inside the file, e.g. `tasks.pleegzorg.level`; empty for the whole file. */
  field: string;
  message: string;
  /** A root cause (a broken lookup file, a missing folder): listed before its consequences. */
  root?: boolean;
}

export interface Entry {
  collection: CollectionName;
  id: string;
  file: string;
  /** Path of the entry inside its file (`[index]` for list files, `[]` otherwise). */
  base: (string | number)[];
  data: any;
  /** The file's syntax tree, to locate problems; only during validation (dropped afterwards). */
  parsed?: ParsedYaml;
  /** The file or entry has shape problems (already reported): it exists, but content rules skip it. */
  invalid?: boolean;
}

export type Store = Map<CollectionName, Map<string, Entry>>;

export interface ValidationResult {
  problems: Problem[];
  store: Store;
  filesChecked: number;
}

/** Files in `content/` that belong to no collection but are allowed. */
const IGNORED = [/^README\.md$/];

function globToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${escaped}$`);
}

const MATCHERS = (Object.entries(COLLECTIONS) as [CollectionName, CollectionSpec][]).map(
  ([name, spec]) => [name, globToRegExp(spec.pattern), spec] as const,
);

export function collectionOf(relativePath: string): [CollectionName, CollectionSpec] | undefined {
  const hit = MATCHERS.find(([, regexp]) => regexp.test(relativePath));
  return hit ? [hit[0], hit[2]] : undefined;
}

/** `['tasks', 'pleegzorg', 'level']` -> `tasks.pleegzorg.level`; list indices as `[3]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`))
    .join('');
}

/** Allowed keys of the object schema at `path` inside `schema`, for "unknown field" messages. */
export function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: any = schema;
  const unwrap = () => {
    for (;;) {
      const def = current?._zod?.def;
      if (!def) return;
      if (['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch'].includes(def.type)) current = def.innerType;
      else if (def.type === 'pipe') current = def.in?._zod?.def?.type === 'transform' ? def.out : def.in;
      else return;
    }
  };
  unwrap();
  for (const segment of path) {
    const def = current?._zod?.def;
    if (!def) return [];
    if (def.type === 'object') current = def.shape[segment as string];
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'record') current = def.valueType;
    else return [];
    unwrap();
  }
  const def = current?._zod?.def;
  return def?.type === 'object' ? Object.keys(def.shape) : [];
}

type Report = (file: string, position: Position, path: readonly PropertyKey[], message: string, root?: boolean) => void;

/**
 * Validates the files of `content/`. `walkProblems` are the problems the disk walk found
 * (hidden files, links, names, sizes); they are reported with the rest.
 */
export interface ValidationOptions {
  /** File names in `bronnen/` (the source texts); when given, every document's `source_file` must be one of them. */
  sourceFiles?: ReadonlySet<string>;
}

/** The folder, relative to the repository root, that holds the source texts (`npm run bronnen`). */
export const SOURCES_DIR = 'bronnen';

export function validateContent(files: readonly ContentFile[], walkProblems: readonly Problem[] = [], options: ValidationOptions = {}): ValidationResult {
  // Problems of the walk (hidden files, links, names) come first: they explain what is missing.
  const problems: Problem[] = walkProblems.map((problem) => ({ ...problem, root: true }));
  const store: Store = new Map(Object.keys(COLLECTIONS).map((name) => [name as CollectionName, new Map()]));
  const report: Report = (file, position, path, message, root) =>
    problems.push({ file, line: position.line, column: position.column, field: formatPath(path), message, ...(root ? { root } : {}) });
  /** Collections with a file that could not be read at all: their ids are unknown. */
  const unreadable = new Map<CollectionName, string>();

  for (const file of files) {
    const relative = file.path.replace(/^content\//, '');
    if (IGNORED.some((regexp) => regexp.test(relative))) continue;
    const match = collectionOf(relative);
    if (!match) {
      report(file.path, { line: 1, column: 1 }, [], 'onbekend bestand: deze naam of map hoort bij geen enkele soort inhoud (zie content/README.md)');
      continue;
    }
    const [collection, spec] = match;
    if (spec.shape === 'mdx') {
      // Safe MDX: no code, only allowed components and elements (see mdx-safety.ts). Unsafe text is never stored.
      const unsafe = checkMdxSafety(file.path, file.text, ALLOWED_MDX_COMPONENTS);
      for (const problem of unsafe) report(file.path, problem, [], problem.message);
      addEntry(store, report, { collection, id: spec.idFromPath!(relative), file: file.path, base: [], data: { body: file.text }, invalid: unsafe.length > 0 });
      continue;
    }
    if (!parseFile(file, collection, spec, store, report) && spec.shape === 'list') unreadable.set(collection, file.path);
  }

  checkRules(store, report, unreadable);
  if (options.sourceFiles) checkSourceFiles(store, options.sourceFiles, report);
  // The syntax trees only serve to locate problems, which are all reported now. Dropping them
  // roughly halves what the build keeps in memory (and so its garbage-collection time).
  for (const entries of store.values()) for (const entry of entries.values()) delete entry.parsed;
  // Root causes first, then by file and position.
  problems.sort((a, b) => Number(!!b.root) - Number(!!a.root) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { problems, store, filesChecked: files.length };
}

/** Parses and shape-checks one YAML file into the store; false when the file could not be read as YAML. */
function parseFile(file: ContentFile, collection: CollectionName, spec: CollectionSpec, store: Store, report: Report): boolean {
  const relative = file.path.replace(/^content\//, '');
  const markInvalid = () => {
    if (spec.shape === 'entry') addEntry(store, report, { collection, id: spec.idFromPath!(relative), file: file.path, base: [], data: {}, invalid: true });
  };
  const result = parseYamlFile(file.text);
  if (!result.ok) {
    for (const problem of result.problems) report(file.path, problem, problem.path, problem.message);
    markInvalid();
    return false;
  }
  const { parsed, data, valueProblems } = result;
  for (const problem of valueProblems) report(file.path, problem, problem.path, problem.message);
  /** Entries (by list index, or the whole file) that hold a text that may not be published. */
  const tainted = new Set(valueProblems.map((problem) => (spec.shape === 'list' ? problem.path[0] : 'file')));
  if (data === null || data === undefined) {
    report(file.path, { line: 1, column: 1 }, [], 'het bestand is leeg');
    markInvalid();
    return false;
  }
  if (spec.shape === 'list') {
    if (!Array.isArray(data)) {
      report(file.path, locate(parsed, []), [], 'dit bestand moet een lijst zijn (elk element begint met "- id: ...")');
      return false;
    }
    data.forEach((item, index) => {
      const entry = checkShape(file.path, parsed, spec.schema!, item, [index], report);
      const id = entry?.id ?? (typeof item?.id === 'string' ? item.id : undefined);
      if (id === undefined) return;
      addEntry(store, report, { collection, id, file: file.path, base: [index], data: entry ?? item, parsed, invalid: !entry || tainted.has(index) });
    });
  } else {
    const entry = checkShape(file.path, parsed, spec.schema!, data, [], report);
    addEntry(store, report, { collection, id: spec.idFromPath!(relative), file: file.path, base: [], data: entry ?? data, parsed, invalid: !entry || tainted.has('file') });
  }
  return true;
}

/** Allowed values of the enum at `path` inside `schema` (for "bedoelde je"), if it is one. */
function enumValues(issue: z.core.$ZodIssue): string[] {
  return issue.code === 'invalid_value' ? issue.values.filter((value): value is string => typeof value === 'string') : [];
}

const QUOTE_HINT = 'staat er een komma, dubbele punt of # in de tekst ervoor? Zet tekst met , : # [ ] { } tussen aanhalingstekens, bijv. title: "Eén visie, één plan"';

function checkShape(file: string, parsed: ParsedYaml, schema: z.ZodType, data: unknown, base: (string | number)[], report: Report) {
  const result = schema.safeParse(data, { error: dutchError, reportInput: true });
  if (result.success) return result.data as any;
  for (const issue of result.error.issues) {
    let path = [...base, ...(issue.path as (string | number)[])];
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(schema, issue.path);
      for (const key of issue.keys) {
        // In a flow map ({ a: b, c }), a comma in unquoted text makes the rest a key without a value.
        const splitText = inFlowCollection(parsed, path) && parsed.doc.getIn([...path, key]) == null;
        const hint = splitText ? `; ${QUOTE_HINT}` : didYouMean(key, allowed);
        report(file, locate(parsed, [...path, key]), [...path, key], `onbekend veld "${key}"${hint}; toegestaan zijn: ${allowed.join(', ')}`);
      }
      continue;
    }
    // A single value where the schema accepts a value or a list: name the field, not its element [0].
    if (typeof path.at(-1) === 'number' && !isListInYaml(parsed, path.slice(0, -1))) path = path.slice(0, -1);
    const input = (issue as { input?: unknown }).input;
    const suggestion = typeof input === 'string' ? didYouMean(input, enumValues(issue)) : '';
    report(file, locate(parsed, path), path, suggestion ? issue.message.replace(/; kies uit /, `${suggestion}; kies uit `) : issue.message);
  }
  return undefined;
}

/** Whether the YAML at `path` is written as a list. */
function isListInYaml(parsed: ParsedYaml, path: (string | number)[]): boolean {
  return isSeq(parsed.doc.getIn(path, true));
}

function addEntry(store: Store, report: Report, entry: Entry) {
  const entries = store.get(entry.collection)!;
  const existing = entries.get(entry.id);
  if (existing) {
    const where = entry.parsed ? locate(entry.parsed, [...entry.base, 'id']) : { line: 1, column: 1 };
    const first = existing.parsed ? locate(existing.parsed, [...existing.base, 'id']) : { line: 1, column: 1 };
    report(entry.file, where, [...entry.base, 'id'], `dubbele slug "${entry.id}": staat ook in ${existing.file}:${first.line}`);
    return;
  }
  entries.set(entry.id, entry);
}

/** Position of a field inside an entry. */
function at(entry: Entry, path: readonly (string | number)[]): Position {
  return entry.parsed ? locate(entry.parsed, [...entry.base, ...path]) : { line: 1, column: 1 };
}

/** Year a document describes, as a lower bound: its date, or the first of its estimated years. */
function documentYear(document: Entry | undefined): number | undefined {
  if (!document || document.invalid) return undefined;
  const { date, estimated_years: estimated } = document.data as { date: string; estimated_years?: { from: number } };
  return date !== 'ongedateerd' ? Number(date.slice(0, 4)) : estimated?.from;
}

/** The documents each kind of entry speaks for: its folder's document, or the source it names. */
function documentOf(entry: Entry): string | undefined {
  if (entry.file.startsWith('content/documenten/')) return entry.file.split('/')[2];
  if (entry.collection === 'profielen2013') return entry.data.source;
  return undefined;
}

function checkRules(store: Store, report: Report, unreadable: Map<CollectionName, string>) {
  const get = (name: CollectionName) => store.get(name)!;
  const fail = (entry: Entry, path: (string | number)[], message: string) => report(entry.file, at(entry, path), [...entry.base, ...path], message);

  const valid = (name: CollectionName) => [...get(name).values()].filter((entry) => !entry.invalid);
  const allValid = (name: CollectionName) => valid(name).length === get(name).size && !unreadable.has(name);

  // 1. Every reference points to an existing entry. References into a collection whose file could not
  //    be read are counted, not listed: the broken file is the one problem to fix. Many references to
  //    one missing id (a renamed folder) are reported once, with their count.
  const uncheckable = new Map<CollectionName, { count: number; files: Set<string> }>();
  const missing = new Map<string, { entry: Entry; ref: Reference; count: number; files: Set<string> }>();
  for (const [name, entries] of store) {
    const references = COLLECTIONS[name].references;
    if (!references) continue;
    for (const entry of entries.values()) {
      if (entry.invalid) continue;
      for (const ref of references(entry.data) as Reference[]) {
        if (get(ref.collection).has(ref.id)) continue;
        if (unreadable.has(ref.collection)) {
          const tally = uncheckable.get(ref.collection) ?? { count: 0, files: new Set<string>() };
          tally.count += 1;
          tally.files.add(entry.file);
          uncheckable.set(ref.collection, tally);
          continue;
        }
        const key = `${ref.collection}|${ref.id}`;
        const seen = missing.get(key);
        if (seen) {
          seen.count += 1;
          seen.files.add(entry.file);
        } else missing.set(key, { entry, ref, count: 1, files: new Set([entry.file]) });
      }
    }
  }
  for (const [collection, { count, files }] of uncheckable) {
    const file = unreadable.get(collection)!;
    report(file, { line: 1, column: 1 }, [], `${count} ${count === 1 ? 'verwijzing' : 'verwijzingen'} naar ${COLLECTION_LABELS[collection]} in ${files.size} andere ${files.size === 1 ? 'bestand kan' : 'bestanden kunnen'} niet worden gecontroleerd zolang ${file} fouten bevat; los eerst de fout hierboven op`, true);
  }
  for (const { entry, ref, count, files } of missing.values()) {
    const others = count > 1 ? ` (${count} verwijzingen in ${files.size} ${files.size === 1 ? 'bestand' : 'bestanden'}, hier de eerste)` : '';
    const folder = ref.collection === 'documenten' ? ` (is de map content/documenten/${ref.id}/ hernoemd of verwijderd?)` : '';
    const message = `"${ref.id}" bestaat niet${others}${didYouMean(ref.id, get(ref.collection).keys())}${folder}; verwacht een bestaande ${COLLECTION_LABELS[ref.collection]}`;
    report(entry.file, at(entry, ref.path), [...entry.base, ...ref.path], message, count > 1);
  }

  // 2. Regions and subregions.
  const regions = get('regios');
  const subregionsOf = new Map<string, string[]>();
  const regionNames = new Map<string, Entry>();
  /** `municipality|source|year` -> region, to find a municipality in two regions in one source. */
  const membershipKeys = new Map<string, Entry>();
  for (const region of valid('regios')) {
    const { kind, parent, name } = region.data;
    if (kind === 'subregio' && !parent) fail(region, ['parent'], 'een subregio moet een "parent" hebben: de slug van de regio');
    if (kind === 'regio' && parent) fail(region, ['parent'], 'alleen een subregio heeft een "parent"; zet kind op subregio');
    if (parent && regions.get(parent)?.data.kind === 'subregio') fail(region, ['parent'], `"${parent}" is zelf een subregio; de parent moet een regio zijn`);
    if (parent) subregionsOf.set(parent, [...(subregionsOf.get(parent) ?? []), region.id]);
    const sameName = regionNames.get(name.toLowerCase());
    if (sameName) fail(region, ['name'], `twee regio's heten "${name}": ook ${sameName.file}; geef elke regio een eigen naam`);
    else regionNames.set(name.toLowerCase(), region);
    const seen = new Map<string, number>();
    const sourceYear = (source: string) => documentYear(get('documenten').get(source));
    region.data.members.forEach((member: { municipality: string; source: string; year: number }, index: number) => {
      const key = `${member.municipality}|${member.source}`;
      if (seen.has(key)) fail(region, ['members', index, 'municipality'], `"${member.municipality}" staat dubbel in de lijst (zelfde bron, ook element [${seen.get(key)}])`);
      else seen.set(key, index);
      const other = membershipKeys.get(`${key}|${member.year}`);
      if (other && other.id !== region.id) {
        fail(region, ['members', index, 'municipality'], `"${member.municipality}" staat volgens ${member.source} (${member.year}) ook bij regio "${other.id}" (${other.file}); een gemeente hoort per bron en jaar bij één regio`);
      }
      membershipKeys.set(`${key}|${member.year}`, region);
      const year = sourceYear(member.source);
      if (year !== undefined && member.year < year) {
        fail(region, ['members', index, 'year'], `jaar ${member.year} ligt vóór het jaar van de bron "${member.source}" (${year}); een bron kan geen eerdere samenstelling vastleggen dan zijn eigen jaar`);
      }
    });
  }
  for (const [parent, children] of subregionsOf) {
    const region = regions.get(parent);
    if (region && !region.invalid && region.data.members.length > 0) {
      fail(region, ['members'], `een regio met subregio's (${children.join(', ')}) noemt zelf geen gemeenten; zet ze bij de subregio's`);
    }
  }

  // 2b. Names that become URLs must not collide: a region's slug with another region's former name
  //     (/regio/<alias>/ leads there), a municipality's slug with another municipality's alias.
  const collisions = (collection: 'regios' | 'gemeenten', aliasSlug: (name: string) => string) => {
    const ids = new Set(get(collection).keys());
    for (const entry of valid(collection)) {
      (entry.data.aliases as string[]).forEach((alias, index) => {
        const slug = aliasSlug(alias);
        if (slug !== entry.id && ids.has(slug)) {
          const other = get(collection).get(slug)!;
          fail(entry, ['aliases', index], `de naam "${alias}" geeft hetzelfde webadres als ${COLLECTION_LABELS[collection].split(' (')[0]} "${slug}" (${other.file}); een lezer die deze naam zoekt komt dan bij de verkeerde pagina. Kies een andere slug of laat de naam weg`);
        }
      });
    }
  };
  collisions('regios', (name) => slugify(name.replace(/^regio\s+/i, '')));
  collisions('gemeenten', slugify);

  // 3. Profiles of 2013: one per region; a complete task table unless the region has subregions.
  const taskIds = [...get('taken').keys()];
  for (const profile of valid('profielen2013')) {
    const region = regions.get(profile.id);
    if (!region) {
      fail(profile, [], `er is geen regio "${profile.id}": maak content/regio/${profile.id}/regio.yaml aan`);
      continue;
    }
    const tasks = profile.data.tasks as Record<string, unknown> | undefined;
    if (subregionsOf.has(profile.id)) {
      if (tasks) fail(profile, ['tasks'], `deze regio antwoordt per subregio (${subregionsOf.get(profile.id)!.join(', ')}); de takentabel hoort bij de subregio's`);
      continue;
    }
    if (!allValid('taken')) continue;
    if (!tasks) {
      fail(profile, [], `de takentabel ("tasks") ontbreekt; verwacht alle ${taskIds.length} taken: ${taskIds.join(', ')}`);
      continue;
    }
    const missingTasks = taskIds.filter((id) => !(id in tasks));
    if (missingTasks.length > 0) fail(profile, ['tasks'], `taak ontbreekt in de takentabel: ${missingTasks.join(', ')}`);
  }

  // 4. Every municipality belongs to a region (or has merged into one that does).
  // (Skipped while a region file is broken: its members are unknown.)
  const inRegion = new Set<string>();
  for (const region of valid('regios')) for (const m of region.data.members) inRegion.add(m.municipality);
  const mergerTargets = new Set(valid('gemeenten').flatMap((m) => (m.data.merged_into ? [m.data.merged_into.municipality] : [])));
  for (const municipality of allValid('regios') ? valid('gemeenten') : []) {
    if (!inRegion.has(municipality.id) && !mergerTargets.has(municipality.id)) {
      fail(municipality, ['id'], `gemeente "${municipality.id}" hoort bij geen enkele regio; voeg haar toe aan "members" in een content/regio/<slug>/regio.yaml`);
    }
  }

  // 5. The tile map has one tile per top-level region, each on its own place.
  if (allValid('tegelkaart') && allValid('regios')) {
    const tiles = get('tegelkaart');
    const places = new Map<string, string>();
    for (const tile of tiles.values()) {
      const region = regions.get(tile.id);
      if (region?.data.kind === 'subregio') fail(tile, ['id'], `"${tile.id}" is een subregio; de tegelkaart heeft alleen regio's`);
      const place = `${tile.data.col},${tile.data.row}`;
      if (places.has(place)) fail(tile, ['col'], `tegel op dezelfde plek (kolom ${tile.data.col}, rij ${tile.data.row}) als "${places.get(place)}"`);
      else places.set(place, tile.id);
    }
    for (const region of valid('regios')) {
      if (region.data.kind === 'regio' && !tiles.has(region.id)) fail(region, ['name'], `regio "${region.id}" staat niet op de tegelkaart; voeg een tegel toe aan content/tegelkaart.yaml`);
    }
  }

  // 6. Items of an agenda have unique ids; narrative texts and structured parts belong to a document,
  //    and name the same regions as it.
  for (const agenda of valid('agendas')) {
    const seen = new Set<string>();
    agenda.data.items.forEach((item: { id: string }, index: number) => {
      if (seen.has(item.id)) fail(agenda, ['items', index, 'id'], `dubbele slug "${item.id}" in deze agenda`);
      seen.add(item.id);
    });
  }
  for (const key of ['documentteksten', 'visies', 'plannen', 'agendas'] as const) {
    for (const entry of get(key).values()) {
      const documentId = documentOf(entry)!;
      const document = get('documenten').get(documentId);
      if (!document) {
        fail(entry, [], `hoort bij geen document: maak content/documenten/${documentId}/document.yaml aan`);
        continue;
      }
      if (entry.invalid || document.invalid) continue;
      const own: string[] = entry.data.regions ?? (entry.data.region ? [entry.data.region] : []);
      const documentRegions = new Set<string>(document.data.regions);
      const stray = own.filter((id) => !documentRegions.has(id));
      if (stray.length > 0) {
        const path = entry.data.regions ? ['regions', own.indexOf(stray[0]!)] : ['region'];
        fail(entry, path, `regio "${stray[0]}" staat niet bij de regio's van het document (${document.file}: ${[...documentRegions].join(', ') || 'geen'}); zet de regio's in beide bestanden gelijk`);
      }
    }
  }

  // 7. Page numbers fall within the document, where its page count is known.
  for (const [, entries] of store) {
    for (const entry of entries.values()) {
      if (entry.invalid || !entry.parsed) continue;
      checkPages(entry, entry.data, [], documentOf(entry), get('documenten'), fail);
    }
  }
  // 8. Municipal reorganisations (rules in schemas/rules/reorganisations.ts).
  if (allValid('gemeenten') && allValid('herindelingen')) {
    for (const p of checkReorganisations(valid('herindelingen').map((e) => e.data), new Set(get('gemeenten').keys()))) fail(get('herindelingen').get(p.event)!, p.path, p.message);
  }
}

/** A document's `source_file` must name a text file in `bronnen/`. */
function checkSourceFiles(store: Store, available: ReadonlySet<string>, report: Report) {
  for (const document of store.get('documenten')!.values()) {
    if (document.invalid || available.has(document.data.source_file)) continue;
    report(document.file, at(document, ['source_file']), ['source_file'],
      `${SOURCES_DIR}/${document.data.source_file} bestaat niet${didYouMean(document.data.source_file, available)}; zet de tekstversie van het document in ${SOURCES_DIR}/ (zie ${SOURCES_DIR}/README.md) of verbeter de naam`);
  }
}

/** `path` is the position of `value` in the entry; one array, extended and shortened while walking (copied only for a message). */
function checkPages(entry: Entry, value: unknown, path: (string | number)[], documentId: string | undefined, documents: Map<string, Entry>, fail: (entry: Entry, path: (string | number)[], message: string) => void) {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (!item || typeof item !== 'object') continue;
      path.push(index);
      checkPages(entry, item, path, documentId, documents, fail);
      path.pop();
    }
    return;
  }
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  const own = typeof record.document === 'string' ? record.document : documentId;
  if (typeof record.page === 'number' && own) {
    const count = documents.get(own)?.data?.page_count as number | undefined;
    if (count !== undefined && record.page > count) {
      fail(entry, [...path, 'page'], `pagina ${record.page} bestaat niet: het document "${own}" heeft ${count} pagina's`);
    }
  }
  for (const key of Object.keys(record)) {
    const child = record[key];
    if (key === 'page' || !child || typeof child !== 'object') continue;
    path.push(key);
    checkPages(entry, child, path, own, documents, fail);
    path.pop();
  }
}

