/**
 * The content history for the "Wijzigingen" page and its Atom feed: ONE `git log` over
 * `content/` per build. Undefined when git or the full history is not there (a shallow clone,
 * an export without .git): the page and the feed are then not built, rather than built wrong.
 */
import { execFileSync } from 'node:child_process';
import { GIT_LOG_ARGS, parseGitLog, type Commit } from '../lib/changes.ts';

let cached: Promise<Commit[] | undefined> | undefined;

export function contentHistory(): Promise<Commit[] | undefined> {
  cached ??= Promise.resolve().then(() => {
    try {
      const git = (args: readonly string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
      if (git(['rev-parse', '--is-shallow-repository']).trim() !== 'false') return undefined;
      const commits = parseGitLog(git(GIT_LOG_ARGS));
      return commits.length > 0 ? commits : undefined;
    } catch {
      return undefined;
    }
  });
  return cached;
}
