import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { WCAG21_A_AA } from '../../schemas/accessibility-evaluation.ts';
import { parseEvaluation, summarize } from './accessibility-evaluation.ts';

/** A minimal valid evaluation; `overrides` replaces criteria by id. */
function source(top: Record<string, unknown> = {}, overrides: Record<string, Record<string, unknown>> = {}) {
  return stringify({
    date: '2026-12-02',
    evaluator: 'ontwikkelaars',
    method: 'zelfevaluatie',
    standard: 'WCAG 2.1 niveau AA',
    complete_audit: false,
    scope: { included: 'alles', baseline: 'Chromium' },
    sample: [{ name: 'Home', path: '/' }],
    tools: ['Chromium'],
    // Reverse order, to see that the summary sorts in WCAG order.
    criteria: [...WCAG21_A_AA].reverse().map(([id, level]) => ({ id, name: `naam ${id}`, level, verdict: 'voldoet', checked: { manual: 'bekeken' }, ...overrides[id] })),
    ...top,
  });
}

describe('parseEvaluation', () => {
  it('returns the validated data', () => {
    expect(parseEvaluation(source()).criteria).toHaveLength(50);
  });
  it('lists every problem with its path in one error', () => {
    expect(() => parseEvaluation(source({ date: 'gisteren' }, { '1.1.1': { verdict: 'misschien' } }))).toThrow(/date: .*\n.*criteria\.49\.verdict/s);
  });
});

describe('summarize', () => {
  it('counts verdicts, lists criteria not met and to recheck, in WCAG order', () => {
    const data = parseEvaluation(
      source({}, {
        '1.2.1': { verdict: 'niet van toepassing' },
        '1.4.10': { verdict: 'voldoet niet', finding: 'scrolt opzij', plan: 'oplossen in issue 15' },
        '4.1.3': { recheck: 'zoekpagina herzien' },
      }),
    );
    const summary = summarize(data);
    expect(summary.counts).toEqual({ voldoet: 48, 'voldoet niet': 1, 'niet van toepassing': 1 });
    expect(summary.notMet.map((c) => c.id)).toEqual(['1.4.10']);
    expect(summary.recheck.map((c) => c.id)).toEqual(['4.1.3']);
    expect(summary.criteria[0]!.id).toBe('1.1.1');
    expect(summary.criteria.at(-1)!.id).toBe('4.1.3');
  });

  it('gives the status of the Dutch model: A/B only with a complete audit, else C if planned, else D', () => {
    const notMet = { '1.4.10': { verdict: 'voldoet niet', finding: 'f', plan: 'p' } };
    expect(summarize(parseEvaluation(source({ complete_audit: true }))).status).toBe('A');
    expect(summarize(parseEvaluation(source({ complete_audit: true }, notMet))).status).toBe('B');
    expect(summarize(parseEvaluation(source({ planned_audit: 'extern onderzoek in juni 2027' }))).status).toBe('C');
    expect(summarize(parseEvaluation(source())).status).toBe('D');
  });
});
