import { describe, expect, it } from 'vitest';
import { parseGitLog } from './changes.ts';
import { lastChangeByPath } from './last-changed.ts';

describe('lastChangeByPath', () => {
  it('gives every file and folder its latest commit date from the content history', () => {
    const log = [
      '\x1eaaa\x1f2026-11-30T10:00:00+01:00\n\nM\tcontent/regio/alkmaar/regio.yaml\n',
      '\x1ebbb\x1f2026-10-01T23:30:00+02:00\n\nA\tcontent/regio/alkmaar/profiel-2013.yaml\nM\tcontent/regio/ijmond/regio.yaml\n',
      '\x1eccc\x1f2025-01-01T09:00:00+01:00\n\nA\tcontent/regio/alkmaar/regio.yaml\n',
    ].join('');
    const index = lastChangeByPath(parseGitLog(log));
    expect(index.get('content/regio/alkmaar/regio.yaml')).toBe('2026-11-30');
    // The committer's day, as `git log --format=%cs` gives it, not the day in UTC.
    expect(index.get('content/regio/alkmaar/profiel-2013.yaml')).toBe('2026-10-01');
    expect(index.get('content/regio/alkmaar')).toBe('2026-11-30');
    expect(index.get('content/regio/ijmond')).toBe('2026-10-01');
    expect(index.get('content')).toBe('2026-11-30');
    expect(index.get('content/regio/zeeland')).toBeUndefined();
  });

  it('is empty without history', () => {
    expect(lastChangeByPath([]).size).toBe(0);
  });
});
