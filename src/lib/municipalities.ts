/** Municipality lists: the A-Z index and neighbours within a region. */
import type { Municipality } from '../../schemas/municipality.ts';
import { byName, membershipsOf, type SiteModel } from './model.ts';
import { stripAccents } from '../../schemas/slug.ts';

/** First letter for the A-Z index, ignoring a leading article ("'s-Hertogenbosch" under H). */
export function indexLetter(name: string): string {
  const stripped = name.replace(/^(?:'s-|'t\s|de\s|het\s)/i, '');
  return stripAccents(stripped).charAt(0).toUpperCase();
}

export function byLetter(municipalities: Municipality[]): { letter: string; municipalities: Municipality[] }[] {
  const groups = new Map<string, Municipality[]>();
  for (const m of [...municipalities].sort(byName)) {
    const letter = indexLetter(m.name);
    groups.set(letter, [...(groups.get(letter) ?? []), m]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b, 'nl')).map(([letter, municipalities]) => ({ letter, municipalities }));
}

/** Other municipalities in the same region according to the same source, per membership. */
export function neighbours(model: SiteModel, municipalityId: string) {
  return membershipsOf(model, municipalityId).map((membership) => ({
    ...membership,
    others: membership.region.members
      .filter((m) => m.source === membership.source?.id && m.municipality !== municipalityId)
      .map((m) => model.municipalityById.get(m.municipality)!)
      .sort(byName),
  }));
}
