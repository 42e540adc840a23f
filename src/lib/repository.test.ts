import { describe, expect, it } from 'vitest';
import { newIssueUrl, repositoryUrl } from './repository.ts';

describe('repositoryUrl', () => {
  it('takes REPOSITORY_URL when set, without a trailing slash', () => {
    expect(repositoryUrl({ REPOSITORY_URL: 'https://github.com/org/site/', SITE_URL: 'https://x.github.io', BASE_PATH: '/y/' })).toBe('https://github.com/org/site');
  });
  it('derives the GitHub repository from a GitHub Pages address', () => {
    expect(repositoryUrl({ SITE_URL: 'https://voorbeeld.github.io', BASE_PATH: '/regiodossiers/' })).toBe('https://github.com/voorbeeld/regiodossiers');
  });
  it('is unknown for another host or the root path', () => {
    expect(repositoryUrl({ SITE_URL: 'https://regiodossiers.example.org', BASE_PATH: '/regiodossiers/' })).toBeUndefined();
    expect(repositoryUrl({ SITE_URL: 'https://voorbeeld.github.io', BASE_PATH: '/' })).toBeUndefined();
    expect(repositoryUrl({})).toBeUndefined();
  });
});

describe('newIssueUrl', () => {
  it('points at the new-issue page', () => {
    expect(newIssueUrl('https://github.com/org/site')).toBe('https://github.com/org/site/issues/new');
  });
});
