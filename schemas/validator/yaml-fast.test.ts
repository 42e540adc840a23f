/**
 * The fast YAML path (`yaml-fast.ts`) may change speed, never a verdict: `parseYamlFile` must give
 * exactly what `parseYamlFileFully` (`yaml` 2 only) gives, for every content file, for the
 * constructs where the two parsers are known to differ, and for thousands of random edits of the
 * real files (syntax characters inserted, deleted and replaced; values swapped for tricky ones).
 */
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentTree } from './content-fs.ts';
import { LIMITS } from './limits.ts';
import { random } from './random.ts';
import { parseYamlFile, parseYamlFileFully, type YamlResult } from './yaml.ts';
import { fastParse } from './yaml-fast.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const yamlFiles = readContentTree(root).files.filter((file) => file.path.endsWith('.yaml'));

/** The comparable part of a result: verdict, data, problems (not the lazily built syntax tree). */
const verdict = (result: YamlResult) => (result.ok ? { ok: true, data: result.data, problems: result.valueProblems } : { ok: false, problems: result.problems });

/** Where two values first differ, for the failure message. */
function firstDifference(a: unknown, b: unknown, path: string[] = []): string {
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const inner = (a as Record<string, unknown>)[key];
      const other = (b as Record<string, unknown>)[key];
      if (!isDeepStrictEqual(inner, other)) return firstDifference(inner, other, [...path, key]);
    }
  }
  return `${path.join('.')}: fast path ${JSON.stringify(a)?.slice(0, 120)}, yaml 2 ${JSON.stringify(b)?.slice(0, 120)}`;
}

/** Whether both paths agree on `text` (and where not), and whether the fast path read it. */
function compare(text: string): { agree: boolean; difference: string; fast: boolean } {
  const fast = fastParse(text, () => true).ok;
  const [mine, reference] = [verdict(parseYamlFile(text)), verdict(parseYamlFileFully(text))];
  const agree = isDeepStrictEqual(mine, reference);
  if (agree) return { agree, difference: '', fast };
  const problem = reference.problems[0];
  const line = problem && 'line' in problem ? ` at line ${problem.line}: ${JSON.stringify(text.split('\n')[problem.line - 1]?.slice(0, 100))}` : '';
  return { agree, difference: `${firstDifference(mine, reference)}${mine.ok && !reference.ok ? ` (yaml 2: ${problem?.message}${line})` : ''}`, fast };
}

/** Values where YAML 1.1/1.2 and the two parsers could part ways. */
const TRICKY_VALUES = [
  '0o17', '017', '0x1F', '0b101', '1_000', '+5', '-0', '.5', '1.', '1.50', '1e3', '-1E-2', '.inf', '-.Inf', '.NaN', '.nan', 'NaN',
  '~', 'null', 'Null', 'NULL', 'nULL', '', 'yes', 'No', 'on', 'OFF', 'y', 'true', 'True', 'TRUE', 'tRUE', 'false',
  '2021-06-01', '2021-06-01T10:00:00Z', '12:30', '1:20:30', '0.1.2', '9007199254740993', '1e400',
  '"quoted"', "'single ''quote'''", '"esc \\u00e9 \\x41 \\N \\_"', '"tab\\there"', '"\\u202e"', 'a #comment', 'a#b', 'https://x.nl/a?b=c#d',
  '[a, b]', '[]', '{}', '{a: 1, b: [2]}', '[a, [b, [c]]]', '|\n  literal\n  text', '>-\n  folded\n  text\n', '|+\n  keep\n\n', '>2\n   indented',
  '&a x', '*a', '!!str 12', '! 12', '!!int "3"', '? complex', '- in', 'a: b', '"a": b', '@at', '`tick', '%x',
];
const SYNTAX_CHARACTERS = [':', '-', ' ', '  ', '"', "'", '#', '[', ']', '{', '}', ',', '|', '>', '\n', '\n  ', '&a ', '*a', '!', '?', '%', '@', '\t', '\r\n', '---\n', '...', '<<: ', '\\', '~'];

function mutate(text: string, next: () => number): string {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  let result = text;
  const edits = 1 + Math.floor(next() * 3);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * (result.length + 1));
    const kind = next();
    if (kind < 0.3) result = result.slice(0, at) + pick(SYNTAX_CHARACTERS) + result.slice(at);
    else if (kind < 0.5) result = result.slice(0, at) + result.slice(at + 1 + Math.floor(next() * 3));
    else if (kind < 0.7) result = result.slice(0, at) + pick(SYNTAX_CHARACTERS) + result.slice(at + 1);
    else {
      // Replace the value after a "key: " on a random line.
      const lines = result.split('\n');
      const index = Math.floor(next() * lines.length);
      const match = /^(\s*(?:- )?[\w-]+:)( .*)?$/.exec(lines[index]!);
      if (match) lines[index] = `${match[1]} ${pick(TRICKY_VALUES)}`;
      result = lines.join('\n');
    }
  }
  return result;
}

