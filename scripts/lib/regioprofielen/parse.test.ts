import { describe, expect, it } from 'vitest';
import { parseRegioprofielen, splitCell, stripQuestion, PRINTED_QUESTIONS } from './parse.ts';
import { FIXTURE, FIXTURE_NUMBERS, FIXTURE_TASKS } from './test-fixture.ts';

const doc = parseRegioprofielen(FIXTURE, { tasks: FIXTURE_TASKS, numbers: FIXTURE_NUMBERS });
const [first, second] = doc.profiles;

describe('parseRegioprofielen', () => {
  it('finds the numbered regions and their headings', () => {
    expect(doc.profiles.map((p) => [p.number, p.heading])).toEqual([
      ['1', 'Regio Proefstad'],
      ['2', 'Regio Proefland'],
    ]);
    expect(first!.regionNames).toEqual(['Proefstad']);
  });

  it('joins a wrapped members list and drops the contact person', () => {
    expect(first!.members?.text).toBe('Montfoort, Oudewater Woerden, Stichtse Vecht en De Ronde Venen.');
    expect(first!.contactLines).toHaveLength(1);
    // A contact line without the word "Contactpersoon" is recognised by its e-mail address.
    expect(second!.contactLines).toHaveLength(1);
    const everything = JSON.stringify(doc);
    expect(everything).not.toContain('Voorbeeld');
    expect(everything).not.toContain('@');
  });

  it('reads the task table across wrapped cells and a page footer', () => {
    expect(first!.rows.map((r) => [r.task, r.levelSource, r.statusSource])).toEqual([
      ['organisatie-eerste-lijn', 'Lokaal', 'Intentie'],
      ['ambulante-hulp', 'Bovenregionaal (uitvoering: regionaal)', 'Nog geen gezamenlijk standpunt'],
      ['pleegzorg', 'Regionaal', 'idem'],
      ['jeugdhulp-vb', 'Regionaal', 'Gedeelde afspraak'],
      ['jeugdzorgplus', 'Bovenregionaal', 'Intentie'],
    ]);
    expect(doc.footers).toEqual([{ line: 27, page: 7, next: 29 }]);
    expect(JSON.stringify(first!.rows)).not.toContain('20-06-2013');
  });

  it('splits a cell whose level is itself a status phrase', () => {
    expect(second!.rows.at(-1)).toMatchObject({ levelSource: 'Nog geen opvatting', statusSource: 'Nog geen opvatting' });
    expect(splitCell('Nog geen opvatting')).toEqual({ levelSource: '', statusSource: 'Nog geen opvatting' });
  });

  it('keeps hyphens at line ends as printed', () => {
    expect(first!.explanation?.text).toBe('De gemeenten werken samen in de regio Proef-stad. Zie ook de MBO- en HBO-instellingen.');
  });

  it('takes the printed question off the answers, also when they share a line', () => {
    const answers = Object.fromEntries(first!.answers.map((a) => [a.id, a.text]));
    expect(answers).toEqual({
      'inhoud-2': 'Pilots met wijkteams.',
      'inhoud-3': 'Ja, met de provincie. De DoeTank1 helpt.',
      'inhoud-4': 'Onderwijs en veiligheid.',
      'inhoud-5': 'Ja, met werkbezoeken en studiedagen.',
      'bestuur-1b': 'Nee, de raden zijn geïnformeerd.',
      'bestuur-1d': 'Ja, via een gemeenschappelijke regeling.',
      'bestuur-3': 'Met de provincie regelmatig.',
    });
  });

  it('leaves a skipped question out', () => {
    expect(first!.answers.map((a) => a.id)).not.toContain('bestuur-1a');
  });

  it('takes footnotes and trailing appendices out of the answers', () => {
    expect(first!.footnotes.map((f) => f.text)).toEqual(['1 De DoeTank is een groep van bestuurders.']);
    expect(first!.appendices.map((a) => a.text)).toEqual(['Algehele afspraken in de provincie: Alle regio’s werken samen.']);
  });

  it('records forced page breaks (region headings and part 2)', () => {
    const lineOf = (start: string, from = 0) => FIXTURE.split('\n').findIndex((l, i) => i >= from && l.trimStart().startsWith(start)) + 1;
    expect(doc.breaks).toEqual([lineOf('1 Regio'), lineOf('Onderdeel 2'), lineOf('2 Regio'), lineOf('Onderdeel 2', lineOf('2 Regio'))]);
  });
});

describe('stripQuestion', () => {
  it('keeps an answer line that only happens to start like the question list', () => {
    const lines = [
      { n: 1, text: '2. Op welke manier is er een ' },
      { n: 2, text: 'overleg met maatschappelijke ' },
      { n: 3, text: 'partners, waaronder in ieder ' },
      { n: 4, text: 'geval: ' },
      { n: 5, text: ' Passend) onderwijs: subregionaal ' },
      { n: 6, text: ' - (Passend) onderwijs ' },
      { n: 7, text: '- Raad voor de ' },
      { n: 8, text: 'Kinderbescherming ' },
      { n: 9, text: '- Jeugdzorgaanbieders ' },
      { n: 10, text: '- Bureaus jeugdzorg ' },
      { n: 11, text: '- Cliënten(organisaties) ' },
      { n: 12, text: '- de samenwerkingsverbanden ' },
    ];
    const rest = stripQuestion(lines, PRINTED_QUESTIONS['bestuur-2']).map((l) => l.text.trim()).filter(Boolean);
    expect(rest).toEqual(['Passend) onderwijs: subregionaal', '- de samenwerkingsverbanden']);
  });
});
