/**
 * Safe MDX: content arrives through pull requests, and MDX is a programming language — an
 * `import`, an `export` or a `{…}` expression runs at build time with the builder's rights, and a
 * `<script>` or `onclick` runs in every reader's browser. This check allows the text of a
 * document to be Markdown plus a short list of components and harmless HTML elements, nothing
 * else.
 *
 * It parses with `satteri`, the MDX parser that Astro 7's `@astrojs/mdx` itself uses, so what is
 * checked here is exactly what the build would compile. Pure: takes a file's text, returns
 * problems with line, column and a Dutch message; the caller adds the file name.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';

export interface MdxProblem {
  line: number;
  column: number;
  message: string;
}

/**
 * Raw HTML elements an editor may write in MDX, besides what Markdown itself produces.
 * Each only marks up text: no URL, no script, no embedded content, no layout.
 * - `abbr` (with `title`): abbreviations are everywhere in youth-care documents (GI, JGZ, BORN),
 *   and `<abbr title>` is how a screen reader or a hover can expand them;
 * - `br`: a forced line break inside a quotation or an address line, which Markdown cannot
 *   express inside a table cell;
 * - `sub`, `sup`: footnote marks and units copied from source documents.
 */
export const SAFE_HTML_ELEMENTS = ['abbr', 'br', 'sub', 'sup'] as const;

/** Attributes allowed on the safe HTML elements: text-level metadata only (no `style`, `class`, URLs). */
export const SAFE_HTML_ATTRIBUTES = ['title', 'lang', 'translate', 'dir'] as const;

/** Elements that embed active or foreign content; named explicitly in the message. */
const BLOCKED_ELEMENTS: Record<string, string> = {
  script: 'voert JavaScript uit in de browser van elke lezer',
  style: 'verandert de opmaak van de hele pagina en wordt door het beveiligingsbeleid (CSP) geblokkeerd',
  iframe: 'laadt een andere website binnen de pagina',
  object: 'laadt externe inhoud of plug-ins',
  embed: 'laadt externe inhoud of plug-ins',
};

interface Point {
  line: number;
  column: number;
  offset?: number;
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: Point; end: Point };
}

interface Attribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
}

/** The scheme of a URL as a browser reads it (after character references, whitespace and control characters), or undefined. */
function schemeOf(url: string): string | undefined {
  const decoded = url
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&(tab|newline|colon);/gi, (_, name: string) => (name.toLowerCase() === 'colon' ? ':' : ''));
  // Browsers strip ASCII whitespace and control characters before reading the scheme.
  // eslint-disable-next-line no-control-regex
  const cleaned = decoded.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
}

/** `javascript:` (or `vbscript:`) in any disguise a browser would still run: case, whitespace, control characters, character references. */
export function isScriptUrl(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === 'javascript' || scheme === 'vbscript';
}

/**
 * Why an address may not be used in a document's text, or undefined when it may. Allowed:
 * `https:` addresses and paths within the site (`/regio/alkmaar/`, `#kop`). Refused: code
 * (`javascript:`, `vbscript:`), embedded content (`data:`), unencrypted `http:` and any other scheme.
 */
export function urlProblem(url: string): string | undefined {
  const scheme = schemeOf(url);
  if (scheme === undefined || scheme === 'https') return undefined;
  if (scheme === 'javascript' || scheme === 'vbscript') return `een ${scheme}:-adres voert code uit`;
  if (scheme === 'data') return 'een data:-adres kan code of een nagemaakte pagina bevatten';
  if (scheme === 'http') return 'een onversleuteld http:-adres; gebruik https:';
  return `een ${scheme}:-adres`;
}

const URL_RULE = 'alleen https:-adressen en paden binnen de site zijn toegestaan';

function list(names: readonly string[]): string {
  return names.length > 0 ? names.join(', ') : '(geen)';
}

/** Line and column (1-based) of a string offset in `text`. */
function pointAt(text: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1, offset };
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The parser gives positions of elements, not of their attributes; find the attribute in the
 * element's opening tag so the editor is pointed at the exact spot.
 */
