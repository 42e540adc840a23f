/**
 * Municipal reorganisations since 2013 (`content/herindelingen.yaml`) as sentence parts for the
 * municipality pages and the A-Z list: what became of a 2013 municipality, where a new one came
 * from, and which regions its predecessors belonged to according to the dossiers' sources.
 * Never a current membership: only what a source in the dossiers says, with its year.
 * Indexes are built once per model (WeakMap), so pages do not scan all events.
 */
import { formatDate, template } from '../i18n/index.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { Reorganisation } from '../../schemas/reorganisation.ts';
import { byName, membershipsOf, type MembershipView, type RegionNode, type SiteModel } from './model.ts';
import { oncePer } from './memo.ts';
import { paths } from './url.ts';

/** A piece of a sentence: plain text or a link to a page of the site. */
export type Part = string | { text: string; path: string };

interface Index {
  endedBy: Map<string, Reorganisation>;
  createdBy: Map<string, Reorganisation>;
  /** Events in which an existing municipality gained (part of) another one, oldest first. */
  gainedBy: Map<string, Reorganisation[]>;
}

export const reorganisationIndex = oncePer((model: SiteModel): Index => {
  const index: Index = { endedBy: new Map(), createdBy: new Map(), gainedBy: new Map() };
  for (const event of model.reorganisations) {
    for (const id of event.predecessors) index.endedBy.set(id, event);
    const created = new Set(event.new_municipalities.map((m) => m.id));
    for (const m of event.new_municipalities) index.createdBy.set(m.id, event);
    for (const id of event.successors) if (!created.has(id)) index.gainedBy.set(id, [...(index.gainedBy.get(id) ?? []), event]);
  }
  return index;
});

/** Fills a template from `nl.json`; a variable may be plain text or parts with links. */
export function fill(key: MessageKey, vars: Record<string, string | Part[]>): Part[] {
  return template(key)
    .split(/(\{\{\w+\}\})/)
    .flatMap((piece): Part[] => {
      const name = /^\{\{(\w+)\}\}$/.exec(piece)?.[1];
      if (!name) return piece ? [piece] : [];
      const value = vars[name];
      if (value === undefined) throw new Error(`reorganisations: "${key}" needs {{${name}}}`);
      return typeof value === 'string' ? [value] : value;
    });
}

/** "A, B en C" as parts. */
export function listParts(items: Part[][]): Part[] {
  return items.flatMap((item, i) => [...(i === 0 ? [] : [i === items.length - 1 ? ' en ' : ', ']), ...item]);
}

/** Plain text of parts (for tests, descriptions and the A-Z list). */
export const partsText = (parts: Part[]) => parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');

const nameOf = (model: SiteModel, id: string) => model.municipalityById.get(id)?.name ?? id;
const link = (model: SiteModel, id: string): Part[] => [{ text: nameOf(model, id), path: paths.municipality(id) }];
const links = (model: SiteModel, ids: readonly string[]) => listParts(ids.map((id) => link(model, id)));

/** The memberships of the most recent source year that names the municipality. */
export function latestMemberships(model: SiteModel, id: string): MembershipView[] {
  const all = membershipsOf(model, id);
  const last = all.at(-1)?.year;
  return all.filter((m) => m.year === last);
}

/**
 * The 2013 municipalities a municipality created after 2013 goes back to, each with the
 * memberships of its most recent source: its predecessors, and for a predecessor that had
 * absorbed others before (Groesbeek in 2015), those too.
 */
export function origins(model: SiteModel, id: string): { municipality: string; memberships: MembershipView[] }[] {
  const index = reorganisationIndex(model);
  const event = index.createdBy.get(id);
  if (!event) return [];
  return event.predecessors.flatMap((p) => {
    const own = latestMemberships(model, p);
    if (own.length === 0 && index.createdBy.has(p)) return origins(model, p);
    const absorbed = (index.gainedBy.get(p) ?? []).filter((e) => e.kind === 'opgegaan' && e.date < event.date).flatMap((e) => e.predecessors);
    return [{ municipality: p, memberships: own }, ...absorbed.map((a) => ({ municipality: a, memberships: latestMemberships(model, a) }))];
  });
}

const regionKey = (memberships: MembershipView[]) => memberships.map((m) => `${m.region.id}|${m.source?.id}|${m.year}`).join(',');
const regionLinks = (regions: RegionNode[]) => listParts(regions.map((r) => [{ text: r.name, path: paths.region(r.id) }]));

