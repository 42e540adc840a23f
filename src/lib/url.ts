/**
 * Internal links with the deployment base path applied (the site may live under a sub-path,
 * e.g. GitHub Pages). Every internal href in the site goes through `withBase`.
 */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  if (!path.startsWith('/')) throw new Error(`withBase: internal paths start with "/": ${path}`);
  return `${prefix}${path}`;
}

/** An internal href of this build: the path with the deployment base path (BASE_PATH) applied. */
export const href = (path: string): string => withBase(import.meta.env.BASE_URL, path);

/** Dutch URL segments of the page types (DESIGN.md, information architecture). */
export const paths = {
  home: () => '/',
  region: (slug: string) => `/regio/${slug}/`,
  regions: () => '/regio/',
  documents: () => '/document/',
  municipality: (slug: string) => `/gemeente/${slug}/`,
  municipalities: () => '/gemeente/',
  task: (slug: string) => `/taak/${slug}/`,
  tasks: () => '/taak/',
  actionLine: (slug: string) => `/actielijn/${slug}/`,
  collaboration: (slug: string) => `/samenwerking/${slug}/`,
  document: (slug: string) => `/document/${slug}/`,
  compare: () => '/vergelijk/',
  compareTasks: () => '/vergelijk/taken/',
  compareGovernance: () => '/vergelijk/bestuur/',
  compareRegions: (slugs: readonly string[] = []) => (slugs.length > 0 ? `/vergelijk/regios/?regio=${slugs.join(',')}` : '/vergelijk/regios/'),
  compareRegionData: (slug: string) => `/vergelijk/regios/${slug}.json`,
  search: () => '/zoeken/',
  data: () => '/data/',
  regionData: (slug: string, format: 'csv' | 'json') => `/data/regio/${slug}.${format}`,
  about: () => '/over/',
  accessibility: () => '/over/toegankelijkheid/',
  accessibilityEvaluation: () => '/over/toegankelijkheid/evaluatie/',
  glossary: () => '/over/begrippen/',
  actionLines: () => '/actielijn/',
  collaborations: () => '/samenwerking/',
} as const;
