/**
 * Lookup tables: data that other files refer to by id instead of repeating the words.
 * Each lives in one YAML file under `content/` as a list of entries with an `id`.
 */
import { z } from 'zod';
import { slug, text } from './common.ts';

/** One of the 11 youth-care tasks of the 2013 regional profiles (`content/taken.yaml`). */
export const task = z.strictObject({
  id: slug,
  /** Row number in the questionnaire's task table (1-11): the order in which tasks are shown. */
  number: z.int().min(1).max(11),
  /** Name as a reader sees it, e.g. "Pleegzorg". */
  name: text,
  /** Exactly as the row label reads in the 2013 questionnaire. */
  source_label: text,
  /** Short plain-language explanation, written by the project (a summary, not a quotation). */
  description: text,
});
export type Task = z.output<typeof task>;

/** One of the 6 national action lines of the programme "Zorg voor de Jeugd" (`content/actielijnen.yaml`). */
export const actionLine = z.strictObject({
  id: slug,
  /** Number 1-6 as used in the sources. */
  number: z.int().min(1).max(6),
  name: text,
  description: text,
});
export type ActionLine = z.output<typeof actionLine>;

/** One of the 12 provinces (`content/provincies.yaml`). */
export const province = z.strictObject({
  id: slug,
  name: text,
  /** CBS code, e.g. `PV27` for Noord-Holland. */
  code: z.string().regex(/^PV\d{2}$/, { error: 'moet een CBS-provinciecode zijn, bijv. PV27' }),
});
export type Province = z.output<typeof province>;

/**
 * A question of the 2013 questionnaire (`content/vragen-2013.yaml`), so the question text is
 * stored once and every answer refers to it by id (e.g. `inhoud-2`, `bestuur-1a`).
 */
export const question2013 = z.strictObject({
  id: z.string().regex(/^(inhoud|bestuur)-[0-9][a-d]?$/, {
    error: 'moet de vorm inhoud-N of bestuur-N(a-d) hebben',
  }),
  /** Part of the questionnaire: "inhoud" (part 1) or "bestuur" (part 2, governance). */
  part: z.enum(['inhoud', 'bestuur']),
  /** Number as printed, e.g. "2" or "1a". */
  number: z.string(),
  /** Short label for tables and headings. */
  label: text,
  /** The question as printed in the questionnaire. */
  text,
});
export type Question2013 = z.output<typeof question2013>;
