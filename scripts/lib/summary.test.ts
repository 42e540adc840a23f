import { describe, expect, it } from 'vitest';
import { problemSummary } from './summary.ts';

describe('problemSummary', () => {
  it('lists every problem as a table row and as the text the CLI prints', () => {
    const problems = Array.from({ length: 12 }, (_, i) => ({ file: `content/regio/r${i}/regio.yaml`, line: i + 1, column: 3, field: 'name', message: 'moet tekst zijn | geen lijst' }));
    const out = problemSummary(problems, 500);
    expect(out).toContain('12 problemen in 12 bestanden:');
    expect(out.split('\n').filter((l) => l.startsWith('| `content/'))).toHaveLength(12);
    expect(out).toContain('| `content/regio/r11/regio.yaml:12:3` | `name` | moet tekst zijn \\| geen lijst |');
    expect(out).toContain('content/regio/r0/regio.yaml:1:3 name: moet tekst zijn | geen lijst');
  });

  it('says the content is fine when there are no problems', () => {
    expect(problemSummary([], 500)).toBe('## Controle van de inhoud\n\nInhoud in orde: 500 bestanden gecontroleerd.\n');
  });
});
