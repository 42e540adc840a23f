/**
 * Templates for `npm run nieuw`: the text of a new, valid content file of each kind, with the
 * `$schema` line for the editor and Dutch comments on the fields to fill in next. Pure: the CLI
 * (`scripts/nieuw.ts`) asks for the facts, checks them against the content and writes the files.
 * No value is made up: what the editor does not give is left out or written as a comment.
 */
import { stringify } from 'yaml';
import { schemaLine as modeline } from './schema-line.ts';

export const KINDS = ['regio', 'document', 'visie', 'plan', 'agenda', 'samenwerking'] as const;
export type Kind = (typeof KINDS)[number];

/** The JSON Schema of each kind of file, relative to the repository root (`npm run schemas`). */
export const SCHEMA_FILES = {
  regio: 'schemas/json/regios.schema.json',
  document: 'schemas/json/documenten.schema.json',
  visie: 'schemas/json/visies.schema.json',
  plan: 'schemas/json/plannen.schema.json',
  agenda: 'schemas/json/agendas.schema.json',
  samenwerking: 'schemas/json/samenwerkingen.schema.json',
} as const satisfies Record<Kind, string>;

/** The first line of a content file: tells the YAML extension of the editor which schema applies. */
function schemaLine(contentFile: string, schemaFile: string): string {
  const line = modeline(contentFile);
  if (!line.endsWith(schemaFile)) throw new Error(`${contentFile}: verwacht ${schemaFile}`);
  return line;
}

