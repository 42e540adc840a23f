/**
 * A source document: `content/documenten/<slug>/document.yaml`; its narrative, organised by
 * the document's own chapters, is `content/documenten/<slug>/tekst.mdx`, and its structured
 * parts (`visie.yaml`, `plan.yaml`, `agenda*.yaml`, see `plans.ts`) sit in the same folder.
 * Statements elsewhere point to a document by its slug.
 *
 * Dates: never invent one. A date is filled in only when the document prints it; otherwise
 * `date: ongedateerd`, with `date_note` saying what the text does tell about when it was
 * written, and `estimated_years` for the years that follow from that (for sorting on a time line).
 */
import { z } from 'zod';
import { isoDate, slug, text, year } from './common.ts';

/**
 * Kinds of document. The Dutch label of each kind is `document.kind.<kind>` in `src/i18n/nl.json`.
 * - `regioprofiel`: the 2013 questionnaire per region;
 * - `regiovisie`: a region's vision on youth care;
 * - `transformatieplan`: a region's plan for the national transformation fund;
 * - `bovenregionaal-plan`: a plan of several regions together;
 * - `plan-van-aanpak`: how a plan is going to be made (ambition, scope, planning);
 * - `uitvoeringsagenda`: an implementation agenda on its own;
 * - `voortgangsbericht`: an update on developments (e.g. an annex to a council letter).
 */
export const DOCUMENT_KINDS = [
  'regioprofiel',
  'regiovisie',
  'transformatieplan',
  'bovenregionaal-plan',
  'plan-van-aanpak',
  'uitvoeringsagenda',
  'voortgangsbericht',
] as const;

/** A span of years: `{ from: 2018, to: 2020 }`; `to` left out for a single year. */
export const yearSpan = z
  .strictObject({ from: year, to: year.optional() })
  .refine((span) => span.to === undefined || span.to >= span.from, {
    error: '"to" mag niet vóór "from" liggen',
    path: ['to'],
  });

export const document = z
  .strictObject({
    /**
     * Title as printed on the document. If the text version has no title (the cover is
     * missing), the project composes one from the document's own words and says so in `title_note`.
     */
    title: text,
    /** Set only when `title` is not printed as such: where the title comes from. */
    title_note: text.optional(),
    /**
     * A short title in the project's words for the browser tab, lists and links, when `title` is
     * long: at most 44 characters, so "<short title> | Regiodossiers jeugdhulp" stays within 70.
     */
    short_title: text
      .pipe(z.string().max(44, { error: 'hoogstens 44 tekens, zodat de paginatitel met de naam van de site binnen 70 tekens blijft' }))
      .optional(),
    /** Kind of document (see the list above). */
    kind: z.enum(DOCUMENT_KINDS),
    /** Who issued it, in words, e.g. "Zuid-Kennemerland en IJmond (7 gemeenten)". */
    issuer: text,
    /**
     * Ids of the regions that issued or answered it (`content/regio/<slug>/`). A document of
     * two regions is stored once and lists both. For the 2013 profiles: none here, each region's
     * `profiel-2013.yaml` points to the document instead.
     */
    regions: z.array(slug).default([]),
    /** Id of the supra-regional collaboration (`content/samenwerkingen/<slug>.yaml`) it belongs to, if any. */
    collaboration: slug.optional(),
    /** Period the document covers, as printed (e.g. 2018-2020); leave out if it names none. */
    period: yearSpan.optional(),
    /** How the period is known, where it is not printed as the document's period (e.g. derived from its planning). */
    period_note: text.optional(),
    /**
     * Date of the document as printed (`JJJJ-MM-DD`), or `ongedateerd` when it prints none.
     * Never invent one: if only a period or a year is known, say so in `date_note`.
     */
    date: z.union([isoDate, z.literal('ongedateerd')]),
    /** How the date is known, or (required when `ongedateerd`) what the text says about when it was written. */
    date_note: text.optional(),
    /**
     * Only for `date: ongedateerd`: the year(s) in which the document must have been written,
     * as follows from the dates in its text (explained in `date_note`). Used to place the
     * document on a time line; it is an estimate, never shown as the document's date.
     */
    estimated_years: yearSpan.optional(),
    /** Number of pages of the document, where known; page numbers elsewhere must fall within it. */
    page_count: z.int().min(1).max(2000).optional(),
    /** File name of the plain-text extract in `bronnen/` (which must hold it; see bronnen/README.md). */
    source_file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, {
      error: 'moet de bestandsnaam van een tekstversie zijn, bijv. 001_0c4fcb230fbc3b29.txt',
    }),
    /** A short description written by the project (shown as a summary, not a quotation). */
    summary: text,
  })
  .superRefine((d, ctx) => {
    if (d.date === 'ongedateerd' && !d.date_note) {
      ctx.addIssue({
        code: 'custom',
        path: ['date_note'],
        message: 'een ongedateerd document heeft een "date_note": wat zegt de tekst over wanneer het geschreven is?',
      });
    }
    if (d.estimated_years && d.date !== 'ongedateerd') {
      ctx.addIssue({
        code: 'custom',
        path: ['estimated_years'],
        message: '"estimated_years" is alleen voor een ongedateerd document; dit document heeft een datum',
      });
    }
  });
export type SourceDocument = z.output<typeof document>;
