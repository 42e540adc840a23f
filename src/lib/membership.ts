/**
 * "Which region is my municipality in?" answered from the most recent source in the dossiers,
 * with the earlier sources as dated history. Also the composition of a region per source.
 * Pure: everything is looked up in the indexes `buildModel` makes once (no scans per call).
 */
import type { Municipality } from '../../schemas/municipality.ts';
import type { SourceDocument } from '../../schemas/document.ts';
import { t } from '../i18n/index.ts';
import { byName, membershipsOf, type RegionNode, type SiteModel, type WithId } from './model.ts';

type Doc = WithId<SourceDocument>;

/** One source's statement: in `year`, according to `source`, the municipality belonged to `regions`. */
export interface SourceStatement {
  year: number;
  source: Doc | undefined;
  regions: RegionNode[];
}

export interface MunicipalityRegions {
  municipality: Municipality;
  /** According to the most recent source that lists the municipality; undefined if none does. */
  current: SourceStatement | undefined;
  /** Earlier sources, newest first. */
  history: SourceStatement[];
}

/** Newest first: by year, then by the source's printed date, then by source id (stable). */
function newestFirst(a: { year: number; source: Doc | undefined }, b: { year: number; source: Doc | undefined }): number {
  if (a.year !== b.year) return b.year - a.year;
  const da = a.source && a.source.date !== 'ongedateerd' ? a.source.date : '';
  const db = b.source && b.source.date !== 'ongedateerd' ? b.source.date : '';
  if (da !== db) return da < db ? 1 : -1;
  return (a.source?.id ?? '').localeCompare(b.source?.id ?? '');
}

/** The municipality's regions per source: the most recent source first, then the history. */
export function regionsOfMunicipality(model: SiteModel, municipalityId: string): MunicipalityRegions | undefined {
  const municipality = model.municipalityById.get(municipalityId);
  if (!municipality) return undefined;
  const bySource = new Map<string, SourceStatement>();
  for (const membership of membershipsOf(model, municipalityId)) {
    const key = `${membership.year}|${membership.source?.id ?? ''}`;
    const statement = bySource.get(key) ?? { year: membership.year, source: membership.source, regions: [] };
    if (!statement.regions.includes(membership.region)) statement.regions.push(membership.region);
    bySource.set(key, statement);
  }
  const statements = [...bySource.values()].sort(newestFirst);
  for (const statement of statements) statement.regions.sort(byName);
  return { municipality, current: statements[0], history: statements.slice(1) };
}

/** Short name of a source for running text: its short title, else its title. */
export const sourceName = (source: Doc | undefined): string => (source ? (source.short_title ?? source.title) : t('membership.unknownSource'));

