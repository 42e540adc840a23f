import { describe, expect, it } from 'vitest';
import { cssString, printOriginCss } from './print.ts';

describe('print origin', () => {
  it('writes the origin of SITE_URL as a CSS string', () => {
    expect(printOriginCss('https://voorbeeld.github.io/regiodossiers/')).toBe(':root { --rd-print-origin: "https://voorbeeld.github.io"; }\n');
    expect(printOriginCss(undefined)).toBe(':root { --rd-print-origin: ""; }\n');
  });
  it('escapes quotes and backslashes', () => {
    expect(cssString('a"b\\c')).toBe('"a\\"b\\\\c"');
  });
});
