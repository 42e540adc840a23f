import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALLOWED_MDX_COMPONENTS } from './mdx-components.ts';
import { validFiles } from './fixtures.ts';
import { checkMdxSafety, isScriptUrl } from './mdx-safety.ts';
import { formatProblem } from './report.ts';
import { validateContent } from './validate.ts';

/** Components used in these tests: fixed, so the tests don't change when the real list does. */
const COMPONENTS = ['Citaat', 'Bron'];
const check = (text: string, path = 'content/documenten/x/tekst.mdx') =>
  checkMdxSafety(path, text, COMPONENTS).map((p) => `${p.line}:${p.column} ${p.message}`);

describe('checkMdxSafety: allowed', () => {
  it('accepts Markdown, frontmatter, the safe HTML elements and allowed components with text attributes', () => {
    const text = [
      '---',
      'title: Visie',
      '---',
      '# Kop',
      '',
      'Tekst met *nadruk*, een [link](https://example.org/) en [een pad](/regio/alkmaar/).',
      '',
      '| taak | niveau |',
      '| --- | --- |',
      '| Pleegzorg | regionaal<br/>lokaal |',
      '',
      'De <abbr title="Gecertificeerde instelling">GI</abbr> en CO<sub>2</sub> en 10<sup>3</sup>.',
      '',
      '<Citaat bron="regiovisie" pagina="12">',
      'Een citaat met een \\{ letterlijke accolade \\}.',
      '</Citaat>',
      '',
      '<Bron document="regiovisie" />',
    ].join('\n');
    expect(check(text)).toEqual([]);
  });
});

