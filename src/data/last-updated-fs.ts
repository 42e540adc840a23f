/**
 * "Laatst bewerkt": the date of the last commit that changed a dossier's files, from git.
 * One `git log` pass over `content/` per build gives the date of every file and folder; pages
 * then look dates up in that index (a process per page cost a quarter of a large build).
 * Undefined when git or the history is not there (e.g. a shallow clone or an export without
 * .git): the page then shows no date rather than a wrong one.
 */
import { execFileSync } from 'node:child_process';
import { lastChangeByPath } from '../lib/last-changed.ts';

let index: Map<string, string> | undefined;

function loadIndex(): Map<string, string> {
  try {
    const git = (args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
    if (git(['rev-parse', '--is-shallow-repository']).trim() !== 'false') return new Map();
    return lastChangeByPath(git(['log', '--format=%x00%cs', '--name-only', '--', 'content/']));
  } catch {
    return new Map();
  }
}

/** Latest commit date (`JJJJ-MM-DD`) of any file under the given paths (files or folders). */
export function lastCommitDate(paths: string[]): string | undefined {
  index ??= loadIndex();
  let latest: string | undefined;
  for (const path of paths) {
    const date = index.get(path.replace(/\/+$/, ''));
    if (date && (!latest || date > latest)) latest = date;
  }
  return latest;
}
