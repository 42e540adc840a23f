/**
 * Pagefind joins the text of a description list's terms and values, and of a table caption
 * and the first header cell, without a space ("ProvincieNoord-Holland", "(2013)Regio"); table
 * cells it already keeps apart. A space after `</dt>`, `</dd>` and `</caption>` changes nothing
 * on screen and gives the index and the excerpts separate words. Table rows are left exactly as
 * they are (tests read them). Components write that space themselves (`</dd>{' '}`: Astro 7's
 * default `compressHTML: 'jsx'` drops the line break after `</dd>` in the source, an explicit
 * `{' '}` stays), and `data-pagefind-ignore` next to `aria-hidden="true"`; these functions are
 * only for the list pages of `needsIndexPreparation`.
 */
export function spaceBetweenCells(html: string): string {
  return html.replace(/(<\/(?:dt|dd|caption)>)(?=<)/g, '$1 ');
}

/**
 * What the index leaves out without any page having to say so: anything hidden from assistive
 * technology (`aria-hidden="true"`: the level letters of matrix cells and tiles, whose words are
 * there as visually hidden text) and legends (class `rd-legend…`), repeated on many pages.
 */
export function ignoreChrome(html: string): string {
  return html
    .replace(/<([a-z][a-z0-9]*)(\s[^>]*?)?\saria-hidden="true"/g, (match) => `${match} data-pagefind-ignore`)
    .replace(/<([a-z][a-z0-9]*)(\s[^>]*?)?\sclass="(?:[^"]*\s)?rd-legend(?:\s[^"]*)?"/g, (match) => `${match} data-pagefind-ignore`);
}

/** The page content as the layout renders it: both of the above. */
export const prepareForIndex = (html: string): string => ignoreChrome(spaceBetweenCells(html));

/**
 * The list pages whose markup does not yet carry the spaces and `data-pagefind-ignore` itself
 * (home tile map, /regio/ and /document/ tables, /taak/*, /vergelijk/*: being split in issue 13;
 * add `{' '}` after `</dt>`, `</dd>`, `</caption>` and `data-pagefind-ignore` after
 * `aria-hidden="true"` and on `.rd-legend` there, then drop them from this list). Every other
 * page renders its content without a second pass over the HTML.
 */
export function needsIndexPreparation(sitePath: string): boolean {
  return sitePath === '/' || sitePath === '/regio/' || sitePath === '/document/' || sitePath.startsWith('/taak/') || sitePath.startsWith('/vergelijk/');
}