describe('checkMdxSafety: rejected, with line, column and a Dutch message', () => {
  it('import and export, one problem per statement', () => {
    expect(check("Tekst.\n\nimport Kaart from '../kaart.astro'\nexport const x = 1\n")).toEqual([
      '3:1 "import" is niet toegestaan: een document mag geen code laden; de toegestane componenten (Citaat, Bron) zijn zonder import beschikbaar',
      '4:1 "export" is niet toegestaan: een document mag geen code bevatten; zet gegevens in het YAML-bestand van het document',
    ]);
  });

  it('a JavaScript expression in text', () => {
    expect(check('# Kop\n\nEr zijn {regions.length} regio\'s.\n')).toEqual([
      "3:9 JavaScript-expressie {regions.length} is niet toegestaan; een letterlijke accolade schrijf je als \\{",
    ]);
  });

  it('a JavaScript expression on its own line, and an MDX comment (also an expression)', () => {
    expect(check('{process.env.SECRET}\n\n{/* later aanvullen */}\n')).toEqual([
      '1:1 JavaScript-expressie {process.env.SECRET} is niet toegestaan; een letterlijke accolade schrijf je als \\{',
      '3:1 commentaar {/* … */} is niet toegestaan: het is een JavaScript-expressie; laat het weg',
    ]);
  });

  it('a JavaScript expression as an attribute value and as a spread attribute', () => {
    expect(check('Zie <Citaat bron={bron} {...rest}>x</Citaat>.\n')).toEqual([
      '1:13 JavaScript-expressie in attribuut "bron" op <Citaat> is niet toegestaan; schrijf de waarde als tekst tussen aanhalingstekens: bron="…"',
      '1:25 JavaScript-expressie in <Citaat> is niet toegestaan: {...rest}',
    ]);
  });

  it('<script>, <style>, <iframe>, <object> and <embed>', () => {
    const text = [
      '<script>alert(1)</script>',
      '',
      '<style>body</style>',
      '',
      '<iframe src="https://example.org/" />',
      '',
      'Tekst <object data="x.swf" /> en <embed src="x.swf" />.',
    ].join('\n');
    expect(check(text)).toEqual([
      '1:1 <script> is niet toegestaan: het voert JavaScript uit in de browser van elke lezer',
      '3:1 <style> is niet toegestaan: het verandert de opmaak van de hele pagina en wordt door het beveiligingsbeleid (CSP) geblokkeerd',
      '5:1 <iframe> is niet toegestaan: het laadt een andere website binnen de pagina',
      '7:7 <object> is niet toegestaan: het laadt externe inhoud of plug-ins',
      '7:34 <embed> is niet toegestaan: het laadt externe inhoud of plug-ins',
    ]);
  });

  it('an event-handler attribute, also on an allowed element', () => {
    expect(check('De <abbr title="Jeugdgezondheidszorg" onMouseOver="steel()">JGZ</abbr>.\n')).toEqual([
      '1:39 attribuut "onMouseOver" op <abbr> is niet toegestaan: een event-handler (on…) voert JavaScript uit',
    ]);
  });

  it('a javascript: URL in a Markdown link, a definition and an attribute, in any disguise', () => {
    const text = [
      '[klik](javascript:alert(1))',
      '',
      '[ref]: JAVASCRIPT:alert(1)',
      '',
      '<Bron document="x" href="java&#115;cript:alert(1)" />',
    ].join('\n');
    expect(check(text)).toEqual([
      '1:1 een link naar "javascript:alert(1)" is niet toegestaan: een javascript:-adres voert code uit; alleen https:-adressen en paden binnen de site zijn toegestaan',
      '3:1 een link naar "JAVASCRIPT:alert(1)" is niet toegestaan: een javascript:-adres voert code uit; alleen https:-adressen en paden binnen de site zijn toegestaan',
      '5:20 "href" op <Bron> bevat een niet toegestaan adres (een javascript:-adres voert code uit); alleen https:-adressen en paden binnen de site zijn toegestaan',
    ]);
  });

  it('data:, vbscript: and http: addresses in links and images; https: and paths are fine', () => {
    const text = [
      '[a](data:text/html;base64,PHNjcmlwdD4=)',
      '',
      '![b](data:image/svg+xml;base64,PHN2Zz4=)',
      '',
      '[c](vbscript:msgbox)',
      '',
      '[d](http://example.org/)',
      '',
      '[e](https://example.org/) [f](/regio/alkmaar/) [g](#kop)',
    ].join('\n');
    expect(check(text)).toEqual([
      '1:1 een link naar "data:text/html;base64,PHNjcmlwdD4=" is niet toegestaan: een data:-adres kan code of een nagemaakte pagina bevatten; alleen https:-adressen en paden binnen de site zijn toegestaan',
      '3:1 een afbeelding van "data:image/svg+xml;base64,PHN2Zz4=" is niet toegestaan: een data:-adres kan code of een nagemaakte pagina bevatten; alleen https:-adressen en paden binnen de site zijn toegestaan',
      '5:1 een link naar "vbscript:msgbox" is niet toegestaan: een vbscript:-adres voert code uit; alleen https:-adressen en paden binnen de site zijn toegestaan',
      '7:1 een link naar "http://example.org/" is niet toegestaan: een onversleuteld http:-adres; gebruik https:; alleen https:-adressen en paden binnen de site zijn toegestaan',
    ]);
  });

  it('an HTML element outside the safe set, and an unknown component', () => {
    expect(check('<div class="kader">\n\nTekst\n\n</div>\n\n<Kaart regio="alkmaar" />\n')).toEqual([
      '1:1 HTML-element <div> is niet toegestaan; gebruik Markdown of een component. Toegestaan zijn: abbr, br, sub, sup en Markdown; componenten: Citaat, Bron',
      '7:1 onbekend component <Kaart>; toegestaan zijn: Citaat, Bron',
    ]);
  });

  it('attributes other than text metadata on a safe HTML element, and style anywhere', () => {
    expect(check('<sup class="x" id="y">1</sup> <Citaat style="color: red">x</Citaat>\n')).toEqual([
      '1:6 attribuut "class" op <sup> is niet toegestaan; toegestaan zijn: title, lang, translate, dir',
      '1:16 attribuut "id" op <sup> is niet toegestaan; toegestaan zijn: title, lang, translate, dir',
      '1:39 attribuut "style" op <Citaat> is niet toegestaan: de opmaak komt uit de stylesheet, en het beveiligingsbeleid (CSP) blokkeert losse stijlen',
    ]);
  });

  it('a fragment and a member-expression component', () => {
    expect(check('<>x</> en <Citaat.Kop />\n')).toEqual([
      '1:1 een fragment (<>…</>) is niet toegestaan; schrijf de tekst zonder',
      '1:11 onbekend component <Citaat.Kop>; toegestaan zijn: Citaat, Bron',
    ]);
  });

  it('text that is not valid MDX: the parser position and a hint', () => {
    expect(check('Regels:\n\n- minder dan <3 jaar\n')).toEqual([
      '3:14 de tekst is geen geldige MDX: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`); een losse < of { in gewone tekst schrijf je als \\< of \\{',
    ]);
    expect(check('Tekst\n\n<!-- notitie -->\n')).toEqual([
      '3:1 de tekst is geen geldige MDX: Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_`; HTML-commentaar (<!-- -->) kan niet in MDX; laat het weg',
    ]);
  });

  it('raw HTML in a plain Markdown (.md) file follows the same rules', () => {
    expect(check('Tekst\n\n<script>alert(1)</script>\n\nEn <b onclick="x">vet</b>.\n', 'content/x.md')).toEqual([
      '3:1 <script> is niet toegestaan: het voert JavaScript uit in de browser van elke lezer',
      '5:4 HTML-element <b> is niet toegestaan; gebruik Markdown of een component. Toegestaan zijn: abbr, br, sub, sup en Markdown; componenten: Citaat, Bron',
      '5:7 attribuut "onclick" op <b> is niet toegestaan: een event-handler (on…) voert JavaScript uit',
    ]);
  });
});

