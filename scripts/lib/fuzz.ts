/**
 * Seeded mutation testing of the validator over the real content. Each mutation changes one
 * place in one file (a value, a key, a character, a line of MDX) by splicing the text, so every
 * other byte stays as it was. The oracle: a mutation is either rejected with a `file:line`
 * problem that names the mutated file, or accepted, and then the validated data (what the site
 * and the open-data files are made from) differs from the original only at the mutated place.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { formatProblem } from '../../schemas/validator/report.ts';
import { random } from '../../schemas/validator/random.ts';
import { validateContent, type ContentFile, type Store } from '../../schemas/validator/validate.ts';


export interface Mutation {
  file: string;
  kind: string;
  /** Field path of the change inside the file (YAML), or [] for MDX and whole-file changes. */
  path: (string | number)[];
  description: string;
  files: ContentFile[];
}

interface ScalarSite {
  path: (string | number)[];
  node: Node & { value: unknown; range: [number, number, number] };
  keyRange?: [number, number, number];
}

function scalarsOf(text: string): ScalarSite[] {
  const doc = parseDocument(text);
  const sites: ScalarSite[] = [];
  const visit = (node: unknown, path: (string | number)[], keyRange?: [number, number, number]) => {
    if (isScalar(node) && node.range) sites.push({ path, node: node as ScalarSite['node'], ...(keyRange ? { keyRange } : {}) });
    else if (isMap(node)) for (const pair of node.items) visit(pair.value, [...path, String((pair.key as { value?: unknown })?.value)], (pair.key as Node | null)?.range as [number, number, number] | undefined);
    else if (isSeq(node)) node.items.forEach((item, index) => visit(item, [...path, index]));
  };
  visit(doc.contents, []);
  return sites;
}

const splice = (text: string, start: number, end: number, insert: string) => `${text.slice(0, start)}${insert}${text.slice(end)}`;

type Maker = (text: string, pick: <T>(items: readonly T[]) => T, n: number) => { text: string; path: (string | number)[]; description: string } | undefined;

