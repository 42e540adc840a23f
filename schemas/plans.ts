/**
 * Structured parts of later documents: a regional vision (`visie.yaml`), an agenda of
 * transformation tasks (`agenda*.yaml`), both inside the document's folder
 * `content/documenten/<slug>/`, so the document they belong to follows from the folder.
 */
import { z } from 'zod';
import { page, quotation, slug, text } from './common.ts';

/** A key figure with its provenance. */
export const keyFigure = z.strictObject({
  label: text,
  /** The value as printed (kept as text: "ca. 1.200", "8%"). */
  value: text,
  /** Year or date the figure applies to, as printed. */
  as_of: z.string().optional(),
  page: page.optional(),
  section: z.string().optional(),
});

/** A principle, starting point or leading principle: a title and the source's wording. */
export const principle = z.strictObject({
  /** Number as printed, if numbered. */
  number: z.string().optional(),
  title: text,
  quote: quotation.optional(),
});

/** A regional vision (issued by one or more regions). */
export const vision = z.strictObject({
  /** Regions whose vision this is; the document is stored once and shared. */
  regions: z.array(slug).min(1),
  /** Municipalities named in the vision. */
  municipalities: z.array(slug).default([]),
  /** Scale levels at which youth care is organised, in the vision's words. */
  scale_levels: z.array(principle).default([]),
  principles: z.array(principle).default([]),
  /** Policy goals with their themes. */
  goals: z
    .array(
      z.strictObject({
        number: z.string(),
        title: text,
        themes: z.array(text).default([]),
        quote: quotation.optional(),
      }),
    )
    .default([]),
  governance: z.array(principle).default([]),
  steering_principles: z.array(principle).default([]),
  key_figures: z.array(keyFigure).default([]),
});
export type Vision = z.output<typeof vision>;

/** Whether a task is carried out together with other regions (as the source says). */
export const JOINT_WORK = ['ja', 'nee', 'deels', 'onduidelijk'] as const;

/** One item of an agenda (a transformation task, "opgave"). */
export const agendaItem = z.strictObject({
  /** Slug of the item, unique within the agenda, e.g. `client-in-positie`. */
  id: slug,
  /** Number as printed. */
  number: z.string().optional(),
  title: text,
  /** Ids of the national action lines (`content/actielijnen.yaml`) the item serves. */
  action_lines: z.array(slug).default([]),
  /** "Wat is er aan de hand?": the problem, in the source's words. */
  problem: quotation.optional(),
  /** Directions for solutions, in the source's words. */
  directions: z.array(text).default([]),
  /** "Voor wie?" */
  target_groups: z.array(text).default([]),
  /** "Met wie?" */
  partners: z.array(text).default([]),
  /** Done (partly) with other Noord-Holland regions, as the source marks it. */
  with_other_regions: z.enum(JOINT_WORK).optional(),
  /** Phase only where the source states one in text. */
  phase: text.optional(),
  page: page.optional(),
});
export type AgendaItem = z.output<typeof agendaItem>;

export const agenda = z.strictObject({
  /** Title of the agenda as printed (e.g. "Transformatieopgaven"). */
  title: text,
  /** Region whose agenda this is, or none for a supra-regional agenda. */
  region: slug.optional(),
  /** Collaboration whose agenda this is. */
  collaboration: slug.optional(),
  items: z.array(agendaItem).min(1),
});
export type Agenda = z.output<typeof agenda>;

/** A supra-regional collaboration: `content/samenwerkingen/<slug>.yaml`. */
export const collaboration = z.strictObject({
  name: text,
  aliases: z.array(text).default([]),
  summary: text,
  members: z
    .array(
      z.strictObject({
        region: slug,
        /** Role in the collaboration in words, e.g. "kernteam" or "ambtelijk aangesloten". */
        role: text,
        source: slug,
        page: page.optional(),
      }),
    )
    .min(1),
  /** Ids of the documents about the collaboration. */
  documents: z.array(slug).min(1),
  principles: z.array(principle).default([]),
  themes: z.array(principle).default([]),
});
export type Collaboration = z.output<typeof collaboration>;
