/**
 * The content validator. Two layers, as in the minvws dashboard CLI:
 *  1. shape: every file parses as YAML and matches its zod schema;
 *  2. content rules: references exist, slugs are unique, every region has a complete
 *     task table, every municipality belongs to a region.
 * All problems are collected (never just the first), each with file, line, column and field,
 * in Dutch. Pure: takes file texts, returns problems; reading the disk is in `content-fs.ts`.
 */
import jsYaml from 'js-yaml';
import type { z } from 'zod';
import { COLLECTION_LABELS, COLLECTIONS, type CollectionName, type CollectionSpec, type Reference } from '../../schemas/collections.ts';
import { dutchError } from '../../schemas/errors.ts';
import { locate, parseYaml, type ParsedYaml, type Position } from './yaml-locate.ts';
import { checkMdxSafety } from './mdx-safety.ts';
import { ALLOWED_MDX_COMPONENTS } from '../../src/components/mdx/allowed.ts';
import { checkReorganisations } from '../../schemas/rules/reorganisations.ts';

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
}

export interface Entry {
  collection: CollectionName;
  id: string;
  file: string;
  /** Path of the entry inside its file (`[index]` for list files, `[]` otherwise). */
  base: (string | number)[];
  data: any;
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

const YAML_ERRORS: Record<string, string> = {
  DUPLICATE_KEY: 'dit veld staat twee keer in hetzelfde blok',
  BAD_INDENT: 'verkeerde inspringing',
  TAB_AS_INDENT: 'een tab als inspringing; gebruik spaties',
  BLOCK_AS_IMPLICIT_KEY: 'verkeerde inspringing of ontbrekende dubbele punt',
  MISSING_CHAR: 'er ontbreekt een teken (bijv. een afsluitend aanhalingsteken of haakje)',
  MULTILINE_IMPLICIT_KEY: 'een veldnaam loopt over meer regels; ontbreekt er een dubbele punt of aanhalingsteken?',
  UNEXPECTED_TOKEN: 'onverwacht teken',
  BAD_SCALAR_START: 'een waarde mag niet met dit teken beginnen; zet de tekst tussen aanhalingstekens',
};

function yamlErrorText(code: string, message: string): string {
  if (/end with a \]/.test(message)) return 'een lijst tussen [ en ] is niet afgesloten: er ontbreekt een ] vóór deze regel';
  if (/end with a \}/.test(message)) return 'een blok tussen { en } is niet afgesloten: er ontbreekt een } vóór deze regel';
  return YAML_ERRORS[code] ?? message.split('\n')[0]!;
}

/** Allowed keys of the object schema at `path` inside `schema`, for "unknown field" messages. */
export function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: any = schema;
  const unwrap = () => {
    for (;;) {
      const def = current?._zod?.def;
      if (!def) return;
      if (['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch'].includes(def.type)) current = def.innerType;
      else if (def.type === 'pipe') current = def.out;
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

export function validateContent(files: readonly ContentFile[]): ValidationResult {
  const problems: Problem[] = [];
  const store: Store = new Map(Object.keys(COLLECTIONS).map((name) => [name as CollectionName, new Map()]));
  const report = (file: string, position: Position, path: readonly PropertyKey[], message: string) =>
    problems.push({ file, line: position.line, column: position.column, field: formatPath(path), message });

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
      // Safe MDX: no code, only allowed components and elements (see mdx-safety.ts).
      for (const problem of checkMdxSafety(file.path, file.text, ALLOWED_MDX_COMPONENTS)) report(file.path, problem, [], problem.message);
      addEntry(store, report, { collection, id: spec.idFromPath!(relative), file: file.path, base: [], data: { body: file.text } });
      continue;
    }
    parseFile(file, collection, spec, store, report);
  }

  checkRules(store, report);
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { problems, store, filesChecked: files.length };
}

type Report = (file: string, position: Position, path: readonly PropertyKey[], message: string) => void;

