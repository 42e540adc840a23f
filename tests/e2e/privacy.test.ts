/**
 * Privacy of the built site: no e-mail addresses or phone numbers of individuals and none of the
 * 2013 contact persons in any published file (`dist/`): the pages' text and attributes (href,
 * title, alt, ...), the downloads (CSV, JSON) and the scripts and styles. `dist/pagefind/` is
 * left out: its compressed index is made from the same HTML checked here.
 * The same check runs over `content/` in `tests/data/privacy.test.ts`. Findings are masked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, findContactPersons, findEmailAddresses, findPhoneNumbers, loadContactPersons, type Finding } from './support.ts';

const TEXT_TYPES = new Set(['.html', '.json', '.csv', '.txt', '.xml', '.js', '.mjs', '.css', '.svg', '.webmanifest']);

const files = readdirSync(DIST, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile() && TEXT_TYPES.has(extname(entry.name)))
  .map((entry) => join(entry.parentPath, entry.name))
  .filter((file) => !relative(DIST, file).startsWith('pagefind'))
  .sort();

const decodeEntities = (text: string) =>
  text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * What a reader (or a crawler) gets from an HTML page: its text and the attributes that carry
 * text or addresses. Markup itself (class names, SVG coordinates, hashes) is left out, so that a
 * path like `M0 120 345 ...` is not mistaken for a phone number.
 */
function readableParts(html: string): string {
  const withoutCode = html.replace(/<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>/gi, ' ');
  const attributes = [...withoutCode.matchAll(/\s(?:href|src|title|alt|aria-label|content|value|placeholder|data-[\w-]+)\s*=\s*("[^"]*"|'[^']*')/gi)].map((m) => m[1]!.slice(1, -1));
  const text = withoutCode.replace(/<[^>]*>/g, ' ');
  return decodeEntities([text, ...attributes].join('\n'));
}

const texts = files.map((file) => {
  const raw = readFileSync(file, 'utf8');
  return [relative(DIST, file), extname(file) === '.html' ? readableParts(raw) : raw] as const;
});

const report = (file: string, findings: Finding[]) => findings.map((f) => `dist/${file}: ${f.kind} (${f.masked})`);

describe('dist/ publishes no personal data', () => {
  it('has files to check', () => {
    expect(files.some((file) => file.endsWith('index.html'))).toBe(true);
    console.log(`privacy: ${files.length} files in dist/ checked`);
  });

  it('has no e-mail addresses', () => {
    expect(texts.flatMap(([file, text]) => report(file, findEmailAddresses(text)))).toEqual([]);
  });

  it('has no phone numbers', () => {
    expect(texts.flatMap(([file, text]) => report(file, findPhoneNumbers(text)))).toEqual([]);
  });

  it('names none of the contact persons of the 2013 profiles', () => {
    const persons = loadContactPersons();
    expect(persons.names.length).toBeGreaterThanOrEqual(40);
    expect(texts.flatMap(([file, text]) => report(file, findContactPersons(text, persons)))).toEqual([]);
  });
});
