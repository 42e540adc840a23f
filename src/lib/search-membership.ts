/**
 * Which region a municipality belongs to according to the most recent source in the dossiers.
 * Search needs it for its suggestions and results. The reader-first work (issue 9) writes the
 * same logic for the municipality page; when that lands, search should use that one.
 */
import { membershipsOf, type MembershipView, type SiteModel } from './model.ts';

/** The memberships of the latest year any source gives for the municipality (usually one). */
export function latestMemberships(model: SiteModel, municipalityId: string): MembershipView[] {
  const all = membershipsOf(model, municipalityId);
  const latest = Math.max(...all.map((m) => m.year));
  return all.filter((m) => m.year === latest);
}
