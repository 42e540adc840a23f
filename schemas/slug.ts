/** Slugs and accent-insensitive comparison, shared by the site, the importer and search. */

/** Remove accents for slugs and comparisons: "Súdwest-Fryslân" -> "Sudwest-Fryslan". */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** A URL slug: lower case, accents removed, anything else becomes a single hyphen. */
export function slugify(text: string): string {
  return stripAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