/** Mutations of a YAML file. Each returns the new text, or undefined when it does not apply. */
const YAML_MUTATIONS: Record<string, Maker> = {
  'tekst gewijzigd': (text, pick, n) => {
    const sites = scalarsOf(text).filter((s) => typeof s.node.value === 'string' && / /.test(s.node.value as string) && s.node.range[1] - s.node.range[0] < 500);
    if (sites.length === 0) return undefined;
    const site = pick(sites);
    return { text: splice(text, site.node.range[0], site.node.range[1], `"Gewijzigde tekst ${n}"`), path: site.path, description: `${site.path.join('.')} = "Gewijzigde tekst ${n}"` };
  },
  'verwijzing kapot': (text, pick) => {
    const sites = scalarsOf(text).filter((s) => typeof s.node.value === 'string' && /^[a-z0-9]+(-[a-z0-9]+)+$/.test(s.node.value as string) && ['municipality', 'source', 'region', 'document', 'parent', 'province', 'id'].includes(String(s.path.at(-1))));
    if (sites.length === 0) return undefined;
    const site = pick(sites);
    return { text: splice(text, site.node.range[0], site.node.range[1], `${site.node.value as string}-x`), path: site.path, description: `${site.path.join('.')} = ${site.node.value as string}-x` };
  },
  'verkeerd type': (text, pick) => {
    const sites = scalarsOf(text).filter((s) => s.path.length > 0);
    const site = pick(sites);
    const replacement = typeof site.node.value === 'number' ? '"veertig"' : '[1, 2]';
    return { text: splice(text, site.node.range[0], site.node.range[1], replacement), path: site.path, description: `${site.path.join('.')} = ${replacement}` };
  },
  'onbekend veld': (text, pick) => {
    const sites = scalarsOf(text).filter((s) => s.keyRange && !text.slice(s.keyRange[0], s.keyRange[1]).includes('\n'));
    if (sites.length === 0) return undefined;
    const site = pick(sites);
    const key = text.slice(site.keyRange![0], site.keyRange![1]);
    return { text: splice(text, site.keyRange![0], site.keyRange![1], `${key}x`), path: site.path, description: `veld ${key} hernoemd tot ${key}x` };
  },
  'ongeldige datum': (text, pick) => {
    const sites = scalarsOf(text).filter((s) => typeof s.node.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s.node.value as string));
    if (sites.length === 0) return undefined;
    const site = pick(sites);
    return { text: splice(text, site.node.range[0], site.node.range[1], `${(site.node.value as string).slice(0, 5)}02-30`), path: site.path, description: `${site.path.join('.')} = 30 februari` };
  },
  'stuurteken': (text, pick) => {
    const sites = scalarsOf(text).filter((s) => typeof s.node.value === 'string' && (s.node.value as string).length > 2);
    if (sites.length === 0) return undefined;
    const site = pick(sites);
    const value = site.node.value as string;
    const char = pick(['\\u202e', '\\0', '\\t', '\\u200b']);
    return { text: splice(text, site.node.range[0], site.node.range[1], JSON.stringify(value.slice(0, 2)).slice(0, -1) + char + JSON.stringify(value.slice(2)).slice(1)), path: site.path, description: `${site.path.join('.')} met ${char}` };
  },
  'syntaxfout': (text, pick) => {
    const lines = text.split('\n');
    const candidates = lines.map((line, index) => ({ line, index })).filter(({ line }) => /^\s*[\w-]+: \S/.test(line));
    if (candidates.length === 0) return undefined;
    const { line, index } = pick(candidates);
    const broken = pick([`${line} [`, `\t${line}`, ` ${line}`, line.replace(': ', ': {')]);
    lines[index] = broken;
    return { text: lines.join('\n'), path: [], description: `regel ${index + 1}: ${JSON.stringify(broken).slice(0, 60)}` };
  },
  'dubbel veld': (text) => {
    const lines = text.split('\n');
    const index = lines.findIndex((line) => /^[\w-]+: \S/.test(line));
    if (index < 0) return undefined;
    lines.splice(index + 1, 0, lines[index]!);
    return { text: lines.join('\n'), path: [], description: `regel ${index + 1} twee keer` };
  },
};

const MDX_MUTATIONS: Record<string, Maker> = {
  'script in MDX': (text) => ({ text: `${text}\n<script>alert(1)</script>\n`, path: [], description: '<script> toegevoegd' }),
  'expressie in MDX': (text) => ({ text: `${text}\n{process.exit(1)}\n`, path: [], description: '{expressie} toegevoegd' }),
  'import in MDX': (text) => ({ text: `import X from '../../x.astro'\n\n${text}`, path: [], description: 'import toegevoegd' }),
  'data-link in MDX': (text) => ({ text: `${text}\n[klik](data:text/html;base64,PHNjcmlwdD4=)\n`, path: [], description: 'data:-link toegevoegd' }),
  'onbekend component': (text) => ({ text: `${text}\n<Kaart regio="alkmaar" />\n`, path: [], description: '<Kaart> toegevoegd' }),
};

/** `count` mutations of `files`, reproducible from `seed`. */
export function* mutations(files: readonly ContentFile[], seed: number, count: number): Generator<Mutation> {
  const next = random(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const candidates = files.filter((file) => /\.(yaml|mdx)$/.test(file.path));
  let made = 0;
  let attempts = 0;
  while (made < count && attempts < count * 20) {
    attempts += 1;
    const file = pick(candidates);
    const makers = file.path.endsWith('.mdx') ? MDX_MUTATIONS : YAML_MUTATIONS;
    const kind = pick(Object.keys(makers));
    const result = makers[kind]!(file.text, pick, made + 1);
    if (!result || result.text === file.text) continue;
    made += 1;
    yield {
      file: file.path,
      kind,
      path: result.path,
      description: result.description,
      files: files.map((f) => (f.path === file.path ? { ...f, text: result.text } : f)),
    };
  }
}

/** Paths at which two values differ (deep, with list indices). */
export function differences(a: unknown, b: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Object.is(a, b)) return [];
  if (Array.isArray(a) && Array.isArray(b)) {
    const out: (string | number)[][] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(...differences(a[i], b[i], [...path, i]));
    return out;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((key) => differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], [...path, key]));
  }
  return [path];
}

