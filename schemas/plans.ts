/**
 * Structured parts of the later documents (after 2013). Each sits in the folder of the document
 * it comes from, `content/documenten/<slug>/`, so its source document follows from the folder:
 *  - `visie.yaml`   a regional vision (`vision`);
 *  - `plan.yaml`    a plan: ambition, starting points, principles, criteria, budget, planning (`plan`);
 *  - `agenda*.yaml` an agenda of tasks or projects (`agenda`), e.g. `agenda.yaml`, `agenda-regionaal.yaml`.
 * A supra-regional collaboration is `content/samenwerkingen/<slug>.yaml` (`collaboration`); it
 * draws on several documents, so each of its parts names its source.
 *
 * Conventions for every field below:
 *  - "source's words": a quotation. Only the artefacts of the PDF extract are removed (line
 *    breaks, bullet characters, page headers); spelling, including the source's typing errors,
 *    stays as printed.
 *  - "project's words": written by the project (a label, a summary, a remark); shown as such.
 *  - `section`: the numbered paragraph or appendix of the source ("4.3", "bijlage 3").
 *    `page`: a page number, only where the text extract shows it.
 *  - References to other content are string ids; `schemas/validator/validate.ts` checks that they exist.
 */
import { z } from 'zod';
import { isoDate, page, quotation, slug, sourceRef, text, year } from './common.ts';
import { LEVELS } from './profile-2013.ts';

/** `section` and `page` of something in the document of this folder. */
const section = z.string().trim().min(1, { error: 'mag niet leeg zijn' });

/** Id of an agenda: `<document slug>/<file name without .yaml>`, e.g. `transformatieplan-alkmaar-2018-2020/agenda`. */
export const agendaId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/agenda(?:-[a-z0-9]+)*$/, {
  error: 'moet de id van een agenda zijn: <documentslug>/agenda of <documentslug>/agenda-<naam>',
});

/** A list of ids that must not name the same id twice (and has at least `min` entries). */
const uniqueList = <T extends z.ZodType<string>>(item: T, what: string, min = 0) =>
  z
    .array(item)
    .min(min)
    .refine((ids) => new Set(ids).size === ids.length, { error: `een ${what} staat dubbel in de lijst` });

/** Items with an `id` must have different ids. */
function uniqueIds<T extends { id: string }>(items: T[], ctx: z.core.$RefinementCtx, path: (string | number)[]) {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', path: [...path, index, 'id'], message: `dubbele id "${item.id}" (ook element [${seen.get(item.id)}])` });
    } else seen.set(item.id, index);
  });
}

/**
 * A principle, starting point, goal, theme or other short statement of a source.
 * `title` is the source's words; longer explanation goes in `quote`.
 */
export const principle = z.strictObject({
  /** Number as printed ("1", "4.2"), only if the source numbers it. */
  number: z.string().optional(),
  /** The source's words: the title, or the whole statement when it is short. */
  title: text,
  /** The same item in other words elsewhere in the source (e.g. as a section heading), source's words. */
  alt_title: text.optional(),
  /** Source's words explaining the item (a longer passage), with its own section/page. */
  quote: quotation.optional(),
  /** Section of the source where `title` stands. */
  section: section.optional(),
  /** Page where `title` stands, only where the extract shows it. */
  page: page.optional(),
  /** Remark by the project (not a quotation), e.g. about an ambiguity in the source. */
  remark: text.optional(),
});
export type Principle = z.output<typeof principle>;

/** A decision about a list or plan, e.g. "in april 2021 vastgesteld door alle colleges in Westfriesland". */
export const decision = z.strictObject({
  /** When, as printed ("april 2021"). */
  when: text,
  /** Who decided, as printed ("alle colleges in Westfriesland"). */
  by: text,
  /** The source's sentence. */
  quote: quotation,
  /** The document that says so. */
  source: sourceRef,
});

/**
 * A named list of principles or themes that belongs to a collaboration, with its source.
 * If the source states how many there are ("de 10 leidende principes"), `count_as_printed`
 * records it and the list must hold exactly that many items.
 */
