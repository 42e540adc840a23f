/** The kinds of page search can filter on (pagefind filter "soort"), as i18n keys. */
export const SEARCH_KINDS = ['search.kind.region', 'search.kind.municipality', 'search.kind.task', 'search.kind.document', 'search.kind.actionLine', 'search.kind.collaboration'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
