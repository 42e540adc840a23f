/**
 * Building blocks shared by all content schemas.
 *
 * Schemas here are plain zod: the validator (`schemas/validator/`) checks every content file
 * with them, and `src/content.config.ts` takes their types for Astro's collections.
 * References to other entries are string ids; the validator checks that they exist.
 */
import { z } from 'zod';

/** A stable URL slug: lower case letters, digits and single hyphens, e.g. `bergen-nh`. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'moet een slug zijn: kleine letters, cijfers en enkele koppeltekens (bijv. "bergen-nh")',
  });

/** Whether `value` (`JJJJ-MM-DD`) is a day that exists: no 30 February, no month 13. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar date as `JJJJ-MM-DD`, quoted or not: the validator's YAML parser keeps it as text,
 * so there is one date type everywhere. Only real days pass (`2013-02-30` does not).
 */
export const isoDate = z
  .string({ error: 'moet een datum zijn als JJJJ-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'moet een datum zijn als JJJJ-MM-DD' })
  .refine(isCalendarDate, { error: (issue) => `${JSON.stringify(issue.input)} is geen bestaande datum` });

/** A calendar year such as 2013. */
export const year = z.int().min(1990).max(2100);

/** Page number in the source document (as printed in the page footer where it has one). */
export const page = z.int().min(1).max(2000);

/** Non-empty text; surrounding white space is not allowed to hide an empty value. */
export const text = z
  .string()
  .trim()
  .min(1, { error: 'mag niet leeg zijn' })
  // An unquoted date in a list of names is a slip (YAML 1.1 readers even turn it into a date).
  .refine((value) => !/^\d{4}-\d{2}-\d{2}$/.test(value), {
    error: (issue) => `${JSON.stringify(issue.input)} is een datum, maar hier hoort tekst (een naam of zin); staat de datum in het verkeerde veld?`,
  });

/**
 * A literal quotation from a source document, with where it stands.
 * `text` keeps the source's words (line breaks of the PDF extract removed).
 */
export const quotation = z.strictObject({
  /** The source's own words. */
  text,
  /** Page of the source document where the quotation starts. */
  page: page.optional(),
  /** Section or paragraph of the source, where it has numbered sections (e.g. "4.2"). */
  section: z.string().optional(),
});
export type Quotation = z.output<typeof quotation>;

/**
 * Where a statement comes from: a source document (id in `content/documenten/`), and
 * optionally its page or section.
 */
export const sourceRef = z.strictObject({
  /** Id of the source document, e.g. `regioprofielen-2013`. */
  document: slug,
  page: page.optional(),
  section: z.string().optional(),
});
export type SourceRef = z.output<typeof sourceRef>;
