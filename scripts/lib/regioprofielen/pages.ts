/**
 * Page numbers for the 2013 profiles, only where the extract lets us know them for certain.
 *
 * The extract kept 7 page footers ("20-06-2013 Regio IJsselland 17"). What they show:
 * - A footer stands BEFORE the text of its own page. "20-06-2013 Regio IJsselland 17" follows
 *   the last answer of Twente and precedes the heading "5 Regio IJsselland"; the footer names
 *   the region of its own page, so page 17 is IJsselland's first page and Twente ended on
 *   page 16. The other six footers fit this reading too (each is followed by the text of the
 *   region it names). So: text right after footer N is on page N.
 * - How far page N runs is unknown (most footers were lost). A page holds well over
 *   `PAGE_WINDOW` lines of the extract (the extract counts both table columns and blank
 *   cell borders, so it has at least as many lines as the printed page), and a page ends early
 *   only at a forced break: a region heading or "Onderdeel 2". So a text that starts within
 *   `PAGE_WINDOW` lines after footer N, with no forced break in between, starts on page N.
 * - Backwards: the text right before footer N ends page N-1. Page N-1 is known to be full only
 *   when page N does not start with a forced break (the footer of Holland Rijnland 90 falls in
 *   the middle of a sentence). Only then does a text that starts within `PAGE_WINDOW` lines
 *   before the footer, with no forced break in between, start on page N-1.
 * Everything else gets no page.
 */

export const PAGE_WINDOW = 25;

export interface PageFooter {
  /** Line of the footer. */
  line: number;
  /** Printed page number. */
  page: number;
  /** First line with text after the footer. */
  next: number;
}

export interface PageEvidence {
  footers: readonly PageFooter[];
  /** Lines of forced page breaks: region headings and "Onderdeel" headings. */
  breaks: readonly number[];
}

/** Page on which a text starting at `line` starts, or undefined when not certain. */
export function pageOf(line: number, { footers, breaks }: PageEvidence): number | undefined {
  for (const footer of footers) {
    if (line > footer.line && line - footer.line <= PAGE_WINDOW) {
      const blocked = breaks.some((b) => b > footer.line && b < line && b !== footer.next);
      if (!blocked) return footer.page;
    }
    if (line < footer.line && footer.line - line <= PAGE_WINDOW && !breaks.includes(footer.next)) {
      const blocked = breaks.some((b) => b > line && b < footer.line);
      if (!blocked && footer.page > 1) return footer.page - 1;
    }
  }
  return undefined;
}
