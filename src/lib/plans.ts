/**
 * Visions, plans, agendas and collaborations (the documents after 2013) connected to the site
 * model: which parts belong to a document, which documents, parts and collaborations belong to
 * a region, the time line of a region's sources, and the agenda items per national action line.
 * Pure (no astro:* imports): `src/data/site.ts` (`loadPlans`) fills it from Astro's collections,
 * tests build it from the validator's store with `plansFromStore`.
 */
import type { ActionLine } from '../../schemas/lookups.ts';
import type { SourceDocument } from '../../schemas/document.ts';
import type { Agenda, AgendaItem, Budget, Collaboration, Plan, SCALE_LEVELS, Vision } from '../../schemas/plans.ts';
import type { Store } from '../../schemas/validator/validate.ts';
import type { CollectionName } from '../../schemas/collections.ts';
import { agendaItemAnchor } from '../components/mdx/lookup.ts';
import { t } from '../i18n/index.ts';
import { byName, type RegionNode, type SiteModel, type WithId } from './model.ts';
import { modelFromStore } from './model-from-store.ts';
import { oncePer } from './memo.ts';
import { paths } from './url.ts';

type Doc = WithId<SourceDocument>;

/** The structured parts as stored: a vision and a plan have the id of their document, an agenda `<document>/agenda-<name>`. */
export interface PlanParts {
  visions: WithId<Vision>[];
  plans: WithId<Plan>[];
  agendas: WithId<Agenda>[];
  collaborations: WithId<Collaboration>[];
}

export interface PlansModel extends PlanParts {
  site: SiteModel;
  visionById: Map<string, WithId<Vision>>;
  planById: Map<string, WithId<Plan>>;
  agendaById: Map<string, WithId<Agenda>>;
  collaborationById: Map<string, WithId<Collaboration>>;
  actionLineById: Map<string, ActionLine>;
}

export function buildPlans(site: SiteModel, parts: PlanParts): PlansModel {
  const collaborations = [...parts.collaborations].sort(byName);
  return {
    ...parts,
    collaborations,
    site,
    visionById: new Map(parts.visions.map((vision) => [vision.id, vision])),
    planById: new Map(parts.plans.map((plan) => [plan.id, plan])),
    agendaById: new Map(parts.agendas.map((agenda) => [agenda.id, agenda])),
    collaborationById: new Map(collaborations.map((collaboration) => [collaboration.id, collaboration])),
    actionLineById: new Map(site.actionLines.map((line) => [line.id, line])),
  };
}

/** The model from the validator's store (tests, scripts): the same data the site loads from its collections. */
export function plansFromStore(store: Store): PlansModel {
  const withId = (name: CollectionName) => [...store.get(name)!.values()].filter((entry) => !entry.invalid).map((entry) => ({ ...entry.data, id: entry.id }));
  return buildPlans(modelFromStore(store), {
    visions: withId('visies'),
    plans: withId('plannen'),
    agendas: withId('agendas'),
    collaborations: withId('samenwerkingen'),
  });
}

/* ------------------------------------------------------------------------------------------ */
/* Agendas and their items                                                                     */
/* ------------------------------------------------------------------------------------------ */

/** The document an agenda sits in: `transformatieplan-alkmaar-2018-2020/agenda-transformatieopgaven` -> `transformatieplan-alkmaar-2018-2020`. */
export const documentOfAgenda = (agendaId: string): string => agendaId.split('/')[0]!;

/** Site path of an agenda item: its anchor on the page of the agenda's document. */
export const agendaItemPath = (agendaId: string, itemId: string): string =>
  `${paths.document(documentOfAgenda(agendaId))}#${agendaItemAnchor(agendaId, itemId)}`;

/** Fragment id of an agenda's overview table on its document page: `overzicht-agenda-transformatieopgaven`. */
export const agendaOverviewAnchor = (agendaId: string): string => `overzicht-${agendaId.split('/').at(-1)}`;

/** Site path of an agenda's overview on its document page. */
export const agendaOverviewPath = (agendaId: string): string => `${paths.document(documentOfAgenda(agendaId))}#${agendaOverviewAnchor(agendaId)}`;

