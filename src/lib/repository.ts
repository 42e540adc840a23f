/**
 * The address of the site's source repository, where readers report problems (issues). One
 * place for it: REPOSITORY_URL when set (CI sets it from the GitHub context); otherwise derived
 * from a GitHub Pages address (SITE_URL https://<owner>.github.io with BASE_PATH /<repo>/ →
 * https://github.com/<owner>/<repo>); otherwise unknown, and pages say where to report in
 * words without a link.
 */
export interface RepositoryEnv {
  REPOSITORY_URL?: string | undefined;
  SITE_URL?: string | undefined;
  BASE_PATH?: string | undefined;
}

export function repositoryUrl(env: RepositoryEnv): string | undefined {
  const explicit = env.REPOSITORY_URL?.trim();
  if (explicit) return explicit.replace(/\/+$/, '');
  const owner = /^https:\/\/([a-z0-9-]+)\.github\.io\/?$/i.exec(env.SITE_URL ?? '')?.[1];
  const repo = /^\/([\w.-]+)\/?$/.exec(env.BASE_PATH ?? '')?.[1];
  return owner && repo ? `https://github.com/${owner}/${repo}` : undefined;
}

/** The page for a new issue in that repository (GitHub and GitLab both use `/issues/new`). */
export function newIssueUrl(repository: string): string {
  return `${repository}/issues/new`;
}

/** The repository of this build (read once, at build time). */
export const REPOSITORY_URL = repositoryUrl(process.env);
