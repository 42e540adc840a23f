/**
 * The content history: ONE `git log` over `content/` per build, for the "Wijzigingen" page, its
 * Atom feed and the dossiers' "laatst bewerkt" dates (`last-updated-fs.ts`). Undefined when git or
 * the full history is not there (a shallow clone, an export without .git): the page and the feed
 * are then not built and no dates are shown, rather than built wrong.
 */
import { execFileSync } from 'node:child_process';
import { GIT_LOG_ARGS, parseGitLog, type Commit } from '../lib/changes.ts';

let cached: Promise<Commit[] | undefined> | undefined;

export function contentHistory(): Promise<Commit[] | undefined> {
  cached ??= Promise.resolve().then(() => {
    try {
      const git = (args: readonly string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
      if (git(['rev-parse', '--is-shallow-repository']).trim() !== 'false') return undefined;
      const commits = parseGitLog(git(GIT_LOG_ARGS));
      return commits.length > 0 ? commits : undefined;
    } catch {
      return undefined;
    }
  });
  return cached;
}