/** A list of names in Dutch: "A", "A en B", "A, B en C". */
export function listText(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${t('list.and')} ${names.at(-1)}`;
}

/**
 * The parts of the answer sentence, for pages and for search: the lead ("Volgens <source>
 * (2018), de meest recente bron op deze site, hoort Uitgeest bij Regio Alkmaar.") and the dated
 * history ("In 2013: IJmond (Regioprofielen)."). Regions come with ids so callers can link them.
 */
export interface AnswerParts {
  municipality: string;
  current: { year: number; source: string; sourceId: string | undefined; regions: { id: string; name: string }[] } | undefined;
  history: { year: number; source: string; sourceId: string | undefined; regions: { id: string; name: string }[] }[];
}

export function answerParts(model: SiteModel, municipalityId: string): AnswerParts | undefined {
  const view = regionsOfMunicipality(model, municipalityId);
  if (!view) return undefined;
  const part = (s: SourceStatement) => ({
    year: s.year,
    source: sourceName(s.source),
    sourceId: s.source?.id,
    regions: s.regions.map((region) => ({ id: region.id, name: region.name })),
  });
  return { municipality: view.municipality.name, current: view.current && part(view.current), history: view.history.map(part) };
}

/** The lead sentence as plain text (for the A-Z list, descriptions and search excerpts). */
export function answerSentence(parts: AnswerParts): string {
  if (!parts.current) return t('membership.none', { municipality: parts.municipality });
  return t('membership.current', {
    source: parts.current.source,
    year: String(parts.current.year),
    municipality: parts.municipality,
    regions: listText(parts.current.regions.map((r) => r.name)),
  });
}

/** One dated history entry as plain text: "In 2013: IJmond (Regioprofielen)". */
export const historyText = (entry: AnswerParts['history'][number]): string =>
  t('membership.historyEntry', { year: String(entry.year), regions: listText(entry.regions.map((r) => r.name)), source: entry.source });

/** Short form for lists: "Regio Alkmaar (2018); in 2013: IJmond". */
export function answerShort(parts: AnswerParts): string {
  if (!parts.current) return t('membership.noneShort');
  const now = `${listText(parts.current.regions.map((r) => r.name))} (${parts.current.year})`;
  const before = parts.history
    .filter((entry) => entry.regions.map((r) => r.id).join() !== parts.current!.regions.map((r) => r.id).join())
    .map((entry) => t('membership.historyShort', { year: String(entry.year), regions: listText(entry.regions.map((r) => r.name)) }));
  return [now, ...before].join('; ');
}

/* ------------------------------------------------------------------------------------------ */
/* A region's composition per source                                                           */
/* ------------------------------------------------------------------------------------------ */

export interface Composition {
  year: number;
  source: Doc | undefined;
  municipalities: Municipality[];
}

export interface RegionComposition {
  /** Members according to the most recent source that lists the region (or its subregions). */
  current: Composition | undefined;
  /** Earlier sources, newest first, each with what changed towards the next source. */
  history: (Composition & { left: Municipality[]; joined: Municipality[] })[];
}

/** Members of a region (through its subregions too) grouped per source, newest source first. */
export function compositionOf(model: SiteModel, regionId: string): RegionComposition {
  const region = model.regionById.get(regionId);
  if (!region) return { current: undefined, history: [] };
  const nodes = [region, ...region.subregions.map((id) => model.regionById.get(id)!)];
  const bySource = new Map<string, { year: number; source: Doc | undefined; ids: Set<string> }>();
  for (const node of nodes) {
    for (const member of node.members) {
      const key = `${member.year}|${member.source}`;
      const entry = bySource.get(key) ?? { year: member.year, source: model.documentById.get(member.source), ids: new Set<string>() };
      entry.ids.add(member.municipality);
      bySource.set(key, entry);
    }
  }
  const compositions = [...bySource.values()].sort(newestFirst).map(({ year, source, ids }) => ({
    year,
    source,
    municipalities: [...ids].map((id) => model.municipalityById.get(id)!).sort(byName),
  }));
  const [current, ...earlier] = compositions;
  return {
    current,
    history: earlier.map((composition, i) => {
      const next = compositions[i]!;
      const nextIds = new Set(next.municipalities.map((m) => m.id));
      const ids = new Set(composition.municipalities.map((m) => m.id));
      return {
        ...composition,
        left: composition.municipalities.filter((m) => !nextIds.has(m.id)),
        joined: next.municipalities.filter((m) => !ids.has(m.id)),
      };
    }),
  };
}

/* ------------------------------------------------------------------------------------------ */
/* The sentence as segments, so a page can link the regions and the source                      */
/* ------------------------------------------------------------------------------------------ */

export type Segment = { text: string } | { region: { id: string; name: string } } | { source: { id: string; name: string } };

const REGIONS = '\u0001regions\u0001';
const SOURCE = '\u0001source\u0001';

/** A list of regions as segments: "A", ", ", "B", " en ", "C". */
function regionSegments(regions: readonly { id: string; name: string }[]): Segment[] {
  return regions.flatMap((region, i): Segment[] => {
    const separator = i === 0 ? [] : [{ text: i === regions.length - 1 ? ` ${t('list.and')} ` : ', ' }];
    return [...separator, { region }];
  });
}

function segmentsOf(text: string, regions: readonly { id: string; name: string }[], source: { id: string | undefined; name: string }): Segment[] {
  return text
    .split(/(\u0001regions\u0001|\u0001source\u0001)/)
    .filter((piece) => piece !== '')
    .flatMap((piece): Segment[] => {
      if (piece === REGIONS) return regionSegments(regions);
      if (piece === SOURCE) return [source.id ? { source: { id: source.id, name: source.name } } : { text: source.name }];
      return [{ text: piece }];
    });
}

/** The lead sentence as segments (text, linked regions, linked source). */
export function answerSegments(parts: AnswerParts): Segment[] {
  if (!parts.current) return [{ text: answerSentence(parts) }];
  const { current } = parts;
  const text = t('membership.current', { source: SOURCE, year: String(current.year), municipality: parts.municipality, regions: REGIONS });
  return segmentsOf(text, current.regions, { id: current.sourceId, name: current.source });
}

/** One history entry as segments. */
export function historySegments(entry: AnswerParts['history'][number]): Segment[] {
  const text = t('membership.historyEntry', { year: String(entry.year), regions: REGIONS, source: SOURCE });
  return segmentsOf(text, entry.regions, { id: entry.sourceId, name: entry.source });
}

/** Segments back to plain text (what a reader without links sees). */
export const segmentsText = (segments: readonly Segment[]): string =>
  segments.map((s) => ('text' in s ? s.text : 'region' in s ? s.region.name : s.source.name)).join('');
