/**
 * Open data: the records behind the downloads on /data/, and their CSV and JSON text.
 * Pure functions over plain content data (no Astro imports), so tests and scripts can use them.
 *
 * Files:
 * - `regioprofielen-2013`: one row per region or subregion with a task table, and per task.
 * - `gemeenten`: one row per municipality and membership of a region (per source and year).
 * - `bestuur-2013`: one row per region or subregion with answers, and per governance question
 *   1a-1d; a question the region left out has an empty `antwoord` and `citaat`.
 * - `herindelingen`: one row per municipal reorganisation since 2013, with its source;
 *   `gemeenten` gives each municipality that ended its `einddatum` and `opvolgers`.
 *
 * CSV: UTF-8, a header row, fields quoted as RFC 4180 requires (when they contain a comma, a
 * double quote, CR or LF; quotes doubled), CRLF line ends. JSON: the same records as an array;
 * an unknown page is `null` there and an empty field in CSV.
 */
import { GOVERNANCE_QUESTIONS } from './profile.ts';
import { oncePer } from './memo.ts';
import type { Municipality } from '../../schemas/municipality.ts';
import type { Profile2013 } from '../../schemas/profile-2013.ts';
import type { Region } from '../../schemas/region.ts';
import type { Question2013, Task } from '../../schemas/lookups.ts';
import type { Reorganisation } from '../../schemas/reorganisation.ts';

export type WithId<T> = T & { id: string };

export interface OpenDataInput {
  regions: readonly WithId<Region>[];
  profiles: readonly WithId<Profile2013>[];
  tasks: readonly Task[];
  municipalities: readonly Municipality[];
  questions: readonly Question2013[];
  /** Reorganisations since 2013; absent means none. */
  reorganisations?: readonly Reorganisation[];
}

export const PROFILE_COLUMNS = ['regio', 'regio_naam', 'taak', 'taak_naam', 'niveau', 'niveau_bron', 'status', 'status_bron', 'bron_pagina'] as const;
export const MUNICIPALITY_COLUMNS = ['gemeente', 'gemeente_naam', 'provincie', 'regio', 'regio_naam', 'bron', 'jaar', 'einddatum', 'opvolgers'] as const;
export const REORGANISATION_COLUMNS = ['herindeling', 'datum', 'soort', 'voorgangers', 'opvolgers', 'nieuwe_gemeenten', 'toelichting', 'bron_url', 'bron_titel', 'bron_uitgever', 'bron_gelezen'] as const;
export const GOVERNANCE_COLUMNS = ['regio', 'regio_naam', 'vraag', 'vraag_tekst', 'antwoord', 'citaat', 'bron_pagina'] as const;

export type ProfileRecord = {
  regio: string;
  regio_naam: string;
  taak: string;
  taak_naam: string;
  /** Levels joined with "+", or "onduidelijk". */
  niveau: string;
  niveau_bron: string;
  status: string;
  status_bron: string;
  bron_pagina: number | null;
};

export type MunicipalityRecord = {
  gemeente: string;
  gemeente_naam: string;
  provincie: string;
  regio: string;
  regio_naam: string;
  bron: string;
  jaar: number;
  /** Date the municipality ceased to exist by a reorganisation, or null. */
  einddatum: string | null;
  /** Ids of the municipalities it went into, joined with "+", or null. */
  opvolgers: string | null;
};

export type ReorganisationRecord = {
  herindeling: string;
  datum: string;
  soort: string;
  /** Ids joined with "+". */
  voorgangers: string;
  opvolgers: string;
  /** New municipalities as `id:name`, joined with "+"; empty when none. */
  nieuwe_gemeenten: string;
  toelichting: string | null;
  bron_url: string;
  bron_titel: string;
  bron_uitgever: string;
  bron_gelezen: string;
};

export type GovernanceRecord = {
  regio: string;
  regio_naam: string;
  vraag: string;
  vraag_tekst: string;
  /** ja, nee, deels, onduidelijk; empty when the region did not answer. */
  antwoord: string;
  citaat: string;
  bron_pagina: number | null;
};

/** "34.1" -> [34, 1]: the order of the 2013 profiles. */
function profileOrder(region: Region | undefined): number[] {
  const number = region?.profile_2013?.number;
  return number ? number.split('.').map(Number) : [Number.MAX_SAFE_INTEGER];
}