function attributePosition(text: string, element: Node, attribute: Attribute): Point {
  const start = element.position?.start;
  if (!start || start.offset === undefined) return start ?? { line: 1, column: 1 };
  const end = element.position?.end.offset ?? text.length;
  const pattern = attribute.type === 'mdxJsxExpressionAttribute'
    ? /\{\s*\.\.\./g
    : new RegExp(`(?<=[\\s{])${escapeRegExp(attribute.name ?? '')}(?=[\\s=/>]|$)`, 'g');
  // Skip the tag name itself.
  pattern.lastIndex = start.offset + 1 + (element.name?.length ?? 0);
  const match = pattern.exec(text);
  return match && match.index < end ? pointAt(text, match.index) : start;
}

function parseErrorProblem(error: unknown): MdxProblem {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+): (.*?)(?: \([\w-]+:[\w-]+\))?$/s.exec(message);
  const line = match ? Number(match[1]) : 1;
  const column = match ? Number(match[2]) : 1;
  let detail = match ? match[3]! : message;
  let hint = 'een losse < of { in gewone tekst schrijf je als \\< of \\{';
  if (/comment in MDX/.test(detail)) {
    // The parser suggests {/* */} instead, which is an expression and not allowed either.
    detail = detail.replace(/\s*\(note: to create a comment[^)]*\)/, '');
    hint = 'HTML-commentaar (<!-- -->) kan niet in MDX; laat het weg';
  }
  else if (/closing tag/.test(detail)) hint = 'een element of component is geopend maar niet gesloten';
  return { line, column, message: `de tekst is geen geldige MDX: ${detail}; ${hint}` };
}

/**
 * Check the text of an MDX (or Markdown) file. `allowedComponents` are the component names an
 * editor may use, e.g. `ALLOWED_MDX_COMPONENTS` from `schemas/validator/mdx-components.ts`.
 * A `.md` file is read as plain Markdown, where raw HTML is checked the same way.
 */
