/**
 * `node scripts/change-preview.ts <gebouwde site vóór> <gebouwde site na> [basispad]`: prints, as
 * Markdown, which pages a change adds, removes or changes (compared on their text). CI appends
 * it to the job summary of a pull request. `dist/pagefind/` is left out (an index of the same
 * pages).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { comparePages, formatChanges, pagePath, pageText, type SiteText } from './lib/change-preview.ts';

function readSite(dir: string): SiteText {
  const site: SiteText = new Map();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (file.startsWith('pagefind/')) continue;
    site.set(pagePath(file), pageText(readFileSync(join(dir, file), 'utf8')));
  }
  return site;
}

const [base, head, basePath = '/'] = process.argv.slice(2);
if (!base || !head) {
  console.error('gebruik: node scripts/change-preview.ts <site vóór> <site na> [basispad]');
  process.exit(2);
}
for (const dir of [base, head]) {
  if (!existsSync(dir)) {
    console.error(`${dir} bestaat niet`);
    process.exit(2);
  }
}
process.stdout.write(formatChanges(comparePages(readSite(base), readSite(head)), basePath));
