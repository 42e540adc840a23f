/**
 * "Laatst bewerkt": the date of the last commit that changed a dossier's files. The dates come
 * from the one `git log` of the build (`contentHistory()`, which also feeds the changes page and
 * its feed): an index of every file and folder, built once; pages look dates up in it (a git
 * process per page cost a quarter of a large build). Undefined when git or the full history is
 * not there (a shallow clone, an export without .git): the page then shows no date rather than a
 * wrong one.
 */
import { lastChangeByPath } from '../lib/last-changed.ts';
import { contentHistory } from './changes-fs.ts';

let index: Promise<Map<string, string>> | undefined;

/** Latest commit date (`JJJJ-MM-DD`) of any file under the given paths (files or folders). */
export async function lastCommitDate(paths: string[]): Promise<string | undefined> {
  index ??= contentHistory().then((commits) => lastChangeByPath(commits ?? []));
  const dates = await index;
  let latest: string | undefined;
  for (const path of paths) {
    const date = dates.get(path.replace(/\/+$/, ''));
    if (date && (!latest || date > latest)) latest = date;
  }
  return latest;
}
