import { describe, expect, it } from 'vitest';
import { LEVELS, STATUSES } from '../../schemas/profile-2013.ts';
import { glossary } from './glossary.ts';

const tasks = [
  { id: 'jeugdhulp-vb', number: 6, name: 'Specifieke jeugdhulp voor de VB-groep', source_label: 'x', description: 'Hulp bij een verstandelijke beperking.' },
  { id: 'jeugdzorgplus', number: 11, name: 'Jeugdzorgplus', source_label: 'x', description: 'Gesloten jeugdhulp.' },
];

describe('glossary', () => {
  const entries = glossary(tasks, (id) => `/taak/${id}/`);
  it('explains VB and GGZ, and every task with its matrix abbreviation and page', () => {
    expect(entries.abbreviations.map((e) => e.term)).toEqual(['AMK', 'CJG', 'GGZ', 'SHG', 'VB']);
    expect(entries.abbreviations.find((e) => e.term === 'VB')?.text).toMatch(/verstandelijke beperking/);
    expect(entries.tasks).toEqual([
      { term: 'Specifieke jeugdhulp voor de VB-groep (VB)', text: 'Hulp bij een verstandelijke beperking.', path: '/taak/jeugdhulp-vb/' },
      { term: 'Jeugdzorgplus (JZ+)', text: 'Gesloten jeugdhulp.', path: '/taak/jeugdzorgplus/' },
    ]);
  });
  it('has a text for every level and status', () => {
    expect(entries.levels).toHaveLength(LEVELS.length + 1);
    expect(entries.statuses).toHaveLength(STATUSES.length);
    expect([...entries.levels, ...entries.statuses].every((e) => e.text.length > 10)).toBe(true);
  });
});