export const principleSet = z
  .strictObject({
    /** Slug of the list, unique within the collaboration, e.g. `leidende-principes-een-thuis-voor-noordje`. */
    id: slug,
    /** Heading of the list (project's words unless the source prints one). */
    title: text,
    /** Name of the plan or network the list belongs to, as printed (e.g. "Een Thuis voor Noordje"). */
    of: text.optional(),
    /** Where the list is printed. */
    source: sourceRef,
    /** Source's words introducing the list. */
    intro: quotation.optional(),
    /** The number of items as the source states it, with where it says so. */
    count_as_printed: z
      .strictObject({
        count: z.int().min(1),
        /** The source's words stating the number. */
        quote: text,
        source: sourceRef,
      })
      .optional(),
    /** Decisions about the list (adoption by councils, etc.). */
    decisions: z.array(decision).default([]),
    items: z.array(principle).min(1),
    /** Remark by the project (not a quotation). */
    remark: text.optional(),
  })
  .superRefine((set, ctx) => {
    if (set.count_as_printed && set.count_as_printed.count !== set.items.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['items'],
        message: `de bron noemt ${set.count_as_printed.count} items, de lijst heeft er ${set.items.length}`,
      });
    }
  });
export type PrincipleSet = z.output<typeof principleSet>;

/** A key figure with its provenance. Its `id` lets the narrative show it with `<Kerncijfer>`. */
export const keyFigure = z.strictObject({
  /** Slug, unique within the file, e.g. `jeugdhulpgebruik-2020`. */
  id: slug,
  /** What the figure measures, in the project's words. */
  label: text,
  /** The value as printed (kept as text: "8,8 %", "bijna 16%", "€ 602.938"). */
  value: text,
  /** Year, period or date the figure applies to, as printed ("eerste helft 2020", "2018-2020"). */
  as_of: z.string().optional(),
  /** The source's sentence that gives the figure. */
  quote: text,
  section: section.optional(),
  page: page.optional(),
});
export type KeyFigure = z.output<typeof keyFigure>;

/** Scale levels of the vision: the four levels of the 2013 task table plus `landelijk`. */
export const SCALE_LEVELS = [...LEVELS, 'landelijk'] as const;

/** A box (kader) in the source: text set apart from the running text, e.g. an example. */
export const box = z.strictObject({
  /** Title as printed; if the box has none, a title in the project's words and a `remark` saying so. */
  title: text,
  /** Remark by the project, e.g. where the text version places the box. */
  remark: text.optional(),
});

/** One of the policy goals of a vision, with the themes (subheadings) under which it is worked out. */
export const goal = z.strictObject({
  /** Number as printed in the list of goals ("1"-"5"). */
  number: z.string(),
  /** The goal as worded in the list of goals, source's words. */
  title: text,
  /** The goal as worded in its own section heading, where that differs, source's words. */
  alt_title: text.optional(),
  /** Section that works the goal out, e.g. "4.3". */
  section,
  /** Themes: the subheadings of that section, as printed, in order. */
  themes: z.array(text).min(1),
  /** Boxes (kaders) printed in that section. */
  boxes: z.array(box).default([]),
});
export type Goal = z.output<typeof goal>;

/** A regional vision (`visie.yaml`), issued by one or more regions and stored once. */
export const vision = z
  .strictObject({
    /** Ids of the regions whose vision this is (`content/regio/<slug>/`). */
    regions: uniqueList(slug, 'regio', 1),
    /** The municipalities the vision names, each with its region and the name as printed. */
    municipalities: z
      .array(
        z.strictObject({
          /** Municipality id (`content/gemeenten.yaml`). */
          municipality: slug,
          /** Region id under which the vision lists it. */
          region: slug,
          /** The name as printed. */
          name_as_printed: text,
        }),
      )
      .default([]),
    /** Section where the municipalities are listed. */
    municipalities_section: section.optional(),
    /** The vision itself ("We willen dat kinderen ..."), source's words. */
    statement: quotation.optional(),
    /** Scale levels at which youth care is organised: source's words plus the normalised level(s). */
    scale_levels: z
      .array(
        principle.extend({
          /** Normalised level(s) the scale corresponds to. */
          levels: z.array(z.enum(SCALE_LEVELS)).min(1),
        }),
      )
      .default([]),
    /** Starting points / principles of the vision, in order. */
    principles: z.array(principle).default([]),
    /** Policy goals with their themes. */
    goals: z.array(goal).default([]),
    /** The basic functions of local teams (access), in order. */
    basic_functions: z.array(principle).default([]),
    /** What the regions do together with other regions (supra-regional), with a link to the collaboration where there is one. */
    supra_regional: z
      .array(
        principle.extend({
          /** Id of the collaboration (`content/samenwerkingen/<slug>.yaml`) the item is about, if any. */
          collaboration: slug.optional(),
        }),
      )
      .default([]),
    /** Governance agreements. */
    governance: z
      .strictObject({
        /** Source's words introducing the agreements. */
        intro: quotation.optional(),
        /** Things agreements are made about ("Er worden ... afspraken gemaakt over:"). */
        agreements: z.array(principle).default([]),
        /** Directional statements ("richtinggevende uitspraken") for working the governance out. */
        guiding_statements: z.array(principle).default([]),
        /** Options for a formal form of collaboration (e.g. the "Drie hoofdopties" of an appendix). */
        options: z.array(principle).default([]),
      })
      .optional(),
    /** The steering model and what the regions find important in it. */
    steering_model: z
      .strictObject({
        /** Name of the model as printed. */
        name: text,
        /** Source's words describing it. */
        quote: quotation,
        /** The "levers" (hefbomen), as printed. */
        levers: z.array(text).default([]),
        /** Points the regions find important ("Hierbij vinden we het belangrijk dat:"). */
        points: z.array(principle).default([]),
      })
      .optional(),
    /** Steering principles ("sturingsuitgangspunten") as listed in the vision. */
    steering_principles: z.array(principle).default([]),
    /** Their elaboration in an appendix, under the headings used there (they do not map one to one). */
    steering_principles_explained: z.array(principle).default([]),
    key_figures: z.array(keyFigure).default([]),
  })
  .superRefine((v, ctx) => uniqueIds(v.key_figures, ctx, ['key_figures']));