function parseFile(file: ContentFile, collection: CollectionName, spec: CollectionSpec, store: Store, report: Report) {
  const parsed = parseYaml(file.text);
  const relative = file.path.replace(/^content\//, '');
  const markInvalid = () => {
    if (spec.shape === 'entry') addEntry(store, report, { collection, id: spec.idFromPath!(relative), file: file.path, base: [], data: {}, invalid: true });
  };
  const [syntaxError] = parsed.doc.errors;
  if (syntaxError) {
    // Only the first syntax error: later ones are usually consequences of it.
    const [start] = syntaxError.linePos ?? [{ line: 1, col: 1 }];
    const detail = yamlErrorText(syntaxError.code, syntaxError.message);
    report(file.path, { line: start!.line, column: start!.col }, [], `ongeldige YAML: ${detail}`);
    markInvalid();
    return;
  }
  // Astro reads the same file with js-yaml; it must accept it too.
  try {
    jsYaml.load(file.text);
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    report(file.path, { line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 }, [], `ongeldige YAML: ${(error as Error).message.split('\n')[0]}`);
    markInvalid();
    return;
  }
  const data = parsed.doc.toJS();
  if (data === null || data === undefined) {
    report(file.path, { line: 1, column: 1 }, [], 'het bestand is leeg');
    markInvalid();
    return;
  }
  if (spec.shape === 'list') {
    if (!Array.isArray(data)) {
      report(file.path, locate(parsed, []), [], 'dit bestand moet een lijst zijn (elk element begint met "- id: ...")');
      return;
    }
    data.forEach((item, index) => {
      const entry = checkShape(file.path, parsed, spec.schema!, item, [index], report);
      const id = entry?.id ?? (typeof item?.id === 'string' ? item.id : undefined);
      if (id === undefined) return;
      addEntry(store, report, { collection, id, file: file.path, base: [index], data: entry ?? item, parsed, invalid: !entry });
    });
  } else {
    const entry = checkShape(file.path, parsed, spec.schema!, data, [], report);
    addEntry(store, report, { collection, id: spec.idFromPath!(relative), file: file.path, base: [], data: entry ?? data, parsed, invalid: !entry });
  }
}

function checkShape(file: string, parsed: ParsedYaml, schema: z.ZodType, data: unknown, base: (string | number)[], report: Report) {
  const result = schema.safeParse(data, { error: dutchError });
  if (result.success) return result.data as any;
  for (const issue of result.error.issues) {
    const path = [...base, ...(issue.path as (string | number)[])];
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(schema, issue.path);
      for (const key of issue.keys) {
        report(file, locate(parsed, [...path, key]), [...path, key], `onbekend veld "${key}"; toegestaan zijn: ${allowed.join(', ')}`);
      }
    } else {
      report(file, locate(parsed, path), path, issue.message);
    }
  }
  return undefined;
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

function checkRules(store: Store, report: Report) {
  const get = (name: CollectionName) => store.get(name)!;
  const fail = (entry: Entry, path: (string | number)[], message: string) => report(entry.file, at(entry, path), [...entry.base, ...path], message);

  const valid = (name: CollectionName) => [...get(name).values()].filter((entry) => !entry.invalid);
  const allValid = (name: CollectionName) => valid(name).length === get(name).size;

  // 1. Every reference points to an existing entry.
  for (const [name, entries] of store) {
    const references = COLLECTIONS[name].references;
    if (!references) continue;
    for (const entry of entries.values()) {
      if (entry.invalid) continue;
      for (const ref of references(entry.data) as Reference[]) {
        if (!get(ref.collection).has(ref.id)) {
          fail(entry, ref.path, `"${ref.id}" bestaat niet; verwacht een bestaande ${COLLECTION_LABELS[ref.collection]}`);
        }
      }
    }
  }

  // 2. Regions and subregions.
  const regions = get('regios');
  const subregionsOf = new Map<string, string[]>();
  for (const region of valid('regios')) {
    const { kind, parent } = region.data;
    if (kind === 'subregio' && !parent) fail(region, ['parent'], 'een subregio moet een "parent" hebben: de slug van de regio');
    if (kind === 'regio' && parent) fail(region, ['parent'], 'alleen een subregio heeft een "parent"; zet kind op subregio');
    if (parent && regions.get(parent)?.data.kind === 'subregio') fail(region, ['parent'], `"${parent}" is zelf een subregio; de parent moet een regio zijn`);
    if (parent) subregionsOf.set(parent, [...(subregionsOf.get(parent) ?? []), region.id]);
    const seen = new Map<string, number>();
    region.data.members.forEach((member: { municipality: string; source: string }, index: number) => {
      const key = `${member.municipality}|${member.source}`;
      if (seen.has(key)) fail(region, ['members', index, 'municipality'], `"${member.municipality}" staat dubbel in de lijst (zelfde bron, ook element [${seen.get(key)}])`);
      else seen.set(key, index);
    });
  }
  for (const [parent, children] of subregionsOf) {
    const region = regions.get(parent);
    if (region && !region.invalid && region.data.members.length > 0) {
      fail(region, ['members'], `een regio met subregio's (${children.join(', ')}) noemt zelf geen gemeenten; zet ze bij de subregio's`);
    }
  }

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
    const missing = taskIds.filter((id) => !(id in tasks));
    if (missing.length > 0) fail(profile, ['tasks'], `taak ontbreekt in de takentabel: ${missing.join(', ')}`);
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

  // 6. Items of an agenda have unique ids; narrative texts belong to a document.
  for (const agenda of valid('agendas')) {
    const seen = new Set<string>();
    agenda.data.items.forEach((item: { id: string }, index: number) => {
      if (seen.has(item.id)) fail(agenda, ['items', index, 'id'], `dubbele slug "${item.id}" in deze agenda`);
      seen.add(item.id);
    });
  }
  for (const key of ['documentteksten', 'visies', 'plannen'] as const) {
    for (const entry of get(key).values()) {
      if (!get('documenten').has(entry.id)) fail(entry, [], `hoort bij geen document: maak content/documenten/${entry.id}/document.yaml aan`);
    }
  }
  for (const agenda of get('agendas').values()) {
    const documentId = agenda.id.split('/')[0]!;
    if (!get('documenten').has(documentId)) fail(agenda, [], `hoort bij geen document: maak content/documenten/${documentId}/document.yaml aan`);
  }
  // 7. Municipal reorganisations (rules in schemas/rules/reorganisations.ts).
  if (allValid('gemeenten') && allValid('herindelingen')) {
    for (const p of checkReorganisations(valid('herindelingen').map((e) => e.data), new Set(get('gemeenten').keys()))) fail(get('herindelingen').get(p.event)!, p.path, p.message);
  }
}