describe('the fast YAML path agrees with yaml 2', () => {
  it('on every content file, and reads nearly all of them itself', () => {
    let fast = 0;
    for (const file of yamlFiles) {
      const { agree, fast: tookFastPath } = compare(file.text);
      expect(agree, file.path).toBe(true);
      if (tookFastPath) fast += 1;
    }
    console.log(`fast YAML path: ${fast} of ${yamlFiles.length} content files`);
    expect(yamlFiles.length).toBeGreaterThan(50);
    // The point of the fast path: most files take it (a file with "&x" or " !" in a text does not).
    expect(fast / yamlFiles.length).toBeGreaterThan(0.8);
  });

  it('on values where YAML versions and parsers differ', () => {
    for (const value of TRICKY_VALUES) {
      for (const text of [`key: ${value}\n`, `- ${value}\n`, `${value}: x\n`, `a:\n  - b: ${value}\n    c: d\n`]) {
        expect(compare(text).agree, JSON.stringify(text)).toBe(true);
      }
    }
  });

  it('on structures the fast path must hand back', () => {
    const deep = (depth: number) => `${'- '.repeat(depth)}x\n`;
    const cases = [
      'a: &x [1, 2]\nb: *x\n', 'a: !!str 12\n', '%YAML 1.1\n---\na: yes\n', 'a: 1\n---\nb: 2\n', 'base: &b {x: 1}\nc:\n  <<: *b\n',
      '__proto__: {x: 1}\n', '\ufeffa: 1\n', 'a: 1\na: 2\n', 'a: 1\n"a": 2\n', '1: a\n"1": b\n', 'null: a\n', '~: a\n', 'true: a\n', ': a\n',
      `${'k'.repeat(1100)}: v\n`, `a: ${'x'.repeat(LIMITS.lineCharacters + 1)}\n`, 'a: "zero\\u200bwidth"\n', 'a: "tab\\tin"\n', 'a:\n\t- b\n',
      'a: &x 1\nb: *x\n', 'a: &x\nb: *x\n', 'a: &x [1]\nb: *x\nc: *x\n', 'a: *x\n', 'a: &x 1\nc: &x 2\nb: *x\n', '&x a: b\nc: *x\n',
      'a: &x {b: 1}\nc: {d: *x}\n', 'a: &x [1, 2]\nb: &y [*x, *x]\nc: [*y, *y, *y]\n', '[&a 1, *a, *a]\n', 'a: &a.b 1\nb: *a.b\n', 'a: &a:b 1\nb: *a:b\n',
      'a: &a 1\nb: [*a,*a]\n', 'a: &a 1\nb: {c: *a}\n', 'a: &a 1\nb: *a # comment\n', 'a: &a "x"\nb: "*a"\n', `a: &a 1\n${Array.from({ length: 12 }, (_, i) => `b${i}: *a`).join('\n')}\n`,
      'a: &a [&b 1, *b]\nc: *a\nd: *a\n', 'a: &a\n  b: &b [x]\n  c: *b\nd: *a\n', 'a: &a [] \nb: *a\n',
      '- "a\n b"\n', '- "a\nb"\n', 'a:\n  - "x\n    y"\n', 'a:\n  - "x\n  y"\n', 'a:\n  - "x\n   y"\n', '- >-\n  x\n', '- >-\n x\n', '- - "a\n   b"\n', '- - "a\n  b"\n',
      'a:\n  - b: "x\n    y"\n', 'a:\n  - b: "x\n   y"\n', 'a:\n  - b: "x\n  y"\n', 'a: [1,\n2]\n', 'a: [1,\n 2]\n', 'a:\n  b: {c: 1,\n  d: 2}\n', 'a:\n  b: plain\n  text\n', 'a:\n  b: plain\n   text\n',
      deep(LIMITS.depth - 1), deep(LIMITS.depth), deep(LIMITS.depth + 1), deep(LIMITS.depth + 5), 'a: b\r\nc: d\r\n', '', '# only a comment\n',
    ];
    for (const text of cases) expect(compare(text).agree, JSON.stringify(text.slice(0, 80))).toBe(true);
  });

  it('on 1,000 random edits of the files that use anchors (seed 8)', () => {
    const withAnchors = yamlFiles.filter((file) => /(?:^|\s)&\S/m.test(file.text));
    expect(withAnchors.length).toBeGreaterThan(2);
    expect(randomEdits(withAnchors, 8, 1000).disagreements).toEqual([]);
  }, 120_000);

  // Deeper runs: YAML_FAST_SEED=n YAML_FAST_COUNT=m npx vitest run schemas/validator/yaml-fast.test.ts
  const seed = Number(process.env.YAML_FAST_SEED ?? 7);
  const count = Number(process.env.YAML_FAST_COUNT ?? 4000);
  it(`on ${count} random edits of the real files (seed ${seed})`, () => {
    const { fast, disagreements } = randomEdits(yamlFiles, seed, count);
    console.log(`random edits: ${count} (seed ${seed}), fast path took ${fast}, disagreements ${disagreements.length}`);
    expect(disagreements).toEqual([]);
    expect(fast).toBeGreaterThan(1000);
  }, 120_000);
});

/** `count` random edits of `files` (reproducible from `seed`): how many the fast path read, and the first disagreements. */
function randomEdits(files: typeof yamlFiles, seed: number, count: number): { fast: number; disagreements: string[] } {
  const next = random(seed);
  let fast = 0;
  const disagreements: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = files[Math.floor(next() * files.length)]!;
    const { agree, difference, fast: tookFastPath } = compare(mutate(file.text, next));
    if (tookFastPath) fast += 1;
    if (!agree && disagreements.length < 10) disagreements.push(`${file.path}, edit ${i}: ${difference}`);
  }
  return { fast, disagreements };
}