export type Vision = z.output<typeof vision>;

/** An assessment criterion and how the plan says it meets it. */
export const criterion = z.strictObject({
  /** `beoordelingscriterium` (condition to take part) or `toetsingscriterium` (test of the plan), as the source groups them. */
  kind: z.enum(['beoordelingscriterium', 'toetsingscriterium']),
  /** The criterion as printed. */
  criterion: text,
  /** The plan's answer, source's words. */
  answer: quotation,
});
export type Criterion = z.output<typeof criterion>;

/** A budget as printed: an amount per year over a number of years. */
export const budget = z
  .strictObject({
    /** The amount per year in whole euros (the printed "€ 602.938" is 602938). */
    amount_per_year: z.int().min(0),
    /** Number of years as printed ("over een periode van 3 jaar" is 3). */
    years: z.int().min(1),
    /** The years the money is for, where the source names them. */
    period: z.strictObject({ from: year, to: year }).optional(),
    /** The amount and period exactly as printed. */
    as_printed: text,
    /** The source's passage about the budget. */
    quote: quotation,
  })
  .superRefine((b, ctx) => {
    if (b.period && b.period.to - b.period.from + 1 !== b.years) {
      ctx.addIssue({
        code: 'custom',
        path: ['period'],
        message: `de periode ${b.period.from}-${b.period.to} is ${b.period.to - b.period.from + 1} jaar, maar "years" is ${b.years}`,
      });
    }
  });
export type Budget = z.output<typeof budget>;

/** Status of a milestone at the time the document was written. */
export const MILESTONE_STATUSES = ['geweest', 'gepland', 'uitgesteld'] as const;

/** A step in a plan's planning. */
export const milestone = z.strictObject({
  /** When, as printed ("10 december 2019", "eind 2020", "september en oktober"). */
  when: text,
  /** The date as `JJJJ-MM-DD`, only when day, month and year are all printed. */
  date: isoDate.optional(),
  /** What happens, in the project's words (short). */
  what: text,
  /** `geweest` (had happened), `gepland` (planned) or `uitgesteld` (postponed), as the document says at the time. */
  status: z.enum(MILESTONE_STATUSES),
  /** The source's words. */
  quote: quotation,
});
export type Milestone = z.output<typeof milestone>;

