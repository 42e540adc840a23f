/**
 * The 2013 profile of a region or subregion: `content/regio/<slug>/profiel-2013.yaml`.
 * Source: the "Regioprofielen" of June 2013 (document id `regioprofielen-2013`).
 *
 * Principle: keep the source's words next to the normalised value. Where the source is
 * ambiguous the normalised value is `onduidelijk`; nothing is guessed silently.
 */
import { z } from 'zod';
import { page, quotation, text } from './common.ts';

/** Levels at which a task is organised. */
export const LEVELS = ['lokaal', 'subregionaal', 'regionaal', 'bovenregionaal'] as const;
export const level = z.enum(LEVELS);
export type Level = z.output<typeof level>;

/** Status of the agreement on that level. */
export const STATUSES = ['nog-geen-opvatting', 'intentie', 'gedeelde-afspraak', 'onduidelijk'] as const;
export const status = z.enum(STATUSES);
export type Status = z.output<typeof status>;

/** Normalised answer to a yes/no governance question (1a-1d). */
export const GOVERNANCE_ANSWERS = ['ja', 'nee', 'deels', 'onduidelijk'] as const;
export const governanceAnswer = z.enum(GOVERNANCE_ANSWERS);
export type GovernanceAnswer = z.output<typeof governanceAnswer>;

/** One cell of the task table: how the region organises one task. */
export const taskCell = z.strictObject({
  /** The "Niveau" cell exactly as printed, e.g. "Bovenregionaal (uitvoering: regionaal)". */
  level_source: z.string(),
  /**
   * Normalised level(s): a list (mixed levels are several, e.g. `[bovenregionaal, regionaal]`),
   * or `onduidelijk` alone. A single value may be written without brackets.
   */
  level: z.preprocess(
    (value) => (typeof value === 'string' ? [value] : value),
    z
      .array(z.enum([...LEVELS, 'onduidelijk']))
      .min(1, { error: 'kies minstens één niveau, of onduidelijk' })
      .refine((levels) => !levels.includes('onduidelijk') || levels.length === 1, {
        error: '"onduidelijk" staat alleen, niet naast een niveau',
      })
      .refine((levels) => new Set(levels).size === levels.length, { error: 'een niveau staat dubbel' }),
  ),
  /** The "Status" cell exactly as printed, e.g. "Intentie" or "idem". */
  status_source: z.string(),
  /** Normalised status. */
  status,
  /**
   * Page of the task table in the source, where the extract lets us know it (the text
   * extract kept only some page footers); left out when unknown.
   */
  page: page.optional(),
  /** Editorial remark by the project (not a quotation), e.g. why a value is `onduidelijk`. */
  remark: text.optional(),
});
export type TaskCell = z.output<typeof taskCell>;

/** An answer to governance questions 1a-1d: normalised plus the source's words. */
export const governanceItem = quotation.extend({
  answer: governanceAnswer,
  /** Editorial remark by the project, e.g. why the answer is `deels` or `onduidelijk`. */
  remark: text.optional(),
});
export type GovernanceItem = z.output<typeof governanceItem>;

export const profile2013 = z.strictObject({
  /** Id of the source document. */
  source: z.literal('regioprofielen-2013'),
  /** Text that precedes the subregions' answers (West-Brabant only). */
  intro: quotation.optional(),
  /**
   * Part 1, question 1: the task table, keyed by task id (`content/taken.yaml`).
   * Every region without subregions has all 11 tasks.
   */
  tasks: z.record(z.string(), taskCell).optional(),
  /** The "Toelichting" under the task table. */
  tasks_explanation: quotation.optional(),
  /**
   * The answers, keyed by question id (`content/vragen-2013.yaml`). A question the region
   * did not answer is left out.
   */
  answers: z
    .strictObject({
      'inhoud-2': quotation.optional(),
      'inhoud-3': quotation.optional(),
      'inhoud-4': quotation.optional(),
      'inhoud-5': quotation.optional(),
      'bestuur-1': quotation.optional(),
      'bestuur-1a': governanceItem.optional(),
      'bestuur-1b': governanceItem.optional(),
      'bestuur-1c': governanceItem.optional(),
      'bestuur-1d': governanceItem.optional(),
      'bestuur-2': quotation.optional(),
      'bestuur-3': quotation.optional(),
    })
    .default({}),
});
export type Profile2013 = z.output<typeof profile2013>;