/** A YAML value on one line (`[a, b]`, `"tekst: met dubbele punt"`), as the content files write them. */
const inline = (value: unknown) => stringify(value, { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).trim();

export interface RegionFacts {
  slug: string;
  name: string;
  provinces: string[];
  /** Municipality ids (`content/gemeenten.yaml`). */
  municipalities: string[];
  /** The document that lists the municipalities in this region, and the year it describes. */
  source: string;
  year: number;
  parent?: string;
}

export function regionFile(f: RegionFacts): string {
  const path = `content/regio/${f.slug}/regio.yaml`;
  return [
    schemaLine(path, SCHEMA_FILES.regio),
    `# ${f.name}: naam en gemeenten. Elk veld is beschreven in schemas/region.ts; zie ook content/README.md.`,
    `name: ${inline(f.name)}`,
    `kind: ${f.parent ? 'subregio' : 'regio'}`,
    ...(f.parent ? [`parent: ${f.parent}`] : []),
    '# Vroegere namen en andere spellingen uit de bronnen; de zoekfunctie vindt ze, en /regio/<naam>/ leidt hierheen.',
    'aliases: []',
    `provinces: ${inline(f.provinces)}`,
    '# Elke gemeente met het document dat haar bij deze regio noemt (source) en het jaar dat dat document beschrijft.',
    'members:',
    ...f.municipalities.map((m) => `  - { municipality: ${m}, source: ${f.source}, year: ${f.year} }`),
    '',
  ].join('\n');
}

/** The tile of a new region on the tile map (a line to add to `content/tegelkaart.yaml`). */
export function tileLine(slug: string, col: number, row: number, label: string): string {
  return `- { id: ${slug}, col: ${col}, row: ${row}, label: ${inline(label)} }`;
}

/** The first free place on the tile map, row by row from the top left (the editor moves it to the right place). */
export function freeTile(taken: readonly { col: number; row: number }[], size = 12): { col: number; row: number } {
  const used = new Set(taken.map((t) => `${t.col},${t.row}`));
  for (let row = 0; row < size; row++) for (let col = 0; col < size; col++) if (!used.has(`${col},${row}`)) return { col, row };
  throw new Error('de tegelkaart is vol');
}

/** The `count` free places closest to `place` (by distance in tiles, then row, then column). */
export function nearestFree(taken: readonly { col: number; row: number }[], place: { col: number; row: number }, count = 3, size = 12): { col: number; row: number }[] {
  const used = new Set(taken.map((t) => `${t.col},${t.row}`));
  const free: { col: number; row: number; d: number }[] = [];
  for (let row = 0; row < size; row++) for (let col = 0; col < size; col++) if (!used.has(`${col},${row}`)) free.push({ col, row, d: Math.abs(col - place.col) + Math.abs(row - place.row) });
  return free.sort((a, b) => a.d - b.d || a.row - b.row || a.col - b.col).slice(0, count).map(({ col, row }) => ({ col, row }));
}

export interface DocumentFacts {
  slug: string;
  title: string;
  kind: string;
  issuer: string;
  regions: string[];
  /** `JJJJ-MM-DD` as printed, or `ongedateerd` with `dateNote`. */
  date: string;
  dateNote?: string;
  /** File name in `bronnen/`. */
  sourceFile: string;
  summary: string;
  collaboration?: string;
}

export function documentFile(f: DocumentFacts): string {
  const path = `content/documenten/${f.slug}/document.yaml`;
  return [
    schemaLine(path, SCHEMA_FILES.document),
    '# Een brondocument. Elk veld is beschreven in schemas/document.ts; verzin nooit een datum.',
    `title: ${inline(f.title)}`,
    '# short_title: een korte titel (hoogstens 44 tekens) voor tabblad en lijsten, als de titel lang is',
    `kind: ${f.kind}`,
    `issuer: ${inline(f.issuer)}`,
    `regions: ${inline(f.regions)}`,
    ...(f.collaboration ? [`collaboration: ${f.collaboration}`] : []),
    '# period: { from: 2018, to: 2020 }   # alleen als het document een periode noemt',
    `date: ${f.date === 'ongedateerd' ? 'ongedateerd' : inline(f.date)}`,
    ...(f.dateNote ? [`date_note: ${inline(f.dateNote)}`] : ['# date_note: hoe de datum bekend is (verplicht bij "ongedateerd")']),
    `# De tekstversie van het document in bronnen/ (zie bronnen/README.md).`,
    `source_file: ${f.sourceFile}`,
    `summary: ${inline(f.summary)}`,
    '',
  ].join('\n');
}

export interface VisionFacts {
  document: string;
  regions: string[];
}

export function visionFile(f: VisionFacts): string {
  const path = `content/documenten/${f.document}/visie.yaml`;
  return [
    schemaLine(path, SCHEMA_FILES.visie),
    `# De regiovisie in content/documenten/${f.document}/. Citaten (text) zijn de letterlijke woorden van de bron;`,
    '# section en page zeggen waar ze staan. Elk veld is beschreven in schemas/plans.ts (vision).',
    `regions: ${inline(f.regions)}`,
    '',
    '# De visie zelf, letterlijk:',
    '# statement:',
    '#   section: "3.1"',
    '#   text: We willen dat kinderen ...',
    '',
    '# Uitgangspunten, in de volgorde van de bron:',
    '# principles:',
    '#   - { number: "1", title: ..., section: "3.2" }',
    '',
    '# Beleidsdoelen met hun thema\'s (de tussenkoppen van hun paragraaf):',
    '# goals:',
    '#   - { number: "1", title: ..., section: "4.1", themes: [ ... ] }',
    '',
  ].join('\n');
}

export interface PlanFacts {
  document: string;
  region?: string;
  collaboration?: string;
}

export function planFile(f: PlanFacts): string {
  const path = `content/documenten/${f.document}/plan.yaml`;
  return [
    schemaLine(path, SCHEMA_FILES.plan),
    `# Het plan in content/documenten/${f.document}/: ambitie, uitgangspunten, budget, planning.`,
    '# Elk veld is beschreven in schemas/plans.ts (plan). Citaten zijn de letterlijke woorden van de bron.',
    ...(f.region ? [`region: ${f.region}`] : []),
    ...(f.collaboration ? [`collaboration: ${f.collaboration}`] : []),
    '',
    '# ambition:',
    '#   section: "1"',
    '#   text: ...',
    '',
    '# Wat het plan wil bereiken ("We willen:"), in volgorde:',
    '# aims:',
    '#   - { title: ..., section: "2" }',
    '',
    '# Planning: when zoals gedrukt, date alleen als dag, maand en jaar er staan; status geweest, gepland of uitgesteld.',
    '# milestones:',
    '#   - { when: eind 2020, what: ..., status: gepland, quote: { text: ... } }',
    '',
  ].join('\n');
}

export interface AgendaFacts {
  document: string;
  /** File name without `.yaml`: `agenda` or `agenda-<naam>`. */
  name: string;
  title: string;
  level: 'regionaal' | 'bovenregionaal';
  region?: string;
  collaboration?: string;
  /** The first item: an id (slug) and its title as printed. */
  firstItem: { id: string; title: string };
}

export function agendaFile(f: AgendaFacts): string {
  const path = `content/documenten/${f.document}/${f.name}.yaml`;
  return [
    schemaLine(path, SCHEMA_FILES.agenda),
    `# Een agenda van opgaven of projecten uit content/documenten/${f.document}/.`,
    '# Elk veld is beschreven in schemas/plans.ts (agenda, agendaItem).',
    `title: ${inline(f.title)}`,
    `level: ${f.level}`,
    ...(f.region ? [`region: ${f.region}`] : []),
    ...(f.collaboration ? [`collaboration: ${f.collaboration}`] : []),
    '# intro: { text: ..., section: ... }   # de inleidende woorden van de bron',
    'items:',
    `  - id: ${f.firstItem.id}`,
    `    title: ${inline(f.firstItem.title)}`,
    '    # description: { text: ... }       # de volledige tekst van de opgave, letterlijk',
    '    # action_lines: [ ... ]            # ids uit content/actielijnen.yaml',
    '',
  ].join('\n');
}

export interface CollaborationFacts {
  slug: string;
  name: string;
  summary: string;
  /** Member regions with one role and one quotation from `document` naming them. */
  regions: string[];
  role: string;
  quote: string;
  document: string;
}

export function collaborationFile(f: CollaborationFacts): string {
  const path = `content/samenwerkingen/${f.slug}.yaml`;
  return [
    schemaLine(path, SCHEMA_FILES.samenwerking),
    '# Een bovenregionale samenwerking. Elk veld is beschreven in schemas/plans.ts (collaboration).',
    `name: ${inline(f.name)}`,
    'aliases: []',
    `summary: ${inline(f.summary)}`,
    '# De leden met hun rol (woorden van de redactie) en de zin uit de bron die zegt dat ze meedoen.',
    'members:',
    ...f.regions.flatMap((region) => [`  - region: ${region}`, `    role: ${inline(f.role)}`, `    quote: { text: ${inline(f.quote)} }`, `    source: ${f.document}`]),
    `documents: ${inline([f.document])}`,
    '# principles, themes, networks en agendas: zie schemas/plans.ts',
    '',
  ].join('\n');
}
