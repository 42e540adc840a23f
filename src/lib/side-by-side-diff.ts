/**
 * The side-by-side records' shape and the difference check, without i18n, so the browser
 * script of /vergelijk/regios/ can import it (the records themselves are built in `side-by-side.ts`).
 */

export interface SideCell {
  /** What the cell says. */
  text: string;
  /** Extra line in smaller type (e.g. the source's own words). */
  note?: string;
  /** Value compared across columns to highlight differences. */
  compare: string;
  /** Optional style class suffix (level style or governance answer). */
  style?: string;
  /** Optional short code shown before the text (level letters). */
  code?: string;
}

export interface SideRegion {
  id: string;
  name: string;
  href: string;
  /** Row id -> cell. Row ids: `kind`, `provinces`, `members`, `memberList`, `documents`, `task:<id>`, `gov:<id>`. */
  cells: Record<string, SideCell>;
}

/** Row ids whose cells differ among the chosen regions (a missing cell counts as a value). */
export function differingRows(regions: readonly SideRegion[], rowIds: readonly string[]): Set<string> {
  return new Set(rowIds.filter((row) => new Set(regions.map((region) => region.cells[row]?.compare ?? '')).size > 1));
}
