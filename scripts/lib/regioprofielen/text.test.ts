import { describe, expect, it } from 'vitest';
import { joinLines, parseFooter, slugify, squeeze } from './text.ts';

describe('joinLines', () => {
  it('joins wrapped lines with one space and drops blank lines', () => {
    expect(joinLines(['Er is een regionaal ', '', '  traject.  '])).toBe('Er is een regionaal traject.');
  });

  it('glues a word broken after a hyphen when nothing follows the hyphen', () => {
    expect(joinLines(['Specifieke jeugdhulp voor VB-', 'groep (niet eerstelijns) '])).toBe('Specifieke jeugdhulp voor VB-groep (niet eerstelijns)');
    expect(joinLines(['Pijnacker-', 'Nootdorp'])).toBe('Pijnacker-Nootdorp');
    // Also across a blank line (a cell border in the PDF).
    expect(joinLines(['door Oost-', '', 'Achterhoekse gemeenten.'])).toBe('door Oost-Achterhoekse gemeenten.');
  });

  it('keeps a space after a hyphen that ends a word of its own', () => {
    expect(joinLines(['met de MBO- ', 'en HBO-instellingen'])).toBe('met de MBO- en HBO-instellingen');
    expect(joinLines(['Provincies -', 'Zeer regelmatig'])).toBe('Provincies - Zeer regelmatig');
  });
});

describe('parseFooter', () => {
  it('reads the page number and region of a footer', () => {
    expect(parseFooter({ n: 9, text: ' 20-06-2013 Regio IJsselland 17 ' })).toEqual({ line: 9, page: 17, region: 'IJsselland' });
    expect(parseFooter({ n: 9, text: '20-06-2013 Regio Zuid-Holland-Zuid 97' })?.page).toBe(97);
    expect(parseFooter({ n: 9, text: 'vastgesteld op 20-06-2013.' })).toBeUndefined();
  });
});

describe('slugify and squeeze', () => {
  it('makes slugs without accents', () => {
    expect(slugify('Súdwest-Fryslân')).toBe('sudwest-fryslan');
    expect(slugify("'s-Hertogenbosch")).toBe('s-hertogenbosch');
    expect(slugify('Nuenen, Gerwen en Nederwetten')).toBe('nuenen-gerwen-en-nederwetten');
  });
  it('collapses white space', () => {
    expect(squeeze('  Regio  Gooi en\tVechtstreek ')).toBe('Regio Gooi en Vechtstreek');
  });
});