/**
 * "die hoorden volgens Transformatieplan (2018) bij Regio Alkmaar", or per group where the
 * municipalities were in different regions; `differ` tells whether they were.
 */
export function regionClause(model: SiteModel, items: { municipality: string; memberships: MembershipView[] }[], nameThem = false): { parts: Part[]; differ: boolean } {
  const groups = new Map<string, { ids: string[]; memberships: MembershipView[] }>();
  for (const item of items) {
    const key = regionKey(item.memberships);
    groups.set(key, { ids: [...(groups.get(key)?.ids ?? []), item.municipality], memberships: item.memberships });
  }
  const describe = (g: { memberships: MembershipView[] }) => {
    const m = g.memberships[0]!;
    return { source: m.source ? (m.source.short_title ?? m.source.title) : '', year: String(m.year), regions: regionLinks(g.memberships.map((x) => x.region)) };
  };
  const known = [...groups.values()].filter((g) => g.memberships.length > 0);
  const unknown = groups.get('')?.ids ?? [];
  const regionIds = new Set(known.flatMap((g) => g.memberships.map((m) => m.region.id)));
  const parts: Part[] = [];
  if (known.length === 1 && unknown.length === 0 && !nameThem) {
    const g = known[0]!;
    parts.push(...fill(g.ids.length === 1 ? 'reorganisation.clause.all.one' : 'reorganisation.clause.all', describe(g)));
  } else {
    known.forEach((g, i) => {
      if (i > 0) parts.push(', ');
      parts.push(...fill(g.ids.length === 1 ? 'reorganisation.clause.group.one' : 'reorganisation.clause.group', { municipalities: links(model, g.ids), ...describe(g) }));
    });
    if (unknown.length > 0) parts.push(...(known.length > 0 ? [', '] : []), ...fill('reorganisation.clause.none', { municipalities: links(model, unknown) }));
  }
  return { parts, differ: regionIds.size > 1 || (unknown.length > 0 && known.length > 0) };
}

/** Municipalities that hold the area of `id` today (following later reorganisations). */
export function currentMunicipalities(model: SiteModel, id: string, seen = new Set<string>()): string[] {
  const event = reorganisationIndex(model).endedBy.get(id);
  if (!event || seen.has(id)) return [id];
  seen.add(id);
  return [...new Set(event.successors.flatMap((s) => currentMunicipalities(model, s, seen)))].sort((a, b) => byName({ name: nameOf(model, a) }, { name: nameOf(model, b) }));
}

function endedSentence(model: SiteModel, id: string, event: Reorganisation): Part[] {
  const vars = { name: nameOf(model, id), date: formatDate(event.date), successor: links(model, event.successors), successors: links(model, event.successors) };
  const key: MessageKey =
    event.kind === 'gesplitst' ? 'reorganisation.ended.split'
    : event.kind === 'naamswijziging' ? 'reorganisation.ended.renamed'
    : event.kind === 'nieuwe-gemeente' ? 'reorganisation.ended.new'
    : 'reorganisation.ended.absorbed';
  const others = event.predecessors.filter((p) => p !== id);
  const parts = fill(key, { ...vars, others: links(model, others.length > 0 ? others : [id]) });
  const now = currentMunicipalities(model, id);
  const direct = [...event.successors].sort();
  if (now.join() !== direct.join()) parts.push(' ', ...fill('reorganisation.ended.now', { current: links(model, now) }));
  return parts;
}

function createdSentence(model: SiteModel, id: string, event: Reorganisation): Part[] {
  const name = nameOf(model, id);
  const key: MessageKey = event.kind === 'naamswijziging' ? 'reorganisation.created.renamed' : 'reorganisation.created.new';
  const parts = fill(key, { name, date: formatDate(event.date), predecessors: links(model, event.predecessors) });
  // Name them when the origins are more than the predecessors (Groesbeek had absorbed two).
  const origin = origins(model, id);
  const clause = regionClause(model, origin, origin.map((o) => o.municipality).join() !== event.predecessors.join());
  parts.push('; ', ...clause.parts, '.');
  if (clause.differ) parts.push(' ', ...fill('reorganisation.created.differ', { name }));
  return parts;
}

