/**
 * Small text helpers for the plain-text extract of the "Regioprofielen" (June 2013).
 *
 * The extract comes from a PDF: sentences wrap over lines, a word broken at a hyphen ends a
 * line ("VB-" + "groep"), table cells spread over several lines and blank lines appear where
 * the PDF had cell borders. These helpers re-join such lines without changing any word.
 */

/** One line of the source, with its 1-based line number in the extract. */
export interface SourceLine {
  n: number;
  text: string;
}

/** Split the extract into numbered lines (1-based, like `sed -n` and editors). */
export function toLines(source: string): SourceLine[] {
  return source.replace(/\r\n?/g, '\n').split('\n').map((text, i) => ({ n: i + 1, text }));
}

/** A page footer, e.g. `20-06-2013 Regio Groningen 5`. */
export const FOOTER = /^\s*(\d{2}-\d{2}-\d{4}) (Regio|Profiel|Subregio) (.+?) (\d{1,3})\s*$/;

export interface Footer {
  /** Line number of the footer in the extract. */
  line: number;
  /** Printed page number. */
  page: number;
  /** Region named in the footer, e.g. "Groningen". */
  region: string;
}

export function parseFooter(line: SourceLine): Footer | undefined {
  const match = FOOTER.exec(line.text);
  return match ? { line: line.n, page: Number(match[4]), region: match[3]!.trim() } : undefined;
}

/** An e-mail address anywhere in a text. */
export const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)*/;

/**
 * Collapse runs of white space to one space and trim. Words are not touched; the one character
 * the extract garbles, a bullet that became U+FFFD (the replacement character), is restored.
 */
export function squeeze(text: string): string {
  return text.replace(/\uFFFD/g, '•').replace(/\s+/g, ' ').trim();
}

/**
 * Re-join lines that the PDF wrapped, into one line of text.
 *
 * - Blank lines are dropped (in this extract they are cell borders as often as paragraphs).
 * - A line that ends in a letter or digit followed directly by a hyphen, with no white space
 *   after it, was broken inside a hyphenated word ("VB-" + "groep (niet eerstelijns)",
 *   "Pijnacker-" + "Nootdorp"): the next line follows without a space, the hyphen stays.
 *   When white space follows the hyphen ("MBO- " + "en HBO-instellingen") the hyphen ends a
 *   word of its own and a space is kept.
 * - Every other line break becomes one space; runs of white space become one space.
 */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  let glue = false;
  for (const raw of lines) {
    const piece = squeeze(raw);
    if (!piece) continue;
    out += (out === '' || glue ? '' : ' ') + piece;
    glue = /[\p{L}\p{N}]-$/u.test(raw);
  }
  return out;
}

// Slugs are made the same way everywhere in the project.
export { slugify, stripAccents } from '../../../schemas/slug.ts';
