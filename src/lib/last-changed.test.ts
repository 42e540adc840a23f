import { describe, expect, it } from 'vitest';
import { lastChangeByPath } from './last-changed.ts';

describe('lastChangeByPath', () => {
  it('gives every file and folder its latest commit date from one git log', () => {
    const log = '\u00002026-11-30\n\ncontent/regio/alkmaar/regio.yaml\n\u00002026-10-01\n\ncontent/regio/alkmaar/profiel-2013.yaml\ncontent/regio/ijmond/regio.yaml\n\u00002025-01-01\n\ncontent/regio/alkmaar/regio.yaml\n';
    const index = lastChangeByPath(log);
    expect(index.get('content/regio/alkmaar/regio.yaml')).toBe('2026-11-30');
    expect(index.get('content/regio/alkmaar/profiel-2013.yaml')).toBe('2026-10-01');
    expect(index.get('content/regio/alkmaar')).toBe('2026-11-30');
    expect(index.get('content/regio/ijmond')).toBe('2026-10-01');
    expect(index.get('content')).toBe('2026-11-30');
    expect(index.get('content/regio/zeeland')).toBeUndefined();
  });

  it('is empty for an empty log (no history)', () => {
    expect(lastChangeByPath('').size).toBe(0);
  });
});
