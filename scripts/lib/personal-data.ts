/**
 * Personal data in the source texts, for `scripts/bronnen.ts` (which writes the texts without it
 * into `bronnen/`) and for the privacy tests (which look for it in `content/` and `dist/`).
 *
 * The contact persons of the 2013 profiles are never kept in clear text in the repository: the
 * script stores salted SHA-256 hashes of their names and e-mail addresses
 * (`tests/data/contactpersonen-2013.json`), and the tests hash every run of words in a text and
 * compare. Words are compared lower-cased and without the punctuation around them, so a name
 * is found in any case, across line breaks and next to a comma or a full stop.
 */
import { createHash } from 'node:crypto';

/** A contact line of the 2013 profiles: "Contactpersoon: ..." or any line with an e-mail address. */
export const CONTACT_LINE = /^\s*Contactpersoon\b|[\w.+-]+@[\w-]+/i;
const TITLE = /^(?:dr|drs|mr|ir|ing|prof|dhr|mevr|mw)\.?\s+/i;

export interface ContactPersons {
  /** Names as written (without a title such as "Dr." or "Mw."), whitespace-normalised. */
  names: string[];
  /** E-mail addresses, lower-cased. */
  emails: string[];
}

/** The hashed form that is committed: no name or address in clear text. */
export interface HashedContactPersons {
  salt: string;
  /** Hashes of names, each a run of words (see `words()`). */
  names: string[];
  /** Hashes of e-mail addresses. */
  emails: string[];
  /** Hashes of surnames (last word of a name) of 6 or more letters that are not a word of a place name. */
  surnames: string[];
  /** Hashes of the first word of each name: only a run that starts with one of these is hashed whole (speed). */
  first_words: string[];
}

/** Contact persons named on the contact lines of a text (before "Onderdeel 1" of each region). */
export function contactPersons(text: string): ContactPersons {
  const names = new Set<string>();
  const emails = new Set<string>();
  for (const line of text.split('\n')) {
    if (!CONTACT_LINE.test(line)) continue;
    const rest = line.replace(/^\s*Contactpersoon\s*:?\s*/i, '');
    const name = rest.split(',')[0]!.replace(/\s+/g, ' ').trim();
    const untitled = name.replace(TITLE, '');
    for (const candidate of [name, untitled]) if (!candidate.includes('@') && words(candidate).length >= 2) names.add(candidate);
    // Any token with an @ (one address in the source lacks its top-level domain).
    for (const email of rest.matchAll(/[^\s,:;<>]+@[^\s,;<>]+/g)) emails.add(email[0].replace(/[.)]+$/, '').toLowerCase());
  }
  return { names: [...names], emails: [...emails] };
}

/** A text without its contact lines: each becomes an empty line, so line numbers stay the same. */
export function withoutContactLines(text: string): { text: string; removed: number } {
  let removed = 0;
  const lines = text.split('\n').map((line) => {
    if (!CONTACT_LINE.test(line)) return line;
    removed += 1;
    return '';
  });
  return { text: lines.join('\n'), removed };
}

/** The words of a text, lower-cased, without the punctuation around them ("J.", "Jansen," → "j", "jansen"). */
export function words(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase())
    .filter((word) => word !== '');
}

/** A function of one word, computed once per distinct word. */
function memo(f: (word: string) => boolean): (word: string) => boolean {
  const seen = new Map<string, boolean>();
  return (word) => {
    let result = seen.get(word);
    if (result === undefined) seen.set(word, (result = f(word)));
    return result;
  };
}

export const hash = (salt: string, value: string) => createHash('sha256').update(`${salt}\u0000${value}`).digest('hex');

/** `placeWords`: the words of municipality names and spellings, which are not taken for surnames. */
export function hashContactPersons(persons: ContactPersons, salt: string, placeWords: ReadonlySet<string> = new Set()): HashedContactPersons {
  const surnames = persons.names.map((name) => words(name).at(-1)!).filter((word) => word.length >= 6 && !placeWords.has(word));
  return {
    salt,
    names: [...new Set(persons.names.map((name) => hash(salt, words(name).join(' '))))].sort(),
    emails: [...new Set(persons.emails.map((email) => hash(salt, email)))].sort(),
    surnames: [...new Set(surnames.map((word) => hash(salt, word)))].sort(),
    first_words: [...new Set(persons.names.map((name) => hash(salt, words(name)[0]!)))].sort(),
  };
}

/** Single words that are the surname of a contact person (content/ only: a stricter check than full names). */
export function findHashedSurnames(text: string, persons: HashedContactPersons): PersonFinding[] {
  const surnames = new Set(persons.surnames);
  const isSurname = memo((word: string) => surnames.has(hash(persons.salt, word)));
  return [...text.matchAll(/\S+/g)]
    .filter((m) => {
      const word = words(m[0])[0];
      return word !== undefined && word.length >= 6 && isSurname(word);
    })
    .map((m) => ({ kind: 'achternaam van een contactpersoon uit de bron van 2013', index: m.index, masked: mask(m[0]) }));
}

export interface PersonFinding {
  kind: string;
  /** Offset in the text. */
  index: number;
  /** A masked form that identifies the spot without repeating the personal data. */
  masked: string;
}

const mask = (value: string) => value.replace(/[\p{L}\p{N}]/gu, (c, i: number) => (i === 0 ? c : '•'));

/**
 * Places where a hashed contact person occurs: every run of 2 to 6 words, and every token with an
 * @, is hashed and looked up. Names are compared as whole words, so "Jansenweg" is not "Jansen".
 */
export function findHashedContactPersons(text: string, persons: HashedContactPersons): PersonFinding[] {
  const names = new Set(persons.names);
  const emails = new Set(persons.emails);
  const firstWords = new Set(persons.first_words);
  const startsName = memo((word: string) => firstWords.has(hash(persons.salt, word)));
  const tokens = [...text.matchAll(/\S+/g)].map((m) => ({ index: m.index, raw: m[0], word: words(m[0])[0] ?? '' }));
  const findings: PersonFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.raw.includes('@')) {
      for (const email of tokens[i]!.raw.matchAll(/[^\s,:;<>()"'[\]]+@[^\s,;<>()"'[\]]+/g)) {
        const value = email[0].replace(/[.)]+$/, '').toLowerCase();
        if (emails.has(hash(persons.salt, value))) findings.push({ kind: 'e-mailadres van een contactpersoon uit de bron van 2013', index: tokens[i]!.index + email.index, masked: mask(value) });
      }
    }
    if (tokens[i]!.word === '' || !startsName(tokens[i]!.word)) continue;
    const run: string[] = [];
    for (let j = i; j < tokens.length && run.length < 6; j++) {
      if (tokens[j]!.word === '') break;
      run.push(tokens[j]!.word);
      if (run.length >= 2 && names.has(hash(persons.salt, run.join(' ')))) {
        findings.push({ kind: 'naam van een contactpersoon uit de bron van 2013', index: tokens[i]!.index, masked: mask(run.join(' ')) });
      }
    }
  }
  return findings;
}