/**
 * The first sentence of the page of a municipality that ended after 2013 or was created after
 * it; `undefined` for a municipality that still exists as it was in 2013.
 */
export function leadSentence(model: SiteModel, id: string): Part[] | undefined {
  const index = reorganisationIndex(model);
  const created = index.createdBy.get(id);
  const ended = index.endedBy.get(id);
  if (created) return createdSentence(model, id, created);
  if (ended) return endedSentence(model, id, ended);
  return undefined;
}

export interface ChangeItem {
  event: Reorganisation;
  parts: Part[];
}

/** Every reorganisation a municipality took part in, oldest first, as a sentence each. */
export function changeItems(model: SiteModel, id: string): ChangeItem[] {
  const index = reorganisationIndex(model);
  const items: ChangeItem[] = [];
  const created = index.createdBy.get(id);
  // The lead sentence already says where the predecessors belonged: here only the fact.
  if (created) {
    const key: MessageKey = created.kind === 'naamswijziging' ? 'reorganisation.change.renamed' : 'reorganisation.change.created';
    items.push({ event: created, parts: fill(key, { date: formatDate(created.date), predecessors: links(model, created.predecessors) }) });
  }
  for (const event of index.gainedBy.get(id) ?? []) {
    const name = nameOf(model, id);
    const key: MessageKey = event.kind === 'gesplitst' ? 'reorganisation.gained.part' : event.predecessors.length === 1 ? 'reorganisation.gained.one' : 'reorganisation.gained';
    const parts = fill(key, { name, date: formatDate(event.date), predecessors: links(model, event.predecessors) });
    const items2 = event.predecessors.map((p) => ({ municipality: p, memberships: latestMemberships(model, p) }));
    const clause = regionClause(model, items2);
    parts.push('; ', ...clause.parts, '.');
    const own = new Set(latestMemberships(model, id).map((m) => m.region.id));
    const theirs = new Set(items2.flatMap((i) => i.memberships.map((m) => m.region.id)));
    if (own.size > 0 && [...theirs].some((r) => !own.has(r))) parts.push(' ', ...fill('reorganisation.gained.otherRegion', { name }));
    items.push({ event, parts });
  }
  const ended = index.endedBy.get(id);
  if (ended) {
    const key: MessageKey = ended.kind === 'gesplitst' ? 'reorganisation.change.split' : ended.kind === 'naamswijziging' ? 'reorganisation.change.renamedTo' : 'reorganisation.change.ended';
    items.push({ event: ended, parts: fill(key, { date: formatDate(ended.date), successors: links(model, ended.successors) }) });
  }
  return items.sort((a, b) => a.event.date.localeCompare(b.event.date));
}

/** Short note for the A-Z list: former municipality and what it is now, or new since when. */
export function listNote(model: SiteModel, id: string): string | undefined {
  const index = reorganisationIndex(model);
  const ended = index.endedBy.get(id);
  if (ended) return partsText(fill('reorganisation.list.former', { date: formatDate(ended.date), current: currentMunicipalities(model, id).map((c) => nameOf(model, c)).join(', ') }));
  const created = index.createdBy.get(id);
  if (created) {
    const key: MessageKey = created.kind === 'naamswijziging' ? 'reorganisation.list.renamed' : 'reorganisation.list.new';
    return partsText(fill(key, { date: formatDate(created.date), predecessors: created.predecessors.map((p) => nameOf(model, p)).join(', ') }));
  }
  return undefined;
}

/** Whether a municipality ended after 2013 (for marking it in lists). */
export const isFormer = (model: SiteModel, id: string) => reorganisationIndex(model).endedBy.has(id);

/** Whether a municipality took part in any reorganisation since 2013 (created, ended or grew). */
export function tookPart(model: SiteModel, id: string): boolean {
  const index = reorganisationIndex(model);
  return index.createdBy.has(id) || index.endedBy.has(id) || index.gainedBy.has(id);
}

/** How many municipalities were created after 2013 (renamed ones included). */
export const newMunicipalityCount = (model: SiteModel) => reorganisationIndex(model).createdBy.size;

/** For a municipality created after 2013 that no source of the site places in a region. */
export function regionNote(model: SiteModel, id: string): Part[] | undefined {
  if (!reorganisationIndex(model).createdBy.has(id) || membershipsOf(model, id).length > 0) return undefined;
  return fill('reorganisation.regionNote', { name: nameOf(model, id) });
}
