import { describe, expect, it } from 'vitest';
import type { Agenda } from '../../../schemas/plans.ts';
import { actionLinesOf, actionLinesSourceText, agendaItemAnchor, findAgendaItem, findKeyFigure, headingTag, pageNumber, paragraphs, provenanceParts } from './lookup.ts';

const item = (over: Partial<Agenda['items'][number]> = {}): Agenda['items'][number] => ({
  id: 'a',
  title: 'A',
  title_source: 'bron',
  action_lines: [],
  directions: [],
  target_groups: [],
  partners: [],
  ...over,
});
const agenda: Agenda = { title: 'T', level: 'regionaal', region: 'alkmaar', items: [item(), item({ id: 'b' })] };

describe('MDX component helpers', () => {
  it('headingTag: h2-h6 from a text attribute, a fallback when absent, a Dutch error otherwise', () => {
    expect(headingTag(undefined, 4)).toBe('h4');
    expect(headingTag('5', 4)).toBe('h5');
    expect(() => headingTag('1', 4)).toThrow('level="1" is geen geldig kopniveau; kies 2, 3, 4, 5 of 6');
    expect(() => headingTag('vier', 4)).toThrow(/geen geldig kopniveau/);
  });

  it('provenanceParts: "§" only before a numbered section, and the page', () => {
    expect(provenanceParts({ section: '4.3', page: '15' })).toEqual(['§ 4.3', 'p. 15']);
    expect(provenanceParts({ section: 'bijlage 3' })).toEqual(['bijlage 3']);
    expect(provenanceParts({})).toEqual([]);
    expect(() => pageNumber('vijf')).toThrow('page="vijf" is geen paginanummer');
  });

  it('paragraphs: split on blank lines', () => {
    expect(paragraphs('een\n\ntwee\n\n\ndrie')).toEqual(['een', 'twee', 'drie']);
  });

  it('findKeyFigure and findAgendaItem name what exists when a reference is wrong', () => {
    const figure = { id: 'x', label: 'L', value: '1%', quote: 'q' };
    expect(findKeyFigure('d', [undefined, { key_figures: [figure] }], 'x')).toBe(figure);
    expect(() => findKeyFigure('d', [{ key_figures: [figure] }], 'y')).toThrow('<Kerncijfer document="d" id="y">: dit kerncijfer bestaat niet; bekend zijn: x');
    expect(findAgendaItem('d/agenda-t', agenda, 'b').id).toBe('b');
    expect(() => findAgendaItem('d/agenda-t', agenda, 'c')).toThrow('opgave "c" staat niet in agenda "d/agenda-t"; bekend zijn: a, b');
    expect(() => findAgendaItem('d/agenda-x', undefined, 'a')).toThrow(/agenda "d\/agenda-x" bestaat niet/);
  });

  it('agendaItemAnchor, actionLinesOf and the printed action-line cell', () => {
    expect(agendaItemAnchor('doc/agenda-transformatieopgaven', 'client-in-positie')).toBe('agenda-transformatieopgaven-client-in-positie');
    const lines = [
      { id: 'zo-thuis-mogelijk', number: 2, name: 'Zo thuis mogelijk', description: '' },
      { id: 'betere-toegang', number: 1, name: 'Betere toegang', description: '' },
    ];
    expect(actionLinesOf(item({ action_lines: ['zo-thuis-mogelijk', 'betere-toegang'] }), lines).map((l) => l.number)).toEqual([1, 2]);
    expect(() => actionLinesOf(item({ action_lines: ['onbekend'] }), lines)).toThrow('actielijn "onbekend" bestaat niet');
    expect(actionLinesSourceText(item({ action_lines_source: '1 en 2' }))).toBe('In de bron: ‘1 en 2’');
    expect(actionLinesSourceText(item({ action_lines_source: '' }))).toBe('In de bron: kolom leeg');
    expect(actionLinesSourceText(item())).toBeUndefined();
  });
});
