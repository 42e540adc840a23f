/**
 * The accessibility self-evaluation as the site shows it: parsed and validated from
 * `docs/toegankelijkheid/evaluatie.yaml` (schema: schemas/accessibility-evaluation.ts), with the
 * counts, the criteria not met, the criteria to evaluate again, and the compliance status that
 * the Dutch model statement's rules give.
 */
import { parse } from 'yaml';
import { evaluation, WCAG21_A_AA, type Criterion, type Evaluation, type Verdict } from '../../schemas/accessibility-evaluation.ts';

/** Parses and validates the YAML text; throws one message listing every problem. */
export function parseEvaluation(source: string, file = 'docs/toegankelijkheid/evaluatie.yaml'): Evaluation {
  const result = evaluation.safeParse(parse(source));
  if (!result.success) {
    throw new Error(`${file}:\n${result.error.issues.map((issue) => `  ${issue.path.join('.') || '(bestand)'}: ${issue.message}`).join('\n')}`);
  }
  return result.data;
}

/**
 * Status letters of the Dutch model statement (digitoegankelijk.nl): A and B need a complete
 * evaluation report per WCAG-EM of the whole site (A: all 50 criteria met, B: not all); without
 * one, C if such an evaluation is planned within six months, else D.
 */
export type Status = 'A' | 'B' | 'C' | 'D';

export interface Summary {
  counts: Record<Verdict, number>;
  notMet: Criterion[];
  recheck: Criterion[];
  status: Status;
  /** Criteria in WCAG order. */
  criteria: Criterion[];
}

export function summarize(data: Evaluation): Summary {
  const order = new Map<string, number>(WCAG21_A_AA.map(([id], i) => [id, i]));
  const criteria = [...data.criteria].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const counts: Record<Verdict, number> = { voldoet: 0, 'voldoet niet': 0, 'niet van toepassing': 0 };
  for (const c of criteria) counts[c.verdict] += 1;
  const notMet = criteria.filter((c) => c.verdict === 'voldoet niet');
  const status: Status = data.complete_audit ? (notMet.length === 0 ? 'A' : 'B') : data.planned_audit !== undefined ? 'C' : 'D';
  return { counts, notMet, recheck: criteria.filter((c) => c.recheck !== undefined), status, criteria };
}
