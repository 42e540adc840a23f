/**
 * "Laatst bijgewerkt": the date of the last commit that changed a dossier's files, from git.
 * Undefined when git or the history is not there (e.g. a shallow clone or an export without
 * .git) — the page then shows no date rather than a wrong one.
 */
import { execFileSync } from 'node:child_process';

const cache = new Map<string, string | undefined>();

export function lastCommitDate(paths: string[]): string | undefined {
  const key = paths.join('\0');
  if (!cache.has(key)) {
    let date: string | undefined;
    try {
      const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (shallow === 'false') {
        date = execFileSync('git', ['log', '-1', '--format=%cs', '--', ...paths], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
      }
    } catch {
      date = undefined;
    }
    cache.set(key, date);
  }
  return cache.get(key);
}
