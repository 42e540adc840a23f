/**
 * The site's data model: plain, validated content turned into lookups that pages need.
 * Pure (no astro:* imports), so tests can build it from fixtures; `src/data/site.ts`
 * fills it from Astro's collections.
 */
import type { ActionLine, Province, Question2013, Task } from '../../schemas/lookups.ts';
import type { Municipality } from '../../schemas/municipality.ts';
import type { Profile2013 } from '../../schemas/profile-2013.ts';
import type { Region } from '../../schemas/region.ts';
import type { SourceDocument } from '../../schemas/document.ts';
import type { Tile } from '../../schemas/tile-map.ts';
import type { Reorganisation } from '../../schemas/reorganisation.ts';

export type WithId<T> = T & { id: string };

export interface RawContent {
  tasks: Task[];
  actionLines: ActionLine[];
  provinces: Province[];
  questions: Question2013[];
  municipalities: Municipality[];
  regions: WithId<Region>[];
  profiles: WithId<Profile2013>[];
  documents: WithId<SourceDocument>[];
  tiles: Tile[];
  /** Municipal reorganisations since 2013 (`content/herindelingen.yaml`). */
  reorganisations?: Reorganisation[];
}

export interface RegionNode extends WithId<Region> {
  /** Ids of subregions, sorted by name. */
  subregions: string[];
}

export interface MembershipView {
  region: RegionNode;
  source: WithId<SourceDocument> | undefined;
  year: number;
}

export interface SiteModel extends Omit<RawContent, 'regions'> {
  /** All regions and subregions, sorted by name. */
  regions: RegionNode[];
  regionById: Map<string, RegionNode>;
  municipalityById: Map<string, Municipality>;
  provinceById: Map<string, Province>;
  taskById: Map<string, Task>;
  profileById: Map<string, WithId<Profile2013>>;
  documentById: Map<string, WithId<SourceDocument>>;
  questionById: Map<string, Question2013>;
  /** Reorganisations since 2013, oldest first. */
  reorganisations: Reorganisation[];
  /** Every membership of a municipality (region, source, year), oldest first; built once. */
  membershipsByMunicipality: Map<string, MembershipView[]>;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
export const byName = <T extends { name: string }>(a: T, b: T) => collator.compare(a.name, b.name);

export function buildModel(raw: RawContent): SiteModel {
  const regions = raw.regions.map((region) => ({ ...region, subregions: [] as string[] })).sort(byName);
  const regionById = new Map(regions.map((region) => [region.id, region]));
  for (const region of regions) if (region.parent) regionById.get(region.parent)?.subregions.push(region.id);
  // Municipalities created after 2013 are defined by their reorganisation; they join the list.
  const reorganisations = [...(raw.reorganisations ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  const municipalities: Municipality[] = [...raw.municipalities, ...reorganisations.flatMap((r) => r.new_municipalities)];
  const documentById = new Map(raw.documents.map((document) => [document.id, document]));
  const membershipsByMunicipality = new Map<string, MembershipView[]>();
  for (const region of regions) {
    for (const member of region.members) {
      const list = membershipsByMunicipality.get(member.municipality) ?? [];
      list.push({ region, source: documentById.get(member.source), year: member.year });
      membershipsByMunicipality.set(member.municipality, list);
    }
  }
  for (const list of membershipsByMunicipality.values()) list.sort((a, b) => a.year - b.year || byName(a.region, b.region));
  return {
    ...raw,
    // Astro returns entries by id; the questionnaire's order is what readers expect.
    tasks: [...raw.tasks].sort((a, b) => a.number - b.number),
    actionLines: [...raw.actionLines].sort((a, b) => a.number - b.number),
    regions,
    municipalities: [...municipalities].sort(byName),
    regionById,
    municipalityById: new Map(municipalities.map((m) => [m.id, m])),
    provinceById: new Map(raw.provinces.map((p) => [p.id, p])),
    taskById: new Map(raw.tasks.map((task) => [task.id, task])),
    profileById: new Map(raw.profiles.map((profile) => [profile.id, profile])),
    documentById,
    questionById: new Map(raw.questions.map((question) => [question.id, question])),
    reorganisations,
    membershipsByMunicipality,
  };
}

/** Municipalities of a region: its own members, or those of its subregions. */
export function municipalitiesOf(model: SiteModel, regionId: string): Municipality[] {
  const region = model.regionById.get(regionId);
  if (!region) return [];
  const ids = new Set([region, ...region.subregions.map((id) => model.regionById.get(id)!)].flatMap((r) => r.members.map((m) => m.municipality)));
  return [...ids].map((id) => model.municipalityById.get(id)!).sort(byName);
}

/** The regions a municipality belongs to, per source, oldest source first. */
export function membershipsOf(model: SiteModel, municipalityId: string): MembershipView[] {
  return model.membershipsByMunicipality.get(municipalityId) ?? [];
}

/** Top-level regions grouped by province (a region crossing a border appears under each). */
export function regionsByProvince(model: SiteModel): { province: Province; regions: RegionNode[] }[] {
  return model.provinces
    .map((province) => ({
      province,
      regions: model.regions.filter((region) => region.kind === 'regio' && region.provinces.includes(province.id)),
    }))
    .filter((group) => group.regions.length > 0);
}