export function checkMdxSafety(path: string, text: string, allowedComponents: readonly string[]): MdxProblem[] {
  const problems: MdxProblem[] = [];
  const report = (point: Point | undefined, message: string) =>
    problems.push({ line: point?.line ?? 1, column: point?.column ?? 1, message });
  const markdown = path.endsWith('.md');

  let tree: Node;
  try {
    tree = (markdown ? markdownToMdast(text) : mdxToMdast(text)) as unknown as Node;
  } catch (error) {
    return [parseErrorProblem(error)];
  }

  const allowedElementsText = `${list(SAFE_HTML_ELEMENTS)} en Markdown`;

  const checkElementName = (name: string | null | undefined, at: Point | undefined): boolean => {
    if (!name) {
      report(at, 'een fragment (<>…</>) is niet toegestaan; schrijf de tekst zonder');
      return false;
    }
    const lower = name.toLowerCase();
    if (lower in BLOCKED_ELEMENTS) {
      report(at, `<${name}> is niet toegestaan: het ${BLOCKED_ELEMENTS[lower]}`);
      return false;
    }
    const isComponent = /^[A-Z]/.test(name) || /[.:]/.test(name);
    if (isComponent) {
      if (allowedComponents.includes(name)) return true;
      report(at, `onbekend component <${name}>; toegestaan zijn: ${list(allowedComponents)}`);
      return false;
    }
    if ((SAFE_HTML_ELEMENTS as readonly string[]).includes(name)) return true;
    report(at, `HTML-element <${name}> is niet toegestaan; gebruik Markdown of een component. Toegestaan zijn: ${allowedElementsText}; componenten: ${list(allowedComponents)}`);
    return false;
  };

  const checkAttributeValue = (element: string, name: string, value: string, at: Point) => {
    const isAddress = ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'cite', 'background'].includes(name.toLowerCase());
    const problem = urlProblem(value);
    const scheme = schemeOf(value);
    if (problem && (isAddress || scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data')) {
      report(at, `"${name}" op <${element}> bevat een niet toegestaan adres (${problem}); ${URL_RULE}`);
    }
  };

  const visitJsx = (node: Node) => {
    const at = node.position?.start;
    const isHtml = !!node.name && !/^[A-Z]/.test(node.name) && !/[.:]/.test(node.name);
    const nameOk = checkElementName(node.name, at);
    for (const attribute of node.attributes ?? []) {
      const where = attributePosition(text, node, attribute);
      const element = node.name ?? '';
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        report(where, `JavaScript-expressie in <${element}> is niet toegestaan: {${String(attribute.value)}}`);
        continue;
      }
      const name = attribute.name ?? '';
      if (/^on/i.test(name)) {
        report(where, `attribuut "${name}" op <${element}> is niet toegestaan: een event-handler (on…) voert JavaScript uit`);
        continue;
      }
      if (typeof attribute.value === 'object' && attribute.value !== null) {
        report(where, `JavaScript-expressie in attribuut "${name}" op <${element}> is niet toegestaan; schrijf de waarde als tekst tussen aanhalingstekens: ${name}="…"`);
        continue;
      }
      if (name.toLowerCase() === 'style') {
        report(where, `attribuut "style" op <${element}> is niet toegestaan: de opmaak komt uit de stylesheet, en het beveiligingsbeleid (CSP) blokkeert losse stijlen`);
        continue;
      }
      if (typeof attribute.value === 'string') checkAttributeValue(element, name, attribute.value, where);
      if (isHtml && nameOk && !(SAFE_HTML_ATTRIBUTES as readonly string[]).includes(name)) {
        report(where, `attribuut "${name}" op <${element}> is niet toegestaan; toegestaan zijn: ${list(SAFE_HTML_ATTRIBUTES)}`);
      }
    }
  };

  /** Raw HTML in a plain Markdown file: the same rules, read from the tag text. */
  const visitHtml = (node: Node) => {
    const start = node.position?.start;
    const value = String(node.value ?? '');
    if (start?.offset === undefined) return;
    if (/^<!--/.test(value)) return;
    for (const tag of value.matchAll(/<([A-Za-z][\w.:-]*)([^>]*)>/g)) {
      const at = pointAt(text, start.offset + tag.index);
      const name = tag[1]!;
      const isHtml = !/^[A-Z]/.test(name);
      const nameOk = checkElementName(name, at);
      for (const attribute of tag[2]!.matchAll(/([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
        const where = pointAt(text, start.offset + tag.index + 1 + name.length + attribute.index);
        const attributeName = attribute[1]!;
        const attributeValue = attribute[2]?.replace(/^["']|["']$/g, '') ?? '';
        if (/^on/i.test(attributeName)) report(where, `attribuut "${attributeName}" op <${name}> is niet toegestaan: een event-handler (on…) voert JavaScript uit`);
        else if (attributeName.toLowerCase() === 'style') report(where, `attribuut "style" op <${name}> is niet toegestaan: de opmaak komt uit de stylesheet, en het beveiligingsbeleid (CSP) blokkeert losse stijlen`);
        else {
          checkAttributeValue(name, attributeName, attributeValue, where);
          if (isHtml && nameOk && !(SAFE_HTML_ATTRIBUTES as readonly string[]).includes(attributeName)) {
            report(where, `attribuut "${attributeName}" op <${name}> is niet toegestaan; toegestaan zijn: ${list(SAFE_HTML_ATTRIBUTES)}`);
          }
        }
      }
    }
  };

  const visit = (node: Node) => {
    const at = node.position?.start;
    switch (node.type) {
      case 'mdxjsEsm': {
        // One node may hold several statements; report each import/export line.
        const lines = String(node.value ?? '').split('\n');
        lines.forEach((content, index) => {
          const keyword = /^\s*(import|export)\b/.exec(content)?.[1];
          if (!keyword) return;
          const point = { line: (at?.line ?? 1) + index, column: (index === 0 ? at?.column ?? 1 : 1) + content.search(/\S/) };
          report(point, keyword === 'import'
            ? `"import" is niet toegestaan: een document mag geen code laden; de toegestane componenten (${list(allowedComponents)}) zijn zonder import beschikbaar`
            : '"export" is niet toegestaan: een document mag geen code bevatten; zet gegevens in het YAML-bestand van het document');
        });
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const value = String(node.value ?? '');
        const isComment = /^\s*\/\*[\s\S]*\*\/\s*$/.test(value);
        report(at, isComment
          ? 'commentaar {/* … */} is niet toegestaan: het is een JavaScript-expressie; laat het weg'
          : `JavaScript-expressie {${value.length > 40 ? `${value.slice(0, 40)}…` : value}} is niet toegestaan; een letterlijke accolade schrijf je als \\{`);
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        visitJsx(node);
        break;
      case 'html':
        visitHtml(node);
        return;
      case 'link':
      case 'image':
      case 'definition':
        if (node.url && urlProblem(node.url)) report(at, `${node.type === 'image' ? 'een afbeelding van' : 'een link naar'} "${node.url}" is niet toegestaan: ${urlProblem(node.url)}; ${URL_RULE}`);
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);

  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return problems;
}