/** Every entry's data, by `collection/id`, with the entry's position in its file. */
function snapshot(store: Store): Map<string, { file: string; base: (string | number)[]; data: unknown }> {
  const out = new Map<string, { file: string; base: (string | number)[]; data: unknown }>();
  for (const [collection, entries] of store) for (const entry of entries.values()) out.set(`${collection}/${entry.id}`, { file: entry.file, base: entry.base, data: entry.data });
  return out;
}

export interface Verdict {
  mutation: Mutation;
  outcome: 'afgewezen' | 'geaccepteerd';
  /** Why the oracle fails, or undefined when the outcome is right. */
  failure?: string;
}

const startsWith = (path: readonly (string | number)[], prefix: readonly (string | number)[]) => prefix.every((segment, i) => path[i] === segment);

/** Runs the validator on one mutation and judges the outcome against the original store. */
export function judge(mutation: Mutation, original: Store): Verdict {
  let result;
  try {
    result = validateContent(mutation.files);
  } catch (error) {
    return { mutation, outcome: 'afgewezen', failure: `de controle liep vast: ${(error as Error).message}` };
  }
  if (result.problems.length > 0) {
    const lines = result.problems.map(formatProblem);
    const named = result.problems.some((problem) => problem.file === mutation.file && problem.line >= 1) || lines.some((line) => line.includes(mutation.file));
    return { mutation, outcome: 'afgewezen', ...(named ? {} : { failure: `geen melding noemt ${mutation.file}: ${lines.slice(0, 3).join(' | ')}` }) };
  }
  const before = snapshot(original);
  const after = snapshot(result.store);
  const changed: string[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key);
    const b = after.get(key);
    if (!a || !b) {
      changed.push(`${key} ${a ? 'verdwenen' : 'erbij'}`);
      continue;
    }
    for (const diff of differences(a.data, b.data)) {
      const inFile = [...b.base, ...diff];
      const expected = b.file === mutation.file && (mutation.path.length === 0 || startsWith(inFile, mutation.path) || startsWith(mutation.path, inFile));
      if (!expected) changed.push(`${key}: ${diff.join('.')}`);
    }
  }
  return { mutation, outcome: 'geaccepteerd', ...(changed.length > 0 ? { failure: `geaccepteerd, maar ook elders gewijzigd: ${changed.slice(0, 5).join(', ')}` } : {}) };
}

export interface FuzzReport {
  seed: number;
  count: number;
  rejected: number;
  accepted: number;
  failures: Verdict[];
  byKind: Record<string, { rejected: number; accepted: number }>;
}

export function fuzz(files: readonly ContentFile[], seed: number, count: number): FuzzReport {
  const original = validateContent(files);
  if (original.problems.length > 0) throw new Error(`de inhoud zelf heeft al problemen: ${original.problems.map(formatProblem).slice(0, 3).join(' | ')}`);
  const report: FuzzReport = { seed, count: 0, rejected: 0, accepted: 0, failures: [], byKind: {} };
  for (const mutation of mutations(files, seed, count)) {
    const verdict = judge(mutation, original.store);
    report.count += 1;
    const tally = (report.byKind[mutation.kind] ??= { rejected: 0, accepted: 0 });
    if (verdict.outcome === 'afgewezen') {
      report.rejected += 1;
      tally.rejected += 1;
    } else {
      report.accepted += 1;
      tally.accepted += 1;
    }
    if (verdict.failure) report.failures.push(verdict);
  }
  return report;
}
