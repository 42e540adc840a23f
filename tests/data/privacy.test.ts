/**
 * Privacy of the content: no e-mail addresses or phone numbers of individuals, and none of the
 * 2013 contact persons, anywhere under `content/` (DESIGN.md: personal data is not stored or
 * published). The same check runs over the built site in `tests/e2e/privacy.test.ts`.
 * Findings are masked in the messages, so a failing run does not copy personal data into a log.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findContactPersons,
  findEmailAddresses,
  findPhoneNumbers,
  lineColumn,
  loadContactPersons,
  REPO_ROOT,
  type Finding,
} from '../e2e/support.ts';
import { CONTACT_LINE, contactPersons, findHashedSurnames, hashContactPersons, withoutContactLines } from '../../scripts/lib/personal-data.ts';

const CONTENT = join(REPO_ROOT, 'content');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function describeFindings(file: string, text: string, findings: Finding[]): string[] {
  return findings.map((f) => `${relative(REPO_ROOT, file)}:${lineColumn(text, f.index)} ${f.kind} (${f.masked})`);
}

describe('the detectors (synthetic examples)', () => {
  it('find e-mail addresses, but not the reserved example domains', () => {
    expect(findEmailAddresses('Mail j.jansen@gemeente-x.nl of info@voorbeeld.nl.').map((f) => f.masked)).toEqual(['j.••••••@••••••••-•.••', 'i•••@•••••••••.••']);
    expect(findEmailAddresses('mailto:iemand@example.org, test@bla.test')).toEqual([]);
  });

  it('find Dutch phone numbers in their usual shapes', () => {
    const numbers = ['06-12345678', '06 1234 5678', '020-1234567', '(0575) 123456', '+31 6 12345678', '+31 (0)20 123 4567', '0031 20 1234567'];
    for (const number of numbers) expect(findPhoneNumbers(`Bel ${number}.`), number).toHaveLength(1);
  });

  it('leave dates, years, codes, amounts and page numbers alone', () => {
    const text = '20-06-2013, 2018-2020, GM0363, PV27, € 1.234.567, 12.345.678, p. 012, 0,5 fte, 100.000 kinderen, 1234 AB, versie 0.10.5, 01-01-2015 t/m 31-12-2018';
    expect(findPhoneNumbers(text)).toEqual([]);
  });

  it('find a hashed contact person by name in any case and across line breaks, and by address', () => {
    const persons = hashContactPersons(contactPersons('Contactpersoon: Dr. Anna de Vries-Testpersoon, a.testpersoon@voorbeeld.nl'), 'zout');
    expect(JSON.stringify(persons)).not.toMatch(/anna|vries|testpersoon/i);
    const found = findContactPersons('Contact: anna DE\n  vries-testpersoon, A.Testpersoon@voorbeeld.nl.', persons);
    expect(found.map((f) => f.kind)).toEqual(['naam van een contactpersoon uit de bron van 2013', 'e-mailadres van een contactpersoon uit de bron van 2013']);
    expect(found.map((f) => f.masked)).toEqual(['a••• •• •••••-•••••••••••', 'a.•••••••••••@•••••••••.••']);
    expect(findContactPersons('Dr. Anna de Vries-Testpersoon', persons)).toHaveLength(2); // with and without the title
    expect(findContactPersons('Annade Vries-Testpersoonen', persons)).toEqual([]);
    expect(findHashedSurnames('de heer Vries-Testpersoon.', persons)).toHaveLength(1);
    expect(findHashedSurnames('Vries-Testpersoonweg', persons)).toEqual([]);
  });

  it('empty the contact lines of a source, keeping its line numbers', () => {
    const source = 'Regionaam: Regio X\nContactpersoon: Anna de Vries, a@voorbeeld.nl\nJan Jansen, j.jansen@voorbeeld.nl\nOnderdeel 1';
    expect(withoutContactLines(source)).toEqual({ text: 'Regionaam: Regio X\n\n\nOnderdeel 1', removed: 2 });
    expect(contactPersons(source)).toEqual({ names: ['Anna de Vries', 'Jan Jansen'], emails: ['a@voorbeeld.nl', 'j.jansen@voorbeeld.nl'] });
  });
});

describe('content/ holds no personal data', () => {
  const files = filesUnder(CONTENT);
  const texts = files.map((file) => [file, readFileSync(file, 'utf8')] as const);

  it('has content to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('has no e-mail addresses', () => {
    expect(texts.flatMap(([file, text]) => describeFindings(file, text, findEmailAddresses(text)))).toEqual([]);
  });

  it('has no phone numbers', () => {
    expect(texts.flatMap(([file, text]) => describeFindings(file, text, findPhoneNumbers(text)))).toEqual([]);
  });

  it('names none of the contact persons of the 2013 profiles', () => {
    const persons = loadContactPersons();
    // The source has 42 contact lines; if parsing found far fewer, the check would be hollow.
    expect(persons.names.length).toBeGreaterThanOrEqual(40);
    expect(persons.emails.length).toBeGreaterThanOrEqual(40);
    expect(texts.flatMap(([file, text]) => describeFindings(file, text, findContactPersons(text, persons)))).toEqual([]);
  });

  it('has no surname of a contact person on its own (6 or more letters, not a place name)', () => {
    const persons = loadContactPersons();
    expect(persons.surnames.length).toBeGreaterThanOrEqual(20);
    expect(texts.flatMap(([file, text]) => describeFindings(file, text, findHashedSurnames(text, persons)))).toEqual([]);
  });
});

describe('bronnen/ (the source texts in the repository) holds no contact data', () => {
  const files = filesUnder(join(REPO_ROOT, 'bronnen')).filter((file) => file.endsWith('.txt'));
  const texts = files.map((file) => [file, readFileSync(file, 'utf8')] as const);

  it('has the source texts', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it('has no contact lines, e-mail addresses or names of contact persons (npm run bronnen removed them)', () => {
    const persons = loadContactPersons();
    expect(texts.flatMap(([file, text]) => describeFindings(file, text, findEmailAddresses(text)))).toEqual([]);
    expect(texts.flatMap(([file, text]) => text.split('\n').flatMap((line, i) => (CONTACT_LINE.test(line) ? [`${relative(REPO_ROOT, file)}:${i + 1}`] : [])))).toEqual([]);
    expect(texts.flatMap(([file, text]) => describeFindings(file, text, findContactPersons(text, persons)))).toEqual([]);
  });
});
