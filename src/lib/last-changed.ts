/**
 * From the content history (`src/lib/changes.ts`, newest first): the latest commit date
 * (`JJJJ-MM-DD`, the committer's day) of every file and of every folder above it. Pure, so it is
 * tested without git.
 */
import type { Commit } from './changes.ts';

export function lastChangeByPath(commits: readonly Pick<Commit, 'date' | 'files'>[]): Map<string, string> {
  const latest = new Map<string, string>();
  for (const commit of commits) {
    const date = commit.date.slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    for (const { path: file } of commit.files) {
      // Newest first: the first date seen for a path is its latest; a folder takes its newest file.
      for (let path = file; path; path = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '') {
        const known = latest.get(path);
        if (!known || date > known) latest.set(path, date);
      }
    }
  }
  return latest;
}
