/**
 * Change preview for a pull request: which pages of the built site a change adds, removes or
 * changes, compared on the text a reader sees (not on markup, class names or asset hashes).
 * Pure: the CLI `scripts/change-preview.ts` reads the two built sites and prints the Markdown.
 */

/** A page by its site path (`regio/alkmaar/` for `regio/alkmaar/index.html`) and its readable text. */
export type SiteText = Map<string, string>;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/**
 * The text of an HTML page as a reader gets it: the title and the body without scripts, styles
 * and tags, one line per block element, white space squeezed.
 */
export function pageText(html: string): string {
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? '';
  const body = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const text = body
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/?(?:p|div|li|tr|h[1-6]|section|article|header|footer|nav|main|dt|dd|br|table|ul|ol|dl|figure|figcaption|blockquote)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ');
  const lines = decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  return [decodeEntities(title).replace(/\s+/g, ' ').trim(), ...lines].join('\n');
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#') && name !== '#39') return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/** `regio/alkmaar/index.html` → `regio/alkmaar/`; `404.html` → `404.html`. */
export function pagePath(file: string): string {
  return file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

export interface ChangedPage {
  path: string;
  /** Lines only in the base version and only in the head version (at most a few of each). */
  removedLines: string[];
  addedLines: string[];
}

export interface PageChanges {
  added: string[];
  removed: string[];
  changed: ChangedPage[];
  unchanged: number;
}

/** Lines of `a` that are not in `b` (as a multiset), in the order of `a`. */
function linesOnlyIn(a: string[], b: string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of b) counts.set(line, (counts.get(line) ?? 0) + 1);
  return a.filter((line) => {
    const left = counts.get(line) ?? 0;
    if (left > 0) {
      counts.set(line, left - 1);
      return false;
    }
    return true;
  });
}

export function comparePages(base: SiteText, head: SiteText): PageChanges {
  const byPath = (a: string, b: string) => a.localeCompare(b, 'nl');
  const added = [...head.keys()].filter((path) => !base.has(path)).sort(byPath);
  const removed = [...base.keys()].filter((path) => !head.has(path)).sort(byPath);
  const changed: ChangedPage[] = [];
  let unchanged = 0;
  for (const path of [...head.keys()].filter((p) => base.has(p)).sort(byPath)) {
    const before = base.get(path)!;
    const after = head.get(path)!;
    if (before === after) {
      unchanged += 1;
      continue;
    }
    const a = before.split('\n');
    const b = after.split('\n');
    changed.push({ path, removedLines: linesOnlyIn(a, b), addedLines: linesOnlyIn(b, a) });
  }
  return { added, removed, changed, unchanged };
}

const MAX_LINES = 3;
const MAX_PAGES = 200;
const clip = (line: string) => (line.length > 160 ? `${line.slice(0, 157)}…` : line);
const code = (line: string) => `\`${clip(line).replace(/`/g, "'")}\``;

/** The job summary: counts, then each list; `basePath` makes the paths read like site addresses. */
export function formatChanges(changes: PageChanges, basePath = '/'): string {
  const prefix = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const address = (path: string) => `\`${prefix}${path}\``;
  const out: string[] = ['## Wat deze wijziging aan de site verandert', ''];
  const total = changes.added.length + changes.removed.length + changes.changed.length;
  if (total === 0) {
    out.push(`Geen enkele pagina verandert van tekst (${changes.unchanged} pagina's vergeleken).`);
    return `${out.join('\n')}\n`;
  }
  out.push(`${changes.added.length} nieuw, ${changes.removed.length} verdwenen, ${changes.changed.length} gewijzigd, ${changes.unchanged} ongewijzigd.`, '');
  const list = (title: string, items: string[]) => {
    if (items.length === 0) return;
    out.push(`### ${title} (${items.length})`, '');
    for (const item of items.slice(0, MAX_PAGES)) out.push(`- ${address(item)}`);
    if (items.length > MAX_PAGES) out.push(`- … en nog ${items.length - MAX_PAGES}`);
    out.push('');
  };
  list('Nieuwe pagina’s', changes.added);
  list('Verdwenen pagina’s', changes.removed);
  if (changes.changed.length > 0) {
    out.push(`### Gewijzigde pagina’s (${changes.changed.length})`, '');
    for (const page of changes.changed.slice(0, MAX_PAGES)) {
      out.push(`- ${address(page.path)}`);
      for (const line of page.removedLines.slice(0, MAX_LINES)) out.push(`  - weg: ${code(line)}`);
      for (const line of page.addedLines.slice(0, MAX_LINES)) out.push(`  - nieuw: ${code(line)}`);
      const more = Math.max(0, page.removedLines.length - MAX_LINES) + Math.max(0, page.addedLines.length - MAX_LINES);
      if (more > 0) out.push(`  - en ${more} andere regel(s)`);
    }
    if (changes.changed.length > MAX_PAGES) out.push(`- … en nog ${changes.changed.length - MAX_PAGES}`);
    out.push('');
  }
  return `${out.join('\n')}`;
}
