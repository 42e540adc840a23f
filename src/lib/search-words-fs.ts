/** Word counts over the text of `content/` (YAML and MDX), for the compound index of search. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { words } from './search-compounds.ts';

export function contentWordCounts(contentDir: string): Map<string, number> {
  const counts = new Map<string, number>();
  const files = readdirSync(contentDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && /\.(ya?ml|mdx)$/.test(entry.name));
  for (const file of files) {
    for (const word of words(readFileSync(join(file.parentPath, file.name), 'utf8'))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}
