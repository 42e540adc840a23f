import { describe, expect, it } from 'vitest';
import { ignoreChrome, spaceBetweenCells } from './search-text.ts';

describe('spaceBetweenCells', () => {
  it('puts a space between a label and its value', () => {
    expect(spaceBetweenCells('<dl><dt>Provincie</dt><dd>Noord-Holland</dd><dt>CBS-code</dt><dd>GM0450</dd></dl>')).toBe(
      '<dl><dt>Provincie</dt> <dd>Noord-Holland</dd> <dt>CBS-code</dt> <dd>GM0450</dd></dl>',
    );
  });
  it('puts a space between table cells, also with attributes', () => {
    expect(spaceBetweenCells('<tr><th scope="row">Pleegzorg</th><td class="x">R</td><td>i</td></tr>')).toBe('<tr><th scope="row">Pleegzorg</th> <td class="x">R</td> <td>i</td></tr>');
  });
  it('leaves other markup alone', () => {
    const html = '<p><span>a</span><span>b</span></p><thead><tr><th>x</th></tr></thead><dl><dt>a</dt>\n<dd>b</dd></dl>';
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
