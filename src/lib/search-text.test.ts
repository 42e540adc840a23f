import { describe, expect, it } from 'vitest';
import { ignoreChrome, needsIndexPreparation, spaceBetweenCells } from './search-text.ts';

describe('spaceBetweenCells', () => {
  it('puts a space after each label and value', () => {
    expect(spaceBetweenCells('<dl><dt>Provincie</dt><dd>Noord-Holland</dd><dt>CBS-code</dt><dd>GM0450</dd></dl>')).toBe(
      '<dl><dt>Provincie</dt> <dd>Noord-Holland</dd> <dt>CBS-code</dt> <dd>GM0450</dd> </dl>',
    );
  });
  it('puts a space after a table caption, and leaves the cells alone', () => {
    expect(spaceBetweenCells('<table><caption>Taken (2013)</caption><tr><th scope="row">Pleegzorg</th><td class="x">R</td></tr></table>')).toBe(
      '<table><caption>Taken (2013)</caption> <tr><th scope="row">Pleegzorg</th><td class="x">R</td></tr></table>',
    );
  });
  it('leaves other markup alone', () => {
    const html = '<p><span>a</span><span>b</span></p><ul><li>x</li><li>y</li></ul><dl><dt>a</dt>\n<dd>b</dd>\n</dl>';
    expect(spaceBetweenCells(html)).toBe(html);
  });
});

describe('ignoreChrome', () => {
  it('keeps cell codes hidden from assistive technology out of the index', () => {
    expect(ignoreChrome('<td><span aria-hidden="true"><strong>B</strong> i</span><span class="rd-visually-hidden">bovenregionaal</span></td>')).toBe(
      '<td><span aria-hidden="true" data-pagefind-ignore><strong>B</strong> i</span><span class="rd-visually-hidden">bovenregionaal</span></td>',
    );
  });
  it('keeps legends out of the index, but not elements whose class only starts alike', () => {
    expect(ignoreChrome('<ul class="rd-legend"><li>x</li></ul><p class="a rd-legend b">y</p><p class="rd-legendary">z</p>')).toBe(
      '<ul class="rd-legend" data-pagefind-ignore><li>x</li></ul><p class="a rd-legend b" data-pagefind-ignore>y</p><p class="rd-legendary">z</p>',
    );
  });
  it('leaves aria-hidden="false" alone', () => {
    expect(ignoreChrome('<span aria-hidden="false">x</span>')).toBe('<span aria-hidden="false">x</span>');
  });
});

describe('needsIndexPreparation', () => {
  it('is only for the list pages that do not yet write the spaces and attributes themselves', () => {
    for (const path of ['/', '/regio/', '/document/', '/taak/pleegzorg/', '/vergelijk/taken/']) expect(needsIndexPreparation(path), path).toBe(true);
    for (const path of ['/regio/alkmaar/', '/document/regioprofielen-2013/', '/gemeente/uitgeest/', '/samenwerking/noord-holland/', '/over/begrippen/']) expect(needsIndexPreparation(path), path).toBe(false);
  });
});
