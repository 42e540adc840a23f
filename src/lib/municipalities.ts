/** Municipality lists: the A-Z index and neighbours within a region. */
import type { Municipality } from '../../schemas/municipality.ts';
import { byName, membershipsOf, type SiteModel } from './model.ts';
import { stripAccents } from '../../schemas/slug.ts';
import { groupKey, groupSegment, LIST_LIMITS, needsSplit, paginate, type ListPage } from './paginate.ts';
import { oncePer } from './memo.ts';
import { paths } from './url.ts';

/** First letter for the A-Z index, ignoring a leading article ("'s-Hertogenbosch" under H). */
export function indexLetter(name: string): string {
  const stripped = name.replace(/^(?:'s-|'t\s|de\s|het\s)/i, '');
  return stripAccents(stripped).charAt(0).toUpperCase();
}

export function byLetter(municipalities: Municipality[]): { letter: string; municipalities: Municipality[] }[] {
  const groups = new Map<string, Municipality[]>();
  for (const m of [...municipalities].sort(byName)) {
    const letter = indexLetter(m.name);
    const group = groups.get(letter);
    if (group) group.push(m);
    else groups.set(letter, [m]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b, 'nl')).map(([letter, municipalities]) => ({ letter, municipalities }));
}

export interface LetterPages {
  letter: string;
  /** `a`: the route parameter of the letter's pages. */
  key: string;
  /** Path of the letter's first page, e.g. `/gemeente/letter_a/`. */
  path: string;
  count: number;
  pages: ListPage<Municipality>[];
}

/**
 * /gemeente/ in parts (issue 13): while all municipalities fit in one page (`split` false) the
 * A-Z list stays one page; above the limit /gemeente/ lists the letters and each letter gets its
 * own page(s). Built once per model.
 */
export const municipalityIndex = oncePer((model: SiteModel): { split: boolean; letters: LetterPages[] } => {
  const split = needsSplit(model.municipalities.length, LIST_LIMITS.municipalities);
  const letters = byLetter(model.municipalities).map(({ letter, municipalities }) => {
    const path = `${paths.municipalities()}${groupSegment('letter', letter)}/`;
    return { letter, key: groupKey(letter), path, count: municipalities.length, pages: split ? paginate(municipalities, LIST_LIMITS.municipalities, path) : [] };
  });
  return { split, letters };
});

/** Other municipalities in the same region according to the same source, per membership. */
export function neighbours(model: SiteModel, municipalityId: string) {
  const members = sourceMembers(model);
  return membershipsOf(model, municipalityId).map((membership) => ({
    ...membership,
    others: (members.get(membership.region.id)?.get(membership.source?.id) ?? []).filter((m) => m.id !== municipalityId),
  }));
}

/** Per region and source: the municipalities the source names as members, sorted by name; built once per model. */
const sourceMembers = oncePer((model: SiteModel): Map<string, Map<string | undefined, Municipality[]>> => {
  const index = new Map<string, Map<string | undefined, Municipality[]>>();
  for (const region of model.regions) {
    const bySource = new Map<string | undefined, Municipality[]>();
    for (const member of region.members) {
      const list = bySource.get(member.source) ?? [];
      list.push(model.municipalityById.get(member.municipality)!);
      bySource.set(member.source, list);
    }
    for (const list of bySource.values()) list.sort(byName);
    index.set(region.id, bySource);
  }
  return index;
});

/** Municipalities that record (`merged_into`) that they merged into a municipality, by its id; built once per model. */
const mergedIntoIndex = oncePer((model: SiteModel): Map<string, Municipality[]> => {
  const index = new Map<string, Municipality[]>();
  for (const m of model.municipalities) {
    if (!m.merged_into) continue;
    const list = index.get(m.merged_into.municipality);
    if (list) list.push(m);
    else index.set(m.merged_into.municipality, [m]);
  }
  return index;
});

export function mergedFrom(model: SiteModel, municipalityId: string): Municipality[] {
  return mergedIntoIndex(model).get(municipalityId) ?? [];
}
