/**
 * How the site writes where a statement stands in its source ("§ 4.3", "Inleiding", "p. 15"),
 * and how a stored quotation splits into paragraphs. Used by every quotation and source line.
 */
import { t } from '../i18n/index.ts';

/** A page attribute written in MDX ("15") as a number; undefined when absent. */
export function pageNumber(page: string | number | undefined): number | undefined {
  if (page === undefined || page === '') return undefined;
  const n = Number(page);
  if (!Number.isInteger(n) || n < 1) throw new Error(`page="${page}" is geen paginanummer; schrijf een geheel getal, bijv. page="12"`);
  return n;
}

/**
 * "§ 4.3" for a numbered section, the name itself for a named one ("Inleiding", "bijlage 3"),
 * and "p. 15" for a page: the parts shown after "Citaat uit de bron".
 */
export function provenanceParts(where: { section?: string | undefined; page?: string | number | undefined }): string[] {
  const parts: string[] = [];
  const section = where.section?.trim();
  if (section) parts.push(/^\d/.test(section) ? t('provenance.sectionNumber', { section }) : section);
  const page = pageNumber(where.page);
  if (page !== undefined) parts.push(t('provenance.page', { page }));
  return parts;
}

/** Paragraphs of a quotation: the YAML separates them with a blank line. */
export const paragraphs = (text: string): string[] => text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
