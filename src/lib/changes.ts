/**
 * "Wijzigingen": what changed in the content, per commit, in words and with a link to the page,
 * from ONE `git log` pass over `content/` (see `src/data/changes-fs.ts`). Pure: parses the log
 * and maps content files to the pages that show them; the page and the Atom feed render it.
 */
import { paths } from './url.ts';

/** Output of `git log --no-merges --no-renames --format=%x1e%H%x1f%cI --name-status -- content`. */
export const GIT_LOG_ARGS = ['log', '--no-merges', '--no-renames', '--format=%x1e%H%x1f%cI', '--name-status', '--', 'content'] as const;

export type FileStatus = 'toegevoegd' | 'gewijzigd' | 'verwijderd';

export interface Commit {
  hash: string;
  /** ISO 8601 with time zone, as git gives it (`%cI`). */
  date: string;
  files: { status: FileStatus; path: string }[];
}

const STATUS: Record<string, FileStatus> = { A: 'toegevoegd', M: 'gewijzigd', D: 'verwijderd', T: 'gewijzigd' };

export function parseGitLog(log: string): Commit[] {
  return log
    .split('\x1e')
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => {
      const [header, ...lines] = chunk.split('\n');
      const [hash, date] = header!.split('\x1f');
      const files = lines
        .map((line) => line.split('\t'))
        .filter((parts) => parts.length === 2 && STATUS[parts[0]!.charAt(0)])
        .map(([status, path]) => ({ status: STATUS[status!.charAt(0)]!, path: path! }));
      return { hash: hash!.trim(), date: date!.trim(), files };
    });
}

/** Which part of a page a file is; each has a Dutch label `changes.part.<part>` in nl.json. */
export type Part = 'regio' | 'profiel' | 'document' | 'tekst' | 'visie' | 'plan' | 'agenda' | 'samenwerking' | 'gemeenten' | 'taken' | 'actielijnen' | 'tegelkaart' | 'vragen' | 'provincies' | 'herindelingen';

export type PageRef =
  | { kind: 'regio' | 'document' | 'samenwerking'; id: string }
  | { kind: 'gemeenten' | 'taken' | 'actielijnen' | 'home' | 'bestuur' };