function compareOrder(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Profiles in the order of the 2013 document, each with its region. */
function orderedProfiles(input: OpenDataInput) {
  const regionById = new Map(input.regions.map((r) => [r.id, r]));
  return [...input.profiles]
    .map((profile) => ({ profile, region: regionById.get(profile.id) }))
    .filter((x): x is { profile: WithId<Profile2013>; region: WithId<Region> } => x.region !== undefined)
    .sort((a, b) => compareOrder(profileOrder(a.region), profileOrder(b.region)) || a.region.id.localeCompare(b.region.id));
}

export function profileRecords(input: OpenDataInput): ProfileRecord[] {
  return orderedProfiles(input).flatMap(({ profile, region }) =>
    input.tasks.flatMap((task) => {
      const cell = profile.tasks?.[task.id];
      if (!cell) return [];
      return [
        {
          regio: region.id,
          regio_naam: region.name,
          taak: task.id,
          taak_naam: task.name,
          niveau: cell.level.join('+'),
          niveau_bron: cell.level_source,
          status: cell.status,
          status_bron: cell.status_source,
          bron_pagina: cell.page ?? null,
        },
      ];
    }),
  );
}

export function municipalityRecords(input: OpenDataInput): MunicipalityRecord[] {
  const municipalityById = new Map(input.municipalities.map((m) => [m.id, m]));
  const endedBy = new Map((input.reorganisations ?? []).flatMap((r) => r.predecessors.map((id) => [id, r] as const)));
  const rows: MunicipalityRecord[] = [];
  for (const region of input.regions) {
    for (const member of region.members) {
      const municipality = municipalityById.get(member.municipality);
      if (!municipality) continue;
      rows.push({
        gemeente: municipality.id,
        gemeente_naam: municipality.name,
        provincie: municipality.province,
        regio: region.id,
        regio_naam: region.name,
        bron: member.source,
        jaar: member.year,
        einddatum: endedBy.get(municipality.id)?.date ?? null,
        opvolgers: endedBy.get(municipality.id)?.successors.join('+') ?? null,
      });
    }
  }
  return rows.sort((a, b) => a.gemeente.localeCompare(b.gemeente) || a.jaar - b.jaar || a.regio.localeCompare(b.regio) || a.bron.localeCompare(b.bron));
}

/** One row per reorganisation, oldest first. */
export function reorganisationRecords(input: OpenDataInput): ReorganisationRecord[] {
  return [...(input.reorganisations ?? [])]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((r) => ({
      herindeling: r.id,
      datum: r.date,
      soort: r.kind,
      voorgangers: r.predecessors.join('+'),
      opvolgers: r.successors.join('+'),
      nieuwe_gemeenten: r.new_municipalities.map((m) => `${m.id}:${m.name}`).join('+'),
      toelichting: r.note ?? null,
      bron_url: r.source.url,
      bron_titel: r.source.title,
      bron_uitgever: r.source.publisher,
      bron_gelezen: r.source.read,
    }));
}

export function governanceRecords(input: OpenDataInput): GovernanceRecord[] {
  const questionById = new Map(input.questions.map((q) => [q.id, q]));
  return orderedProfiles(input)
    .filter(({ profile }) => Object.keys(profile.answers).length > 0)
    .flatMap(({ profile, region }) =>
      GOVERNANCE_QUESTIONS.map((id) => {
        const answer = profile.answers[id];
        return {
          regio: region.id,
          regio_naam: region.name,
          vraag: id,
          vraag_tekst: questionById.get(id)?.text ?? '',
          antwoord: answer?.answer ?? '',
          citaat: answer?.text ?? '',
          bron_pagina: answer?.page ?? null,
        };
      }),
    );
}

/**
 * A text cell that a spreadsheet program would run as a formula (OWASP "CSV injection"): it
 * starts with =, +, -, @, a tab or a carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: quoted when it contains a comma, a double quote, CR or LF. A text that a
 * spreadsheet would read as a formula gets a leading apostrophe and quotes, as OWASP advises;
 * `csvCellText` gives the original text back (the JSON files keep it as it is).
 */
export function csvField(value: string | number | null | undefined): string {
  const raw = value === null || value === undefined ? '' : String(value);
  const neutralised = typeof value === 'string' && FORMULA_START.test(raw);
  const text = neutralised ? `'${raw}` : raw;
  return neutralised || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The text of a parsed CSV cell as the content has it (undoes the formula guard of `csvField`). */
export function csvCellText(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** CSV text (RFC 4180, CRLF) with a header row, columns in the given order. */
export function toCsv<T extends Record<string, string | number | null>>(columns: readonly (keyof T & string)[], records: readonly T[]): string {
  const lines = [columns.join(','), ...records.map((record) => columns.map((column) => csvField(record[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function toJson(records: readonly object[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

export interface OpenDataRecords {
  profiles: ProfileRecord[];
  municipalities: MunicipalityRecord[];
  governance: GovernanceRecord[];
  reorganisations: ReorganisationRecord[];
}

/**
 * Every record of the downloads, made once per model: /data/ (row counts, file sizes), the
 * downloads themselves and the per-region files all use them.
 */
export const openDataRecords = oncePer(
  (input: OpenDataInput): OpenDataRecords => ({ profiles: profileRecords(input), municipalities: municipalityRecords(input), governance: governanceRecords(input), reorganisations: reorganisationRecords(input) }),
);

/** The downloadable files: name -> media type and text; made once per model. */
export const openDataFiles = oncePer((input: OpenDataInput): Record<string, { type: string; body: string }> => {
  const { profiles, municipalities, governance, reorganisations } = openDataRecords(input);
  const csv = 'text/csv; charset=utf-8';
  const json = 'application/json; charset=utf-8';
  return {
    'regioprofielen-2013.csv': { type: csv, body: toCsv(PROFILE_COLUMNS, profiles) },
    'regioprofielen-2013.json': { type: json, body: toJson(profiles) },
    'gemeenten.csv': { type: csv, body: toCsv(MUNICIPALITY_COLUMNS, municipalities) },
    'gemeenten.json': { type: json, body: toJson(municipalities) },
    'bestuur-2013.csv': { type: csv, body: toCsv(GOVERNANCE_COLUMNS, governance) },
    'bestuur-2013.json': { type: json, body: toJson(governance) },
    'herindelingen.csv': { type: csv, body: toCsv(REORGANISATION_COLUMNS, reorganisations) },
    'herindelingen.json': { type: json, body: toJson(reorganisations) },
  };
});
