/**
 * YAML for the validator: one parser (`yaml` 2) with one set of options for every content file,
 * line and column for any field path, and limits that turn hostile input into located messages
 * instead of crashes (alias explosions, deep nesting, overlong or invisible text).
 *
 * `yaml` 2 keeps unquoted dates as strings (`2021-06-01` stays text), so there is one date type
 * everywhere; `schemas/common.ts` checks that it is a real calendar date.
 *
 * Speed: `yaml` 2 builds a full syntax tree with positions, about 4 MB/s; that was a tenth of a
 * large build. A plain, clean file (the usual case) is therefore first read by a fast path
 * (`./yaml-fast.ts`) that accepts only what `yaml` 2 reads to the very same data without any
 * problem; everything else, and every position a later message needs, comes from `yaml` 2.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { LIMITS } from './limits.ts';
import { fastParse } from './yaml-fast.ts';

export interface Position {
  line: number;
  column: number;
}

export interface ParsedYaml {
  doc: Document;
  lineCounter: LineCounter;
}

export interface YamlProblem extends Position {
  /** Field path of the value, where known. */
  path: (string | number)[];
  message: string;
}

/**
 * `ok`: the file could be read; `valueProblems` are texts that may not be published (forbidden
 * characters, overlong lines): the entries holding them are left out, the rest of the file counts.
 * Not `ok`: the file as a whole could not be read.
 */
export type YamlResult =
  | { ok: true; parsed: ParsedYaml; data: unknown; valueProblems: YamlProblem[] }
  | { ok: false; problems: YamlProblem[]; parsed?: ParsedYaml };

const YAML_ERRORS: Record<string, string> = {
  DUPLICATE_KEY: 'dit veld staat twee keer in hetzelfde blok',
  BAD_INDENT: 'verkeerde inspringing',
  TAB_AS_INDENT: 'een tab als inspringing; gebruik spaties',
  BLOCK_AS_IMPLICIT_KEY: 'verkeerde inspringing of ontbrekende dubbele punt',
  MISSING_CHAR: 'er ontbreekt een teken (bijv. een afsluitend aanhalingsteken of haakje)',
  MULTILINE_IMPLICIT_KEY: 'een veldnaam loopt over meer regels; ontbreekt er een dubbele punt of aanhalingsteken?',
  UNEXPECTED_TOKEN: 'onverwacht teken',
  BAD_SCALAR_START: 'een waarde mag niet met dit teken beginnen; zet de tekst tussen aanhalingstekens',
  BAD_ALIAS: 'een verwijzing (*naam) naar een anker (&naam) dat niet bestaat',
};

function yamlErrorText(code: string, message: string): string {
  if (/end with a \]/.test(message)) return 'een lijst tussen [ en ] is niet afgesloten: er ontbreekt een ] vóór deze regel';
  if (/end with a \}/.test(message)) return 'een blok tussen { en } is niet afgesloten: er ontbreekt een } vóór deze regel';
  return YAML_ERRORS[code] ?? message.split('\n')[0]!;
}

/**
 * Characters that are never allowed in content text: control characters (other than a line
 * break), tabs, bidirectional overrides and invisible characters that make a name look like
 * another one. Normal spaces and line breaks are fine.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTER = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffc]/u;

const FORBIDDEN_NAMES: Record<string, string> = {
  '\u0000': 'een NUL-teken',
  '\t': 'een tab',
  '\u00ad': 'een zacht afbreekstreepje',
  '\u200b': 'een spatie zonder breedte',
  '\u200e': 'een richtingsteken (LRM)',
  '\u200f': 'een richtingsteken (RLM)',
  '\u202a': 'een richtingsteken (LRE)',
  '\u202b': 'een richtingsteken (RLE)',
  '\u202c': 'een richtingsteken (PDF)',
  '\u202d': 'een richtingsteken (LRO)',
  '\u202e': 'een richtingsteken (RLO, keert tekst om)',
  '\ufeff': 'een BOM-teken',
};

/** Dutch description of a forbidden character, with its code point. */
export function describeCharacter(char: string): string {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return `${FORBIDDEN_NAMES[char] ?? 'een onzichtbaar of stuurteken'} (${code})`;
}

/** The first character of `text` that is not allowed in content, if any. */
export function forbiddenCharacter(text: string): { index: number; char: string } | undefined {
  const match = FORBIDDEN_CHARACTER.exec(text);
  return match ? { index: match.index, char: match[0] } : undefined;
}

/** No forbidden character and no line over the limit: what `checkText` below would pass silently. */
function isCleanText(value: string): boolean {
  if (FORBIDDEN_CHARACTER.test(value)) return false;
  if (value.length <= LIMITS.lineCharacters) return true;
  return value.split('\n').every((line) => line.length <= LIMITS.lineCharacters);
}

const INDENTATION_CODES = new Set(['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR', 'UNEXPECTED_TOKEN', 'BAD_DIRECTIVE']);

