/**
 * The accessibility self-evaluation (`docs/toegankelijkheid/evaluatie.yaml`), following the
 * steps of WCAG-EM (W3C Website Accessibility Conformance Evaluation Methodology): scope, a
 * sample of page types and states, and a verdict on every success criterion of WCAG 2.1 level A
 * and AA with how it was checked. The site renders it at /over/toegankelijkheid/evaluatie/ and
 * the accessibility statement (/over/toegankelijkheid/) is built from it.
 */
import { z } from 'zod';

/** The 50 success criteria of WCAG 2.1 at level A (30) and AA (20), in WCAG order. */
export const WCAG21_A_AA = [
  ['1.1.1', 'A'], ['1.2.1', 'A'], ['1.2.2', 'A'], ['1.2.3', 'A'], ['1.2.4', 'AA'], ['1.2.5', 'AA'],
  ['1.3.1', 'A'], ['1.3.2', 'A'], ['1.3.3', 'A'], ['1.3.4', 'AA'], ['1.3.5', 'AA'],
  ['1.4.1', 'A'], ['1.4.2', 'A'], ['1.4.3', 'AA'], ['1.4.4', 'AA'], ['1.4.5', 'AA'], ['1.4.10', 'AA'], ['1.4.11', 'AA'], ['1.4.12', 'AA'], ['1.4.13', 'AA'],
  ['2.1.1', 'A'], ['2.1.2', 'A'], ['2.1.4', 'A'], ['2.2.1', 'A'], ['2.2.2', 'A'], ['2.3.1', 'A'],
  ['2.4.1', 'A'], ['2.4.2', 'A'], ['2.4.3', 'A'], ['2.4.4', 'A'], ['2.4.5', 'AA'], ['2.4.6', 'AA'], ['2.4.7', 'AA'],
  ['2.5.1', 'A'], ['2.5.2', 'A'], ['2.5.3', 'A'], ['2.5.4', 'A'],
  ['3.1.1', 'A'], ['3.1.2', 'AA'], ['3.2.1', 'A'], ['3.2.2', 'A'], ['3.2.3', 'AA'], ['3.2.4', 'AA'],
  ['3.3.1', 'A'], ['3.3.2', 'A'], ['3.3.3', 'AA'], ['3.3.4', 'AA'],
  ['4.1.1', 'A'], ['4.1.2', 'A'], ['4.1.3', 'AA'],
] as const satisfies readonly (readonly [string, 'A' | 'AA'])[];

const text = z.string().trim().min(1);
const isoDate = z.iso.date();

/** A verdict as the Dutch model statement words it. */
export const verdict = z.enum(['voldoet', 'voldoet niet', 'niet van toepassing']);
export type Verdict = z.output<typeof verdict>;

export const criterion = z
  .strictObject({
    /** Number of the success criterion, e.g. `1.4.10`. */
    id: z.string().regex(/^[1-4]\.\d\.\d{1,2}$/, { error: 'een nummer als 1.4.10' }),
    /** Dutch name of the criterion (official translation), e.g. `Reflow`. */
    name: text,
    level: z.enum(['A', 'AA']),
    verdict,
    /** What was found, in a sentence or two; required for "voldoet niet". */
    finding: text.optional(),
    /** How it was checked: automated tests (paths in the repository) and/or manual steps. */
    checked: z
      .strictObject({
        /** Test files that cover (part of) the criterion, e.g. `tests/e2e/reflow.test.ts`. */
        tests: z.array(z.string().regex(/^(tests|src|schemas|scripts)\/[\w./-]+\.ts$/, { error: 'een pad naar een testbestand' })).default([]),
        /** Manual steps actually taken, in Dutch. */
        manual: text.optional(),
      })
      .refine((value) => value.tests.length > 0 || value.manual !== undefined, { error: 'noem een test of de handmatige stappen' }),
    /** For "voldoet niet": the fix or the plan, with a date or the issue where it is tracked. */
    plan: text.optional(),
    /**
     * Set when the verdict depends on work that was not yet merged when this evaluation was made
     * (e.g. a rebuilt page): the reason; the criterion must be evaluated again after that merge.
     */
    recheck: text.optional(),
  })
  .refine((value) => value.verdict !== 'voldoet niet' || (value.finding !== undefined && value.plan !== undefined), {
    error: 'bij "voldoet niet" horen een bevinding (finding) en een plan (plan)',
  });
export type Criterion = z.output<typeof criterion>;

export const samplePage = z.strictObject({
  /** What this page or state stands for, e.g. `Vergelijking naast elkaar`. */
  name: text,
  /** Site path, optionally with query or fragment, e.g. `/zoeken/?q=jeugdhulp`. */
  path: z.string().regex(/^\/[^\s]*$/, { error: 'een pad dat met / begint' }),
  /** The state to bring the page in, when it is not the page as loaded (e.g. `printweergave`). */
  state: text.optional(),
  /** Set when the page or state did not exist in the evaluated build (other work not yet merged). */
  recheck: text.optional(),
});

export const evaluation = z
  .strictObject({
    /** Date of the evaluation (the build that was evaluated). */
    date: isoDate,
    /** Who evaluated, as a role (no personal names). */
    evaluator: text,
    /** Method in plain words: a self-evaluation following WCAG-EM, not an external audit. */
    method: text,
    standard: z.literal('WCAG 2.1 niveau AA'),
    /** WCAG-EM step 1: scope. */
    scope: z.strictObject({ included: text, excluded: text.optional(), baseline: text }),
    /** WCAG-EM step 3: the sample of page types and states. */
    sample: z.array(samplePage).min(1),
    /**
     * Is there a complete evaluation report as the Dutch model statement requires for status A or
     * B (WCAG-EM, the whole site, all 50 criteria, a report that meets the checklist of
     * digitoegankelijk.nl)? A self-evaluation like this one is not, unless it was reviewed so.
     */
    complete_audit: z.boolean(),
    /** Such a complete evaluation, if planned: by whom and when (needed for status C). */
    planned_audit: text.optional(),
    /** Tools used (browser, checkers). */
    tools: z.array(text).min(1),
    /** WCAG-EM step 4: a verdict on each of the 50 success criteria. */
    criteria: z.array(criterion),
  })
  .superRefine((value, ctx) => {
    const ids = value.criteria.map((c) => c.id);
    for (const [id, level] of WCAG21_A_AA) {
      const found = value.criteria.filter((c) => c.id === id);
      if (found.length === 0) ctx.addIssue({ code: 'custom', path: ['criteria'], message: `succescriterium ${id} ontbreekt` });
      if (found.length > 1) ctx.addIssue({ code: 'custom', path: ['criteria'], message: `succescriterium ${id} staat er ${found.length} keer in` });
      if (found[0] && found[0].level !== level) ctx.addIssue({ code: 'custom', path: ['criteria', ids.indexOf(id), 'level'], message: `${id} heeft niveau ${level}` });
    }
    const known = new Set<string>(WCAG21_A_AA.map(([id]) => id));
    value.criteria.forEach((c, i) => {
      if (!known.has(c.id)) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'id'], message: `${c.id} is geen succescriterium van WCAG 2.1 niveau A of AA` });
    });
  });
export type Evaluation = z.output<typeof evaluation>;
