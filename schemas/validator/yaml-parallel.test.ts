import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentTree } from './content-fs.ts';
import { lastParallelRun, lazyParsed, parseYamlFiles, splitBySize } from './yaml-parallel.ts';
import { locate, parseYamlFile, type YamlResult } from './yaml.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const withoutTree = ({ parsed: _tree, ...rest }: YamlResult) => rest;

const SAMPLES = [
  'id: alkmaar\nname: Regio Alkmaar\n',
  '- id: a\n  name: A\n- id: b\n  name: B\n',
  'name: "niet afgesloten\n',
  'a: 1\na: 2\n',
  'naam: "verborgen\u202Eteken"\n',
  `${'- '.repeat(40)}x\n`,
  'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n',
  'datum: 2021-06-01\n',
  '',
];

describe('parsing many YAML files on more than one thread', () => {
  it('gives exactly the results of parsing them one by one, in order, including every problem', () => {
    const texts = Array.from({ length: 12 }, (_, i) => SAMPLES[i % SAMPLES.length]!);
    const parallel = parseYamlFiles(texts, { minBytes: 0, threads: 3 });
    // Two workers really parsed their shares (none fell back to this thread).
    expect(lastParallelRun).toEqual({ threads: 3, delivered: 2 });
    expect(parallel.map(withoutTree)).toEqual(texts.map((text) => withoutTree(parseYamlFile(text))));
  });

  it('gives the real content the same data as one thread does', () => {
    const texts = readContentTree(root).files.filter((file) => file.path.endsWith('.yaml')).map((file) => file.text);
    const parallel = parseYamlFiles(texts, { minBytes: 0, threads: 2 });
    expect(parallel.map(withoutTree)).toEqual(texts.map((text) => withoutTree(parseYamlFile(text))));
  });

  it('locates a field from a worker\'s result by parsing the file again only when asked', () => {
    const text = 'id: x\ntasks:\n  pleegzorg:\n    level: [wijk]\n';
    const [result] = parseYamlFiles([text, 'a: 1\n'], { minBytes: 0, threads: 2 });
    expect(locate(result!.parsed!, ['tasks', 'pleegzorg', 'level'])).toEqual(locate(parseYamlFile(text).parsed!, ['tasks', 'pleegzorg', 'level']));
    expect(locate(lazyParsed(text), ['tasks'])).toEqual({ line: 2, column: 1 });
  });

  it('stays on one thread for small amounts of YAML (the real content)', () => {
    const [result] = parseYamlFiles(['a: 1\n', 'b: 2\n']);
    expect(lastParallelRun).toEqual({ threads: 1, delivered: 0 });
    // A result parsed on this thread carries its syntax tree itself, not a lazy one.
    expect(Object.getOwnPropertyDescriptor(result!.parsed!, 'doc')?.get).toBeUndefined();
  });

  it('splits the files into runs of about equal size, in order, without losing one', () => {
    const texts = ['aaaa', 'b', 'cc', 'dddddd', 'e', 'ff', 'g'];
    for (const count of [1, 2, 3, 7, 10]) {
      const shares = splitBySize(texts, count);
      expect(shares.flatMap((share) => share.texts)).toEqual(texts);
      expect(shares.length).toBeLessThanOrEqual(Math.min(count, texts.length));
      shares.forEach((share, i) => expect(share.start).toBe(shares.slice(0, i).reduce((n, s) => n + s.texts.length, 0)));
    }
  });
});