/**
 * The line whose indentation is off, near a syntax error the parser reported (it often points at
 * the line before, where a key "continues"): a line that is indented deeper than the line above
 * although that line opens no block, or that goes back to a level no block above has. Only lines
 * within two of the reported line count; otherwise the parser's own position stands.
 */
export function indentationCulprit(text: string, reportedLine: number): (Position & { message: string }) | undefined {
  const lines = text.split('\n');
  const levels = [0];
  let opensBlock = false;
  let previousKey = '';
  let blockScalarIndent: number | undefined;
  for (let index = 0; index < Math.min(lines.length, reportedLine + 2); index++) {
    const raw = lines[index]!;
    const content = raw.replace(/\s+#.*$/, '').trimEnd();
    if (content.trim() === '' || content.trim().startsWith('#')) continue;
    const indent = raw.length - raw.trimStart().length;
    if (blockScalarIndent !== undefined) {
      if (indent > blockScalarIndent) continue;
      blockScalarIndent = undefined;
    }
    const body = content.trim();
    const key = /^(?:-\s+)?([^\s:#{[\]"'-][^:#{}]*?):(?:\s|$)/.exec(body)?.[1] ?? '';
    const near = index + 1 >= reportedLine - 2;
    if (indent > levels.at(-1)!) {
      if (!opensBlock && near) {
        return { line: index + 1, column: indent + 1, message: `verkeerde inspringing: deze regel${key ? ` ("${key}")` : ''} springt verder in dan${previousKey ? ` "${previousKey}"` : ' de regel'} erboven, maar die opent geen blok; zet velden van hetzelfde blok precies onder elkaar` };
      }
      levels.push(indent);
    } else if (indent < levels.at(-1)!) {
      while (levels.length > 1 && levels.at(-1)! > indent) levels.pop();
      if (levels.at(-1) !== indent && near) {
        return { line: index + 1, column: indent + 1, message: `verkeerde inspringing: deze regel${key ? ` ("${key}")` : ''} staat niet onder een veld van een blok erboven; laat hem even ver inspringen als de velden waar hij bij hoort` };
      }
    }
    // A list item opens a level for its content ("- key: value" continues two columns further).
    if (body.startsWith('- ')) levels.push(indent + 2 + (body.slice(2).length - body.slice(2).trimStart().length));
    opensBlock = /:$/.test(body) || /^-$/.test(body);
    if (/[:-]\s*[|>][+-]?\d*$/.test(body)) blockScalarIndent = indent;
    if (key) previousKey = key;
  }
  return undefined;
}

/** Line of `text` where `- ` indicators and open brackets nest deepest, for the message when the parser gives up. */
function deepestLine(text: string): Position {
  let best = { depth: -1, line: 1, column: 1 };
  text.split('\n').forEach((lineText, index) => {
    const indicators = /^[\s\-?:[{]*/.exec(lineText)![0];
    const depth = indicators.replace(/\s/g, '').length;
    if (depth > best.depth) best = { depth, line: index + 1, column: indicators.length + 1 };
  });
  return { line: best.line, column: best.column };
}

/**
 * Parses one YAML file. Never throws: syntax errors, alias explosions, excessive nesting and
 * forbidden characters come back as located problems (only the first syntax error: later ones
 * are usually consequences of it).
 */
export function parseYamlFile(text: string): YamlResult {
  const fast = fastParse(text, isCleanText);
  if (fast.ok) return { ok: true, parsed: lazilyParsed(text), data: fast.data, valueProblems: [] };
  return parseYamlFileFully(text);
}

/**
 * The syntax tree of a file the fast path read, built only when a later check has a problem to
 * locate in it (most files never need it).
 */
function lazilyParsed(text: string): ParsedYaml {
  let full: ParsedYaml | undefined;
  const tree = (): ParsedYaml => {
    if (full) return full;
    const lineCounter = new LineCounter();
    full = { doc: parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true }), lineCounter };
    return full;
  };
  return {
    get doc() {
      return tree().doc;
    },
    get lineCounter() {
      return tree().lineCounter;
    },
  };
}

/** `parseYamlFile` with `yaml` 2 only: the reference the fast path must agree with. */
export function parseYamlFileFully(text: string): YamlResult {
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    // `uniqueKeys` (default) makes a duplicated key an error; keep it that way.
    doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    const tooDeep = error instanceof RangeError;
    return {
      ok: false,
      problems: [{
        ...(tooDeep ? deepestLine(text) : { line: 1, column: 1 }),
        path: [],
        message: tooDeep
          ? `ongeldige YAML: lijsten of blokken zijn te diep genest (hoogstens ${LIMITS.depth} niveaus)`
          : `ongeldige YAML: ${(error as Error).message.split('\n')[0]}`,
      }],
    };
  }
  const parsed = { doc, lineCounter };
  const position = (offset: number | undefined): Position => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { line, column: col };
  };

  const [syntaxError] = doc.errors;
  if (syntaxError) {
    const [start] = syntaxError.linePos ?? [{ line: 1, col: 1 }];
    const culprit = INDENTATION_CODES.has(syntaxError.code) ? indentationCulprit(text, start!.line) : undefined;
    if (culprit) return { ok: false, parsed, problems: [{ ...culprit, path: [], message: `ongeldige YAML: ${culprit.message}` }] };
    const tooDeep = /call stack/i.test(syntaxError.message);
    const message = tooDeep ? `lijsten of blokken zijn te diep genest (hoogstens ${LIMITS.depth} niveaus)` : yamlErrorText(syntaxError.code, syntaxError.message);
    return { ok: false, parsed, problems: [{ line: start!.line, column: start!.col, path: [], message: `ongeldige YAML: ${message}` }] };
  }

  // Walk the syntax tree once: depth, aliases and every text value, with positions.
  const problems: YamlProblem[] = [];
  const valueProblems: YamlProblem[] = [];
  let aliases = 0;
  let firstAliasOverLimit: Position | undefined;
  const visit = (node: unknown, path: (string | number)[], depth: number) => {
    if (depth > LIMITS.depth) {
      problems.push({ ...position((node as Node).range?.[0]), path, message: `ongeldige YAML: te diep genest: hoogstens ${LIMITS.depth} niveaus van lijsten en blokken` });
      return false;
    }
    if (isAlias(node)) {
      aliases += 1;
      if (aliases > LIMITS.aliases && !firstAliasOverLimit) firstAliasOverLimit = position(node.range?.[0]);
      return true;
    }
    if (isScalar(node)) {
      if (typeof node.value === 'string') checkText(node.value, node.range?.[0], path);
      return true;
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '?';
        if (isScalar(pair.key) && typeof pair.key.value === 'string') checkText(pair.key.value, pair.key.range?.[0], [...path, key]);
        if (!visit(pair.value, [...path, key], depth + 1)) return false;
      }
      return true;
    }
    if (isSeq(node)) {
      for (const [index, item] of node.items.entries()) if (!visit(item, [...path, index], depth + 1)) return false;
      return true;
    }
    if (isPair(node)) return visit(node.value, path, depth + 1);
    return true;
  };
  const checkText = (value: string, offset: number | undefined, path: (string | number)[]) => {
    const forbidden = forbiddenCharacter(value);
    if (forbidden) {
      valueProblems.push({ ...position(offset), path, message: `bevat ${describeCharacter(forbidden.char)} op teken ${forbidden.index + 1}; alleen gewone spaties en regeleinden zijn toegestaan` });
    }
    const longest = value.split('\n').reduce((max, line) => Math.max(max, line.length), 0);
    if (longest > LIMITS.lineCharacters) {
      valueProblems.push({ ...position(offset), path, message: `tekst is te lang: ${longest.toLocaleString('nl-NL')} tekens op één regel; hoogstens ${LIMITS.lineCharacters.toLocaleString('nl-NL')}` });
    }
  };
  visit(doc.contents, [], 0);
  if (firstAliasOverLimit) {
    problems.push({ ...firstAliasOverLimit, path: [], message: `ongeldige YAML: te veel verwijzingen (*naam) naar ankers: hoogstens ${LIMITS.aliases} per bestand` });
  }
  if (problems.length > 0) return { ok: false, parsed, problems };

  try {
    return { ok: true, parsed, data: doc.toJS({ maxAliasCount: LIMITS.aliases }), valueProblems };
  } catch (error) {
    // An alias explosion ("billion laughs"): few aliases in the text, very many once expanded.
    const explosion = error instanceof ReferenceError || /alias/i.test((error as Error).message);
    return {
      ok: false,
      parsed,
      problems: [{
        line: 1,
        column: 1,
        path: [],
        message: explosion
          ? `ongeldige YAML: verwijzingen (*naam) naar ankers (&naam) zouden de inhoud te groot maken; hoogstens ${LIMITS.aliases} uitgeklapte verwijzingen per bestand`
          : `ongeldige YAML: ${(error as Error).message.split('\n')[0]}`,
      }],
    };
  }
}

/**
 * Position of the deepest existing node along `path`: the key of a map entry (where editors
 * look for a field), the item of a list, or the closest parent when the field is missing.
 */
export function locate({ doc, lineCounter }: ParsedYaml, path: readonly PropertyKey[]): Position {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      node = node.items[segment];
      offset = (node as Node).range?.[0] ?? offset;
    } else {
      break;
    }
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** Whether the node at `path` sits inside a flow collection (`[…]` or `{…}`) on one line. */
export function inFlowCollection({ doc }: ParsedYaml, path: readonly PropertyKey[]): boolean {
  let node: unknown = doc.contents;
  for (const segment of path) {
    if ((isMap(node) || isSeq(node)) && node.flow) return true;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return false;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else {
      return false;
    }
  }
  return (isMap(node) || isSeq(node)) && !!node.flow;
}
