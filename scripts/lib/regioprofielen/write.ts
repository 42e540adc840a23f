/**
 * How the importer treats files that already exist: it never silently overwrites a hand edit.
 *
 * Every generated file carries a checksum of its own text in its first comment lines
 * ("# Controlegetal import: …"). On a new run:
 * - a missing file is created;
 * - a file equal to the new output is left alone;
 * - a file whose checksum still matches its text (nobody edited it since the last import) is
 *   updated to the new output, e.g. after a change in `corrections.ts`;
 * - a file whose checksum does not match was edited by hand: it is not touched and reported,
 *   unless `--force` is given. Move such an edit into `corrections.ts` (or `regions.ts`,
 *   `municipalities.ts`) and run again with `--force`.
 */
import { createHash } from 'node:crypto';

const STAMP = /^# Controlegetal import: ([0-9a-f]{16})\n/m;

function checksum(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Adds the checksum line (after the leading comment lines). */
export function stamp(text: string): string {
  const unstamped = text.replace(STAMP, '');
  const lines = unstamped.split('\n');
  const at = lines.findIndex((line) => !line.startsWith('#'));
  const index = at < 0 ? lines.length : at;
  lines.splice(index, 0, `# Controlegetal import: ${checksum(unstamped)}`);
  return lines.join('\n');
}

/** True when the file still has the text the importer gave it. */
export function untouched(text: string): boolean {
  const match = STAMP.exec(text);
  return match !== null && match[1] === checksum(text.replace(STAMP, ''));
}

export type WriteAction = 'nieuw' | 'ongewijzigd' | 'bijgewerkt' | 'overschreven' | 'geweigerd';

export interface PlannedWrite {
  path: string;
  action: WriteAction;
  text: string;
}

export function planWrites(generated: ReadonlyMap<string, string>, existing: ReadonlyMap<string, string | undefined>, force: boolean): PlannedWrite[] {
  return [...generated].map(([path, raw]) => {
    const text = stamp(raw);
    const current = existing.get(path);
    if (current === undefined) return { path, action: 'nieuw', text };
    if (current === text) return { path, action: 'ongewijzigd', text };
    if (force) return { path, action: 'overschreven', text };
    if (untouched(current)) return { path, action: 'bijgewerkt', text };
    return { path, action: 'geweigerd', text };
  });
}