/** A plan (`plan.yaml`): the parts of a transformation plan or supra-regional plan that are not its agenda. */
export const plan = z
  .strictObject({
    /** Id of the region whose plan this is. */
    region: slug.optional(),
    /** Id of the collaboration whose plan this is. */
    collaboration: slug.optional(),
    /** Municipalities the plan names as its members, with the name as printed (e.g. "Bergen" is `bergen-nh`). */
    municipalities: z.array(z.strictObject({ municipality: slug, name_as_printed: text })).default([]),
    /** Section or page where the municipalities are named. */
    municipalities_quote: quotation.optional(),
    /** The ambition, source's words. */
    ambition: quotation.optional(),
    /** The target group, source's words. */
    target_group: quotation.optional(),
    /** What the plan wants to achieve ("We willen:"), in order. */
    aims: z.array(principle).default([]),
    /** Starting points ("Uitgangspunten"), in order. */
    starting_points: z.array(principle).default([]),
    /** Administrative principles (e.g. the "bestuurlijke piketpalen"), in order. */
    administrative_principles: z.array(principle).default([]),
    /** What the plan is meant to work out. */
    purpose: z.array(principle).default([]),
    /** What the plan is expressly not meant for. */
    not_for: z.array(principle).default([]),
    /** Conditions for funding a measure from the plan's budget. */
    funding_conditions: z.array(principle).default([]),
    /** Assessment criteria and the plan's answers. */
    criteria: z.array(criterion).default([]),
    budget: budget.optional(),
    /** Planning, in the order of the source. */
    milestones: z.array(milestone).default([]),
    key_figures: z.array(keyFigure).default([]),
  })
  .superRefine((p, ctx) => {
    if (!p.region && !p.collaboration) {
      ctx.addIssue({ code: 'custom', path: ['region'], message: 'een plan hoort bij een regio ("region") of een samenwerking ("collaboration")' });
    }
    uniqueIds(p.key_figures, ctx, ['key_figures']);
  });
export type Plan = z.output<typeof plan>;

/**
 * Whether a task is carried out together with other regions, as the source marks it:
 * - `ja` / `deels`: the source says so in words;
 * - `geheel-of-deels`: the source marks it with a sign whose legend means "(partly) together"
 *   (the Alkmaar table: `*` = "(deels) in samenwerking met andere Noord-Hollandse regio's");
 * - `nee`: not marked, in a table that marks joint tasks;
 * - `onduidelijk`: the source cannot be read either way.
 */
export const JOINT_WORK = ['ja', 'deels', 'geheel-of-deels', 'nee', 'onduidelijk'] as const;

/** Phases of the Alkmaar table legend ("planvormingsfase / nieuw / uitvoeringsfase"). */
export const PHASES = ['planvormingsfase', 'nieuw', 'uitvoeringsfase'] as const;

/** One item of an agenda: a transformation task ("opgave"), project or part. */
export const agendaItem = z
  .strictObject({
    /** Slug of the item, unique within the agenda, e.g. `client-in-positie`. */
    id: slug,
    /** Number as printed, only if printed. */
    number: z.string().optional(),
    /** Title: source's words (a table's first column), or a short title by the project (see `title_source`). */
    title: text,
    /** `bron`: the title is printed; `redactie`: the project shortened a long item to this title, the source's words are in `description`. */
    title_source: z.enum(['bron', 'redactie']).default('bron'),
    /** The item's full wording, source's words. */
    description: quotation.optional(),
    /** The action-line column exactly as printed, e.g. "1 en 2"; an empty string when the cell is empty. */
    action_lines_source: z.string().optional(),
    /** Ids of the national action lines (`content/actielijnen.yaml`) the item serves. */
    action_lines: uniqueList(slug, 'actielijn').default([]),
    /** "Wat is er aan de hand?": the problem, source's words (paragraphs separated by a blank line). */
    problem: quotation.optional(),
    /** "Oplossingsrichtingen": directions for solutions, source's words, one per entry. */
    directions: z.array(text).default([]),
    /** "Voor wie?": target groups, source's words. */
    target_groups: z.array(text).default([]),
    /** "Met wie?": partners, source's words. */
    partners: z.array(text).default([]),
    /** Done (partly) with other regions, as the source marks it (see JOINT_WORK). */
    with_other_regions: z.enum(JOINT_WORK).optional(),
    /**
     * Phase, only where the source states it in words (a phase shown only by colour in the PDF
     * is lost in the text version and is not filled in).
     */
    phase: z
      .strictObject({
        value: z.enum(PHASES),
        /** The source's words that state the phase. */
        quote: quotation,
      })
      .optional(),
    page: page.optional(),
    /** Remark by the project (not a quotation). */
    remark: text.optional(),
  })
  .superRefine((item, ctx) => {
    if (item.title_source === 'redactie' && !item.description) {
      ctx.addIssue({ code: 'custom', path: ['description'], message: 'een titel van de redactie heeft een "description" met de woorden van de bron' });
    }
  });
export type AgendaItem = z.output<typeof agendaItem>;

