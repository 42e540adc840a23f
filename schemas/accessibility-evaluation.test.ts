import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { evaluation, WCAG21_A_AA } from './accessibility-evaluation.ts';

const FILE = new URL('../docs/toegankelijkheid/evaluatie.yaml', import.meta.url);
const data = () => parse(readFileSync(FILE, 'utf8')) as { criteria: Record<string, unknown>[] } & Record<string, unknown>;

describe('the accessibility evaluation (docs/toegankelijkheid/evaluatie.yaml)', () => {
  it('is valid against the schema', () => {
    const result = evaluation.safeParse(data());
    expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
  });

  it('covers the 50 success criteria of WCAG 2.1 A and AA, each once', () => {
    expect(WCAG21_A_AA).toHaveLength(50);
    expect(WCAG21_A_AA.filter(([, level]) => level === 'A')).toHaveLength(30);
    const ids = evaluation.parse(data()).criteria.map((c) => c.id).sort();
    expect(ids).toEqual(WCAG21_A_AA.map(([id]) => id).sort());
  });

  it('names only test files that exist', () => {
    const missing = evaluation
      .parse(data())
      .criteria.flatMap((c) => c.checked.tests)
      .filter((path) => {
        try {
          readFileSync(new URL(`../${path}`, import.meta.url));
          return false;
        } catch {
          return true;
        }
      });
    expect(missing).toEqual([]);
  });
});

describe('the schema', () => {
  it('rejects a missing criterion', () => {
    const broken = data();
    broken.criteria = broken.criteria.filter((c) => c.id !== '1.4.10');
    const result = evaluation.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain('succescriterium 1.4.10 ontbreekt');
  });

  it('rejects "voldoet niet" without a finding and a plan', () => {
    const broken = data();
    broken.criteria = broken.criteria.map((c) => (c.id === '1.4.10' ? { ...c, verdict: 'voldoet niet', finding: undefined, plan: undefined } : c));
    expect(evaluation.safeParse(broken).success).toBe(false);
  });

  it('rejects a criterion without a test or manual steps', () => {
    const broken = data();
    broken.criteria = broken.criteria.map((c) => (c.id === '2.4.2' ? { ...c, checked: { tests: [] } } : c));
    expect(evaluation.safeParse(broken).success).toBe(false);
  });

  it('rejects a wrong level and an unknown criterion', () => {
    const wrongLevel = data();
    wrongLevel.criteria = wrongLevel.criteria.map((c) => (c.id === '1.4.3' ? { ...c, level: 'A' } : c));
    expect(evaluation.safeParse(wrongLevel).success).toBe(false);
    const unknown = data();
    unknown.criteria = [...unknown.criteria, { id: '2.5.5', name: 'Grootte van het aanwijsgebied', level: 'AA', verdict: 'voldoet', checked: { manual: 'x' } }];
    expect(evaluation.safeParse(unknown).success).toBe(false);
  });
});
