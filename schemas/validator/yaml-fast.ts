/**
 * The fast path of `./yaml.ts`: js-yaml (about ten times faster than `yaml` 2, no syntax tree)
 * for the plain, clean files that make up nearly all content. It only ever *accepts*: a file it
 * cannot prove `yaml` 2 reads to the very same data without any problem is handed back, and
 * `yaml` 2 decides and reports. `yaml-fast.test.ts` checks the agreement on every content file
 * and on thousands of mutations of them.
 *
 * What it hands back, and why:
 * - anything js-yaml rejects (syntax errors, duplicate keys, several documents, unknown aliases);
 * - tags (`!`), directives (`%`), document markers and merge keys (`<<`): the parsers differ
 *   there (checked with text patterns that may also catch a harmless `!` in a text; that file
 *   just takes the slower path);
 * - more than ten alias uses (`*name`): `yaml.ts` caps them;
 * - any text (value or key) with a forbidden character or an overlong line, nesting deeper than
 *   `LIMITS.depth`: `yaml.ts` reports those with their position;
 * - keys that are empty or look like a null, boolean or number (`yaml` 2 and js-yaml turn such
 *   keys into different strings), and keys over 1,000 characters (`yaml` 2 refuses them).
 *
 * Plain scalars resolve exactly as in `yaml` 2's core schema (YAML 1.2): the same patterns and
 * conversions, copied from `yaml/dist/schema/core`, so `2021-06-01` stays text here too.
 */
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { LIMITS } from './limits.ts';

const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

const CORE_1_2 = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (text: string) => NULL.test(text), construct: () => null }),
    new Type('tag:yaml.org,2002:bool', { kind: 'scalar', resolve: (text: string) => BOOL.test(text), construct: (text: string) => text[0] === 't' || text[0] === 'T' }),
    new Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (text: string) => INT_OCT.test(text) || INT.test(text) || INT_HEX.test(text),
      construct: (text: string) => (INT_OCT.test(text) ? parseInt(text.substring(2), 8) : INT_HEX.test(text) ? parseInt(text.substring(2), 16) : parseInt(text, 10)),
    }),
    new Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (text: string) => FLOAT_NAN.test(text) || FLOAT_EXP.test(text) || FLOAT.test(text),
      construct: (text: string) => {
        if (!FLOAT_NAN.test(text)) return parseFloat(text);
        if (text.slice(-3).toLowerCase() === 'nan') return NaN;
        return text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
      },
    }),
  ],
});

/** Constructs the parsers treat differently, or that `yaml.ts` must see to enforce its limits. */
const HAND_BACK = new RegExp([
  /(?:^|[\s[{,:])!/.source, // a tag
  /^%|^(?:---|\.\.\.)(?:\s|$)/.source, // a directive or a document marker
  /<<|__proto__|\ufeff/.source, // a merge key, a key JavaScript treats specially, a byte order mark
  /^\s*(?:- +)*\?(?:\s|$)|[\]}]\s*:(?:\s|$)/.source, // a complex key (`? key`, `[a, b]: x`)
  /[|>](?:[1-9][+-]?|[+-][1-9])\s*(?:#.*)?$/.source, // a block scalar with an explicit indentation
  /[\]}"']#/.source, // a comment right after a closing bracket or quote (`yaml` 2 wants a space)
].join('|'), 'm');

/**
 * Alias uses (`*name`, counted from the text, so also a `*word` inside a quoted text: never too
 * few). `yaml.ts` refuses more than `LIMITS.aliases` uses, also once nested anchors multiply
 * them; with at most ten uses in a file no product of use counts can exceed that.
 */
const ALIAS = /(?:^|[\s[{,:])\*[^\s,[\]{}]/gm;
const MAX_FAST_ALIASES = 10;

/** A key js-yaml and `yaml` 2 might spell differently: empty, or resolving to a null, boolean or number. */
const AMBIGUOUS_KEY = /^(?:|~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+.0-9].*)$/;
const MAX_KEY_LENGTH = 1000;

/** Whether the first character of the node at `position` (after spaces) opens a flow collection. */
function isFlowStart(text: string, position: number): boolean {
  let at = position;
  while (text[at] === ' ' || text[at] === '\n' || text[at] === '\r') at++;
  return text[at] === '[' || text[at] === '{';
}

/**
 * Whether every line a node continues on (between `start` and `end`) is indented further than the
 * block it sits in on its first line: the key before it, or the "- " of the list item it is. At
 * least as strict as `yaml` 2.
 */
function continuationIndented(text: string, start: number, end: number): boolean {
  let newline = text.indexOf('\n', start);
  if (newline === -1 || newline >= end - 1) return true;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let column = 0;
  let dash = -1;
  for (;;) {
    if (text[lineStart + column] === ' ') column++;
    else if (text[lineStart + column] === '-' && text[lineStart + column + 1] === ' ') (dash = column), column++;
    else break;
  }
  let content = start;
  while (text[content] === ' ') content++;
  // A list item itself (`- "text` or `- >-`): its block is the list, at the dash.
  const block = content === lineStart + column && dash >= 0 ? dash : column;
  while (newline !== -1 && newline < end) {
    let indent = 0;
    while (text[newline + 1 + indent] === ' ') indent++;
    const next = text[newline + 1 + indent];
    const blank = next === '\n' || next === '\r' || next === undefined;
    if (!blank && newline + 1 + indent < end && indent <= block) return false;
    newline = text.indexOf('\n', newline + 1);
  }
  return true;
}

export type FastResult = { ok: true; data: unknown } | { ok: false };

const HANDED_BACK: FastResult = { ok: false };

/**
 * Reads `text` when that is certain to give what `yaml` 2 gives; `isClean` is the text rule of
 * `yaml.ts` (no forbidden character, no overlong line) applied to every text and key.
 */
export function fastParse(text: string, isClean: (value: string) => boolean): FastResult {
  if (HAND_BACK.test(text)) return HANDED_BACK;
  if (text.includes('*') && (text.match(ALIAS)?.length ?? 0) > MAX_FAST_ALIASES) return HANDED_BACK;
  let data: unknown;
  let indented = true;
  const starts: number[] = [];
  try {
    data = load(text, {
      schema: CORE_1_2,
      // js-yaml lets the continuation lines of a quoted text or flow list sit as far left as it
      // likes; `yaml` 2 wants them to the right of the block they belong to. Check every node that
      // spans lines.
      listener(event, state) {
        if (event === 'open') {
          starts.push(state.position);
          return;
        }
        const start = starts.pop()!;
        if (indented && (state.kind === 'scalar' || isFlowStart(text, start))) indented = continuationIndented(text, start, state.position);
      },
    });
  } catch {
    return HANDED_BACK;
  }
  if (!indented) return HANDED_BACK;
  const acceptable = (value: unknown, depth: number): boolean => {
    if (typeof value === 'string') return isClean(value);
    if (value === null || typeof value !== 'object') return true;
    if (depth >= LIMITS.depth) return false;
    if (Array.isArray(value)) {
      for (const item of value) if (!acceptable(item, depth + 1)) return false;
      return true;
    }
    for (const key of Object.keys(value)) {
      if (key.length > MAX_KEY_LENGTH || AMBIGUOUS_KEY.test(key) || !isClean(key)) return false;
      if (!acceptable((value as Record<string, unknown>)[key], depth + 1)) return false;
    }
    return true;
  };
  if (!acceptable(data, 0)) return HANDED_BACK;
  return { ok: true, data: data === undefined ? null : data };
}
