/** Municipality lists: the A-Z index and neighbours within a region. */
import type { Municipality } from '../../schemas/municipality.ts';
import { byName, membershipsOf, type SiteModel } from './model.ts';
import { stripAccents } from '../../schemas/slug.ts';
import { groupKey, groupSegment, LIST_LIMITS, needsSplit, paginate, type ListPage } from './paginate.ts';
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
export function municipalityIndex(model: SiteModel): { split: boolean; letters: LetterPages[] } {
  let index = letterIndex.get(model);
  if (!index) {
    const split = needsSplit(model.municipalities.length, LIST_LIMITS.municipalities);
    const letters = byLetter(model.municipalities).map(({ letter, municipalities }) => {
      const path = `${paths.municipalities()}${groupSegment('letter', letter)}/`;
      return { letter, key: groupKey(letter), path, count: municipalities.length, pages: split ? paginate(municipalities, LIST_LIMITS.municipalities, path) : [] };
    });
    index = { split, letters };
    letterIndex.set(model, index);
  }
  return index;
}
const letterIndex = new WeakMap<SiteModel, { split: boolean; letters: LetterPages[] }>();

/** Other municipalities in the same region according to the same source, per membership. */
export function neighbours(model: SiteModel, municipalityId: string) {
  const members = sourceMembers(model);
  return membershipsOf(model, municipalityId).map((membership) => ({
    ...membership,
    others: (members.get(membership.region.id)?.get(membership.source?.id) ?? []).filter((m) => m.id !== municipalityId),
  }));
}

/** Per region and source: the municipalities the source names as members, sorted by name; built once per model. */
function sourceMembers(model: SiteModel): Map<string, Map<string | undefined, Municipality[]>> {
  let index = sourceMembersIndex.get(model);
  if (!index) {
    index = new Map();
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
    sourceMembersIndex.set(model, index);
  }
  return index;
}
const sourceMembersIndex = new WeakMap<SiteModel, Map<string, Map<string | undefined, Municipality[]>>>();

/** Municipalities that record (`merged_into`) that they merged into a municipality, by its id; built once per model. */
const mergedIntoIndex = new WeakMap<SiteModel, Map<string, Municipality[]>>();

export function mergedFrom(model: SiteModel, municipalityId: string): Municipality[] {
  let index = mergedIntoIndex.get(model);
  if (!index) {
    index = new Map();
    for (const m of model.municipalities) {
      if (!m.merged_into) continue;
      const list = index.get(m.merged_into.municipality);
      if (list) list.push(m);
      else index.set(m.merged_into.municipality, [m]);
    }
    mergedIntoIndex.set(model, index);
  }
  return index.get(municipalityId) ?? [];
}