/** An agenda (`agenda*.yaml`): a list of tasks or projects of a region or collaboration. */
export const agenda = z
  .strictObject({
    /** Title of the agenda as printed (e.g. "Transformatieopgaven", "Bovenregionale uitvoeringsagenda"). */
    title: text,
    /** `regionaal` (carried out per region) or `bovenregionaal` (carried out by regions together). */
    level: z.enum(['regionaal', 'bovenregionaal']),
    /** Id of the region whose agenda this is. */
    region: slug.optional(),
    /** Id of the collaboration whose agenda this is, or which the agenda works out. */
    collaboration: slug.optional(),
    /** Source's words introducing the agenda. */
    intro: quotation.optional(),
    /** Source's words after the list, e.g. on how far the agenda has got. */
    outro: quotation.optional(),
    /** The legend of the marker for joint work, source's words (e.g. "*(deels) in samenwerking met andere Noord-Hollandse regio's"). */
    joint_work_legend: text.optional(),
    /** Remark by the project about the agenda as a whole, e.g. what the text version lost. */
    remark: text.optional(),
    /** First page of the agenda in the source, where the source says it. */
    page: page.optional(),
    items: z.array(agendaItem).min(1),
  })
  .superRefine((a, ctx) => {
    if (!a.region && !a.collaboration) {
      ctx.addIssue({ code: 'custom', path: ['region'], message: 'een agenda hoort bij een regio ("region") of een samenwerking ("collaboration")' });
    }
  });
export type Agenda = z.output<typeof agenda>;

/** A member region of a collaboration, with its role as the source describes it. */
export const collaborationMember = z.strictObject({
  /** Region id (`content/regio/<slug>/`). */
  region: slug,
  /** Role in the collaboration, project's words, e.g. "initiatiefnemer; kernteam". */
  role: text,
  /** Whether the region takes part in the core team ("kernteam"): `ja`, `nee` or `onduidelijk`; left out when the source has no core team. */
  core_team: z.enum(['ja', 'nee', 'onduidelijk']).optional(),
  /** The source's words on how the region takes part. */
  quote: quotation,
  /** Id of the document that says so. */
  source: slug,
  /** Remark by the project, e.g. how `core_team` follows from the text. */
  remark: text.optional(),
});

/** A network through which a collaboration is organised (e.g. BORN). */
export const network = z.strictObject({
  /** Slug, unique within the collaboration. */
  id: slug,
  /** Name as printed. */
  name: text,
  /** Abbreviation as printed ("BORN"). */
  abbreviation: text.optional(),
  /** Source's words describing it. */
  description: quotation,
  source: sourceRef,
});

/** A supra-regional collaboration: `content/samenwerkingen/<slug>.yaml`. */
export const collaboration = z
  .strictObject({
    /** Name in the project's words (a reader's name for it). */
    name: text,
    /** Shorter name for the browser tab and breadcrumbs (at most 44 characters, like a document's short_title). */
    short_name: text.max(44, { error: 'hoogstens 44 tekens' }).optional(),
    /** Other names and abbreviations in the sources; search knows them. */
    aliases: z.array(text).default([]),
    /** Short description, project's words. */
    summary: text,
    /** The shared ambition, source's words, with its source. */
    ambition: z.strictObject({ quote: quotation, source: sourceRef }).optional(),
    /** Member regions with their role. */
    members: z.array(collaborationMember).min(1),
    /** Ids of the documents about the collaboration. */
    documents: uniqueList(slug, 'document', 1),
    /** Networks through which it works. */
    networks: z.array(network).default([]),
    /** Lists of principles (e.g. the 10 leading principles of "Een Thuis voor Noordje"). */
    principles: z.array(principleSet).default([]),
    /** Lists of themes (e.g. the themes of BORN, the 6 themes of the 2020 plan). */
    themes: z.array(principleSet).default([]),
    /** Ids of the agendas of or derived from the collaboration (`<document>/agenda…`). */
    agendas: uniqueList(agendaId, 'agenda').default([]),
  })
  .superRefine((c, ctx) => {
    uniqueIds(c.networks, ctx, ['networks']);
    uniqueIds(c.principles, ctx, ['principles']);
    uniqueIds(c.themes, ctx, ['themes']);
    const principleIds = new Set(c.principles.map((set) => set.id));
    c.themes.forEach((set, index) => {
      if (principleIds.has(set.id)) ctx.addIssue({ code: 'custom', path: ['themes', index, 'id'], message: `id "${set.id}" is al gebruikt voor een lijst principes` });
    });
    const seen = new Set<string>();
    c.members.forEach((member, index) => {
      if (seen.has(member.region)) ctx.addIssue({ code: 'custom', path: ['members', index, 'region'], message: `regio "${member.region}" staat dubbel in de leden` });
      seen.add(member.region);
    });
  });
export type Collaboration = z.output<typeof collaboration>;