/** The action lines of an item, in the order of their national number. */
export function actionLinesOfItem(plans: PlansModel, item: AgendaItem): ActionLine[] {
  return item.action_lines
    .map((id) => plans.actionLineById.get(id))
    .filter((line): line is ActionLine => line !== undefined)
    .sort((a, b) => a.number - b.number);
}

/** Who an agenda belongs to: a region, a collaboration, or both (a region's translation of a collaboration's plan). */
export interface AgendaOwner {
  region: RegionNode | undefined;
  collaboration: WithId<Collaboration> | undefined;
}

export function ownerOfAgenda(plans: PlansModel, agenda: Agenda): AgendaOwner {
  return {
    region: agenda.region ? plans.site.regionById.get(agenda.region) : undefined,
    collaboration: agenda.collaboration ? plans.collaborationById.get(agenda.collaboration) : undefined,
  };
}

/**
 * Which items of an agenda the document's MDX text does not show itself (with `<Agenda id>` or
 * `<Opgave agenda id>`): the document page shows those in its structured parts, so every item
 * has exactly one anchor on the page.
 */
export function itemsNotInText(agenda: WithId<Agenda>, body: string | undefined): AgendaItem[] {
  if (!body) return agenda.items;
  const attributes = (tag: string) => Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
  const tags = (name: string) => [...body.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((m) => attributes(m[0]));
  if (tags('Agenda').some((a) => a.id === agenda.id)) return [];
  const shown = new Set(tags('Opgave').filter((a) => a.agenda === agenda.id).map((a) => a.id));
  return agenda.items.filter((item) => !shown.has(item.id));
}

/* ------------------------------------------------------------------------------------------ */
/* Documents                                                                                   */
/* ------------------------------------------------------------------------------------------ */

/** The year a document stands at on a time line: its date, else its estimated years, else its period. */
export function timelineYear(document: SourceDocument): number | undefined {
  if (document.date !== 'ongedateerd') return Number(document.date.slice(0, 4));
  return document.estimated_years?.from ?? document.period?.from;
}

/** Oldest first; a dated document before an undated one of the same year; then by title. */
export function compareDocuments(a: SourceDocument, b: SourceDocument): number {
  const ya = timelineYear(a) ?? Number.POSITIVE_INFINITY;
  const yb = timelineYear(b) ?? Number.POSITIVE_INFINITY;
  if (ya !== yb) return ya - yb;
  const da = a.date === 'ongedateerd' ? '9' : a.date;
  const db = b.date === 'ongedateerd' ? '9' : b.date;
  if (da !== db) return da < db ? -1 : 1;
  return a.title.localeCompare(b.title, 'nl');
}

/** How a document's time is shown: a printed date, or undated with estimated years (an estimate, never a date). */
export type DocumentWhen =
  | { kind: 'date'; date: string }
  | { kind: 'estimated'; from: number; to: number | undefined }
  | { kind: 'undated' };

export function documentWhen(document: SourceDocument): DocumentWhen {
  if (document.date !== 'ongedateerd') return { kind: 'date', date: document.date };
  if (document.estimated_years) return { kind: 'estimated', from: document.estimated_years.from, to: document.estimated_years.to };
  return { kind: 'undated' };
}

/** "2018", "2018–2020": a span of years as shown. */
export const yearSpanText = (span: { from: number; to?: number | undefined }): string =>
  span.to !== undefined && span.to !== span.from ? `${span.from}–${span.to}` : `${span.from}`;

/** The structured parts stored with a document, agendas in the order the text shows them (else by id). */
export interface DocumentParts {
  vision: WithId<Vision> | undefined;
  plan: WithId<Plan> | undefined;
  agendas: WithId<Agenda>[];
}

export function partsOfDocument(plans: PlansModel, documentId: string, body?: string): DocumentParts {
  const position = (agenda: WithId<Agenda>) => {
    const at = body?.indexOf(`"${agenda.id}"`) ?? -1;
    return at === -1 ? Number.POSITIVE_INFINITY : at;
  };
  return {
    vision: plans.visionById.get(documentId),
    plan: plans.planById.get(documentId),
    agendas: plans.agendas
      .filter((agenda) => documentOfAgenda(agenda.id) === documentId)
      .sort((a, b) => position(a) - position(b) || a.id.localeCompare(b.id)),
  };
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/**
 * The regions a document is about, in order: those it names itself, those its vision, plan and
 * agendas name, and for the 2013 profiles every region whose profile points to it.
 */
export function regionsOfDocument(plans: PlansModel, documentId: string): RegionNode[] {
  const { site } = plans;
  const document = site.documentById.get(documentId);
  if (!document) return [];
  const parts = partsOfDocument(plans, documentId);
  const ids = unique([
    ...document.regions,
    ...(parts.vision?.regions ?? []),
    ...(parts.plan?.region ? [parts.plan.region] : []),
    ...parts.agendas.flatMap((agenda) => (agenda.region ? [agenda.region] : [])),
  ]);
  const profiled = site.profiles.filter((profile) => profile.source === documentId).map((profile) => profile.id);
  const regions = ids.map((id) => site.regionById.get(id)).filter((region): region is RegionNode => region !== undefined);
  if (profiled.length === 0) return regions;
  return [...regions, ...site.regions.filter((region) => profiled.includes(region.id) && !ids.includes(region.id))];
}

/** The collaborations a document belongs to or is used by, each with its member regions. */
export function collaborationsOfDocument(plans: PlansModel, documentId: string): WithId<Collaboration>[] {
  const document = plans.site.documentById.get(documentId);
  const parts = partsOfDocument(plans, documentId);
  const ids = new Set([
    ...(document?.collaboration ? [document.collaboration] : []),
    ...(parts.plan?.collaboration ? [parts.plan.collaboration] : []),
    ...parts.agendas.flatMap((agenda) => (agenda.collaboration ? [agenda.collaboration] : [])),
  ]);
  return plans.collaborations.filter((c) => ids.has(c.id) || c.documents.includes(documentId));
}

/* ------------------------------------------------------------------------------------------ */
/* Collaborations                                                                              */
/* ------------------------------------------------------------------------------------------ */

export interface MemberView {
  member: Collaboration['members'][number];
  region: RegionNode;
}

export function membersOf(plans: PlansModel, collaboration: Collaboration): MemberView[] {
  return collaboration.members.map((member) => ({ member, region: plans.site.regionById.get(member.region)! }));
}

/** Members per core-team status (`ja`, `nee`, `onduidelijk`; `geen` when the source has no core team). */
export function coreTeamCounts(collaboration: Collaboration): Record<'ja' | 'nee' | 'onduidelijk' | 'geen', number> {
  const counts = { ja: 0, nee: 0, onduidelijk: 0, geen: 0 };
  for (const member of collaboration.members) counts[member.core_team ?? 'geen'] += 1;
  return counts;
}

/** The documents of a collaboration, oldest first. */
export function documentsOfCollaboration(plans: PlansModel, collaboration: Collaboration): Doc[] {
  return collaboration.documents.map((id) => plans.site.documentById.get(id)!).sort(compareDocuments);
}

/** The agendas of a collaboration in the order the collaboration lists them. */
export function agendasOfCollaboration(plans: PlansModel, collaboration: Collaboration): WithId<Agenda>[] {
  return collaboration.agendas.map((id) => plans.agendaById.get(id)!).filter(Boolean);
}

export function collaborationsOfRegion(plans: PlansModel, regionId: string): { collaboration: WithId<Collaboration>; member: Collaboration['members'][number] }[] {
  return regionIndex(plans).collaborations.get(regionId) ?? [];
}

/* ------------------------------------------------------------------------------------------ */
/* Regions                                                                                     */
/* ------------------------------------------------------------------------------------------ */

export interface TimelineEntry {
  document: Doc;
  /** Year on the time line (printed date, else estimate, else period); undefined when nothing is known. */
  year: number | undefined;
  /** Set when the document is the region's only through a collaboration it is a member of. */
  via: WithId<Collaboration> | undefined;
}

export interface RegionPlans {
  /** Visions the region takes part in, with the other regions that share each. */
  visions: { document: Doc; vision: WithId<Vision>; sharedWith: RegionNode[] }[];
  plans: { document: Doc; plan: WithId<Plan> }[];
  agendas: { document: Doc; agenda: WithId<Agenda> }[];
  collaborations: { collaboration: WithId<Collaboration>; member: Collaboration['members'][number] }[];
  /** Documents issued by or about the region that have no structured parts for it (e.g. an update). */
  otherDocuments: Doc[];
  /** The region's sources, oldest first: its 2013 profile, its own documents, its collaborations' documents. */
  timeline: TimelineEntry[];
  /** True when the region has no vision, plan, agenda or collaboration yet. */
  empty: boolean;
}

/** Visions, plans, agendas, collaborations and documents by region (and documents by collaboration), built once per plans model. */
interface RegionIndex {
  visions: Map<string, WithId<Vision>[]>;
  plans: Map<string, WithId<Plan>[]>;
  agendas: Map<string, WithId<Agenda>[]>;
  collaborations: Map<string, { collaboration: WithId<Collaboration>; member: Collaboration['members'][number] }[]>;
  documents: Map<string, Doc[]>;
  documentsOfCollaboration: Map<string, Doc[]>;
}

const regionIndex = oncePer((plans: PlansModel): RegionIndex => {
  const push = <T,>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const index: RegionIndex = { visions: new Map(), plans: new Map(), agendas: new Map(), collaborations: new Map(), documents: new Map(), documentsOfCollaboration: new Map() };
  for (const vision of plans.visions) for (const id of vision.regions) push(index.visions, id, vision);
  for (const plan of plans.plans) if (plan.region) push(index.plans, plan.region, plan);
  for (const agenda of plans.agendas) if (agenda.region) push(index.agendas, agenda.region, agenda);
  for (const collaboration of plans.collaborations) {
    const seen = new Set<string>();
    for (const member of collaboration.members) {
      if (seen.has(member.region)) continue;
      seen.add(member.region);
      push(index.collaborations, member.region, { collaboration, member });
    }
  }
  for (const document of plans.site.documents) {
    for (const id of document.regions) push(index.documents, id, document);
    if (document.collaboration) push(index.documentsOfCollaboration, document.collaboration, document);
  }
  return index;
});

export function plansOfRegion(plans: PlansModel, regionId: string): RegionPlans {
  const { site } = plans;
  const index = regionIndex(plans);
  const doc = (id: string) => site.documentById.get(id)!;
  const visions = (index.visions.get(regionId) ?? []).map((vision) => ({
      document: doc(vision.id),
      vision,
      sharedWith: vision.regions.filter((id) => id !== regionId).map((id) => site.regionById.get(id)).filter((region): region is RegionNode => region !== undefined),
    }));
  const regionPlans = (index.plans.get(regionId) ?? []).map((plan) => ({ document: doc(plan.id), plan }));
  const agendas = (index.agendas.get(regionId) ?? []).map((agenda) => ({ document: doc(documentOfAgenda(agenda.id)), agenda }));
  const collaborations = index.collaborations.get(regionId) ?? [];
  const withParts = new Set([...visions, ...regionPlans, ...agendas].map((part) => part.document.id));
  const own = unique([
    ...[...withParts].map(doc),
    ...(index.documents.get(regionId) ?? []),
  ]);
  const otherDocuments = own.filter((document) => !withParts.has(document.id)).sort(compareDocuments);

  const entries = new Map<string, TimelineEntry>();
  const profile = site.profileById.get(regionId);
  const add = (document: Doc | undefined, via?: WithId<Collaboration>) => {
    if (document && !entries.has(document.id)) entries.set(document.id, { document, year: timelineYear(document), via });
  };
  if (profile) add(site.documentById.get(profile.source));
  for (const document of own) add(document);
  for (const { collaboration } of collaborations) {
    for (const document of index.documentsOfCollaboration.get(collaboration.id) ?? []) add(document, collaboration);
  }
  const timeline = [...entries.values()].sort((a, b) => compareDocuments(a.document, b.document));

  return {
    visions: visions.sort((a, b) => compareDocuments(a.document, b.document)),
    plans: regionPlans.sort((a, b) => compareDocuments(a.document, b.document)),
    agendas: agendas.sort((a, b) => compareDocuments(a.document, b.document) || a.agenda.title.localeCompare(b.agenda.title, 'nl')),
    collaborations,
    otherDocuments,
    timeline,
    empty: visions.length === 0 && regionPlans.length === 0 && agendas.length === 0 && collaborations.length === 0,
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Action lines                                                                                */
/* ------------------------------------------------------------------------------------------ */

export interface ActionLineItem {
  item: AgendaItem;
  /** Site path of the item on its document page (with fragment). */
  path: string;
  /** The other action lines the item serves, in national order. */
  otherLines: ActionLine[];
}

export interface ActionLineGroup {
  agenda: WithId<Agenda>;
  document: Doc;
  owner: AgendaOwner;
  items: ActionLineItem[];
}

/** Every agenda item that serves an action line, grouped per agenda (agendas oldest document first). */
export function itemsOfActionLine(plans: PlansModel, actionLineId: string): ActionLineGroup[] {
  return plans.agendas
    .map((agenda) => ({
      agenda,
      document: plans.site.documentById.get(documentOfAgenda(agenda.id))!,
      owner: ownerOfAgenda(plans, agenda),
      items: agenda.items
        .filter((item) => item.action_lines.includes(actionLineId))
        .map((item) => ({
          item,
          path: agendaItemPath(agenda.id, item.id),
          otherLines: actionLinesOfItem(plans, item).filter((line) => line.id !== actionLineId),
        })),
    }))
    .filter((group) => group.items.length > 0)
    .sort((a, b) => compareDocuments(a.document, b.document) || a.agenda.id.localeCompare(b.agenda.id));
}

export interface ActionLineSummary {
  line: ActionLine;
  groups: ActionLineGroup[];
  /** Number of agenda items that serve the line. */
  itemCount: number;
  /** Number of agendas with at least one such item. */
  agendaCount: number;
  /** Regions whose agendas (own agendas only) serve the line. */
  regions: RegionNode[];
}

export function actionLineSummary(plans: PlansModel, actionLineId: string): ActionLineSummary {
  const line = plans.actionLineById.get(actionLineId);
  if (!line) throw new Error(`actielijn "${actionLineId}" bestaat niet`);
  const groups = itemsOfActionLine(plans, actionLineId);
  const regions = unique(groups.flatMap((group) => (group.owner.region ? [group.owner.region] : []))).sort(byName);
  return { line, groups, itemCount: groups.reduce((sum, group) => sum + group.items.length, 0), agendaCount: groups.length, regions };
}

/** All action lines in national order, each with its items and counts. */
export function actionLineOverview(plans: PlansModel): ActionLineSummary[] {
  return [...plans.site.actionLines].sort((a, b) => a.number - b.number).map((line) => actionLineSummary(plans, line.id));
}

/* ------------------------------------------------------------------------------------------ */
/* Presentation helpers                                                                        */
/* ------------------------------------------------------------------------------------------ */

/** A list whose items all carry a printed whole number is an ordered list with those numbers; otherwise a plain list. */
export function isNumberedList(items: readonly { number?: string | undefined }[]): boolean {
  return items.length > 0 && items.every((item) => item.number !== undefined && /^\d+$/.test(item.number));
}

/** Words for the scale levels of a vision ("bovenregionaal en landelijk"). */
export function scaleLevelText(levels: readonly (typeof SCALE_LEVELS)[number][]): string {
  const words = levels.map((level) => (level === 'landelijk' ? t('plans.scaleLevel.landelijk') : t(`level.${level}`)));
  return new Intl.ListFormat('nl', { type: 'conjunction' }).format(words);
}

/** The budget over all its years (not printed as such: computed by the editors). */
export const budgetTotal = (budget: Budget): number => budget.amount_per_year * budget.years;

export interface TocEntry {
  depth: number;
  slug: string;
  text: string;
  children: TocEntry[];
}

/**
 * A table of contents from the headings of a rendered text: chapters (`###`, depth 3) with their
 * sections (`####`, depth 4) nested; deeper headings are left out. Sections before the first
 * chapter stand at the top level.
 */
export function tableOfContents(headings: readonly { depth: number; slug: string; text: string }[], top = 3, deepest = 4): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth < top || heading.depth > deepest) continue;
    const entry = { depth: heading.depth, slug: heading.slug, text: heading.text, children: [] };
    const parent = toc.at(-1);
    if (heading.depth > top && parent && parent.depth < heading.depth) parent.children.push(entry);
    else toc.push(entry);
  }
  return toc;
}

/** Whether a document is the source of the 2013 profiles (its regions are those with a profile). */
export const isProfileSource = (plans: PlansModel, documentId: string): boolean =>
  plans.site.profiles.some((profile) => profile.source === documentId);
