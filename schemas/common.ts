/**
 * Building blocks shared by all content schemas.
 *
 * Schemas here are plain zod: they are imported by `src/content.config.ts` (Astro) and by
 * the Node scripts in `scripts/` without a build step. References to other entries are
 * string ids; `scripts/lib/validate.ts` checks that they exist.
 */
import { z } from 'zod';

/** A stable URL slug: lower case letters, digits and single hyphens, e.g. `bergen-nh`. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'moet een slug zijn: kleine letters, cijfers en enkele koppeltekens (bijv. "bergen-nh")',
  });

/**
 * A calendar date as `YYYY-MM-DD`.
 * Astro's YAML parser turns an unquoted date into a Date object, our validator's parser
 * keeps it a string: both are accepted and normalised to the string form.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'moet een datum zijn als JJJJ-MM-DD' }),
);

/** A calendar year such as 2013. */
export const year = z.int().min(1990).max(2100);

/** Page number in the source document (as printed in the page footer where it has one). */
export const page = z.int().min(1);

/** Non-empty text; surrounding white space is not allowed to hide an empty value. */
export const text = z.string().trim().min(1, { error: 'mag niet leeg zijn' });

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