describe('isScriptUrl', () => {
  it('sees through case, whitespace, control characters and character references', () => {
    for (const url of ['javascript:x', ' JavaScript:x', 'java\tscript:x', 'jav&#x61;script:x', '&#106;avascript:x', 'vbscript:x']) expect(isScriptUrl(url), url).toBe(true);
    for (const url of ['https://example.org/', '/regio/alkmaar/', 'mailto:info@example.org', '#kop', 'javascript-cursus.html']) expect(isScriptUrl(url), url).toBe(false);
  });
});

describe('validateContent runs the MDX check', () => {
  it('reports an unsafe document text with its file path', () => {
    const files = [...validFiles(), { path: 'content/documenten/regioprofielen-2013/tekst.mdx', text: '# Regioprofielen\n\n<script>alert(1)</script>\n' }];
    expect(validateContent(files).problems.map(formatProblem)).toEqual([
      'content/documenten/regioprofielen-2013/tekst.mdx:3:1 <script> is niet toegestaan: het voert JavaScript uit in de browser van elke lezer',
    ]);
  });

  it('accepts a safe document text', () => {
    const files = [...validFiles(), { path: 'content/documenten/regioprofielen-2013/tekst.mdx', text: '# Regioprofielen\n\nDe <abbr title="Jeugdgezondheidszorg">JGZ</abbr>.\n' }];
    expect(validateContent(files).problems).toEqual([]);
  });
});

describe('the allowed components', () => {
  const index = new URL('../../src/components/mdx/index.ts', import.meta.url);

  it('are the keys of `components` in src/components/mdx/index.ts', () => {
    // Without index.ts no component can render; then none may be allowed either.
    if (!existsSync(index)) expect(ALLOWED_MDX_COMPONENTS, 'src/components/mdx/index.ts is missing').toEqual([]);
    if (!existsSync(index)) return;
    const source = readFileSync(index, 'utf8');
    const body = /export\s+const\s+components\b[^=]*=\s*\{([\s\S]*?)\}/.exec(source)?.[1];
    expect(body, 'src/components/mdx/index.ts exports `components = { ... }`').toBeDefined();
    // Keys: `Name,` (shorthand), `Name: X` or `'Name': X`; drop comments first.
    const keys = body!
      .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
      .split(',')
      .map((part) => /^\s*['"]?([A-Za-z_$][\w$]*)['"]?\s*(?::|$)/.exec(part)?.[1])
      .filter((key): key is string => !!key);
    expect([...ALLOWED_MDX_COMPONENTS].sort()).toEqual(keys.sort());
  });

  it('are component names (capitalised) and not HTML elements', () => {
    for (const name of ALLOWED_MDX_COMPONENTS) expect(name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
  });
});