/** The page that shows a content file, and which part of it the file is; undefined for other files (README). */
export function pageOfFile(path: string): { page: PageRef; part: Part } | undefined {
  const parts = path.replace(/^content\//, '').split('/');
  const [top, id, file] = parts;
  if (top === 'regio' && id && file) return { page: { kind: 'regio', id }, part: file.startsWith('profiel-') ? 'profiel' : 'regio' };
  if (top === 'documenten' && id && file) {
    const part: Part = file === 'tekst.mdx' ? 'tekst' : file === 'visie.yaml' ? 'visie' : file === 'plan.yaml' ? 'plan' : file.startsWith('agenda') ? 'agenda' : 'document';
    return { page: { kind: 'document', id }, part };
  }
  if (top === 'samenwerkingen' && id?.endsWith('.yaml')) return { page: { kind: 'samenwerking', id: id.replace(/\.yaml$/, '') }, part: 'samenwerking' };
  const lists: Record<string, { page: PageRef; part: Part }> = {
    'gemeenten.yaml': { page: { kind: 'gemeenten' }, part: 'gemeenten' },
    'provincies.yaml': { page: { kind: 'gemeenten' }, part: 'provincies' },
    'herindelingen.yaml': { page: { kind: 'gemeenten' }, part: 'herindelingen' },
    'taken.yaml': { page: { kind: 'taken' }, part: 'taken' },
    'actielijnen.yaml': { page: { kind: 'actielijnen' }, part: 'actielijnen' },
    'tegelkaart.yaml': { page: { kind: 'home' }, part: 'tegelkaart' },
    'vragen-2013.yaml': { page: { kind: 'bestuur' }, part: 'vragen' },
  };
  return parts.length === 1 ? lists[top!] : undefined;
}

export interface PageChange {
  /** Site path of the page, or undefined when the page no longer exists. */
  path: string | undefined;
  /** Name of the page (region name, document title), or the slug when it is gone. */
  label: string;
  changes: { part: Part; status: FileStatus }[];
}

export interface ChangeEntry {
  hash: string;
  date: string;
  pages: PageChange[];
}

export interface PageNames {
  regions: ReadonlyMap<string, string>;
  documents: ReadonlyMap<string, string>;
  collaborations: ReadonlyMap<string, string>;
  /** Labels of the fixed pages, in Dutch (from nl.json). */
  fixed: Record<'gemeenten' | 'taken' | 'actielijnen' | 'home' | 'bestuur', string>;
}

function resolve(page: PageRef, names: PageNames): { path: string | undefined; label: string } {
  switch (page.kind) {
    case 'regio': {
      const name = names.regions.get(page.id);
      return { path: name ? paths.region(page.id) : undefined, label: name ?? page.id };
    }
    case 'document': {
      const name = names.documents.get(page.id);
      return { path: name ? paths.document(page.id) : undefined, label: name ?? page.id };
    }
    case 'samenwerking': {
      const name = names.collaborations.get(page.id);
      return { path: name ? paths.collaboration(page.id) : undefined, label: name ?? page.id };
    }
    case 'gemeenten':
      return { path: paths.municipalities(), label: names.fixed.gemeenten };
    case 'taken':
      return { path: paths.tasks(), label: names.fixed.taken };
    case 'actielijnen':
      return { path: paths.actionLines(), label: names.fixed.actielijnen };
    case 'bestuur':
      return { path: paths.compareGovernance(), label: names.fixed.bestuur };
    case 'home':
      return { path: paths.home(), label: names.fixed.home };
  }
}

/** The newest `limit` commits that changed a page, each with the pages it changed, in order of name. */
export function changeEntries(commits: readonly Commit[], names: PageNames, limit = 50): ChangeEntry[] {
  const entries: ChangeEntry[] = [];
  for (const commit of commits) {
    const byPage = new Map<string, PageChange>();
    for (const file of commit.files) {
      const found = pageOfFile(file.path);
      if (!found) continue;
      const { path, label } = resolve(found.page, names);
      const key = `${found.page.kind}:${'id' in found.page ? found.page.id : ''}`;
      const page = byPage.get(key) ?? { path, label, changes: [] };
      if (!page.changes.some((c) => c.part === found.part && c.status === file.status)) page.changes.push({ part: found.part, status: file.status });
      byPage.set(key, page);
    }
    if (byPage.size === 0) continue;
    entries.push({ hash: commit.hash, date: commit.date, pages: [...byPage.values()].sort((a, b) => a.label.localeCompare(b.label, 'nl')) });
    if (entries.length >= limit) break;
  }
  return entries;
}

export interface ChangeDay {
  /** `JJJJ-MM-DD`. */
  day: string;
  pages: PageChange[];
}

/** For the page: one section per day (several commits of a day merged), pages in order of name. */
export function groupByDay(entries: readonly ChangeEntry[]): ChangeDay[] {
  const days = new Map<string, Map<string, PageChange>>();
  for (const entry of entries) {
    const day = entry.date.slice(0, 10);
    const pages = days.get(day) ?? new Map<string, PageChange>();
    for (const page of entry.pages) {
      const key = `${page.path ?? ''}|${page.label}`;
      const merged = pages.get(key) ?? { ...page, changes: [] };
      for (const change of page.changes) if (!merged.changes.some((c) => c.part === change.part && c.status === change.status)) merged.changes.push(change);
      pages.set(key, merged);
    }
    days.set(day, pages);
  }
  return [...days].map(([day, pages]) => ({ day, pages: [...pages.values()].sort((a, b) => a.label.localeCompare(b.label, 'nl')) }));
}

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface FeedText {
  title: string;
  /** One line per page: "Regio Alkmaar: visie toegevoegd, tekst gewijzigd". */
  describe: (page: PageChange) => string;
  /** Title of an entry: "Wijziging van 2 december 2026". */
  entryTitle: (entry: ChangeEntry) => string;
}

/** An Atom 1.0 feed (RFC 4287) of the entries; `site` is the absolute URL of the site root with base path. */
export function atomFeed(entries: readonly ChangeEntry[], site: string, text: FeedText, selfPath: string, pagePath: string): string {
  const root = site.endsWith('/') ? site : `${site}/`;
  const abs = (path: string) => new URL(path.replace(/^\//, ''), root).href;
  const updated = entries[0]?.date ?? new Date(0).toISOString();
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    `  <title>${escapeXml(text.title)}</title>`,
    `  <id>${escapeXml(abs(pagePath))}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(abs(selfPath))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(abs(pagePath))}"/>`,
    `  <updated>${escapeXml(updated)}</updated>`,
    `  <author><name>${escapeXml(text.title)}</name></author>`,
  ];
  for (const entry of entries) {
    const first = entry.pages.find((p) => p.path !== undefined);
    lines.push(
      '  <entry>',
      `    <title>${escapeXml(text.entryTitle(entry))}</title>`,
      `    <id>urn:git:${entry.hash}</id>`,
      `    <updated>${escapeXml(entry.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(abs(first?.path ?? pagePath))}"/>`,
      `    <content type="text">${escapeXml(entry.pages.map(text.describe).join('\n'))}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
