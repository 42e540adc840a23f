/**
 * The browser title: "<page> | <site>", or the page alone when that would pass 70 characters
 * (long titles are cut off in tabs and search results; html-validate's `long-title`).
 */
export const MAX_TITLE_LENGTH = 70;

export function documentTitle(page: string, site: string): string {
  if (page === site) return site;
  const full = `${page} | ${site}`;
  return full.length <= MAX_TITLE_LENGTH ? full : page;
}
