/**
 * Parses the plain-text extract of the "Regioprofielen" (June 2013) into raw profiles: the
 * source's own words per field, with the line where each starts. Nothing is normalised here
 * (see `normalise.ts`) and nothing is written (see `build.ts`).
 *
 * What the parser knows about the extract:
 * - Every region starts with a numbered heading ("1 Regio Groningen", "20 Profiel
 *   Haarlemmermeer", "34.1 Subregio West-Brabant-West"); the numbers run 1-41 with 34.1 and
 *   34.2 after 34. A region with subregions has only an introduction.
 * - Before "Onderdeel 1: Inhoud": "Regionaam:", "Deelnemende gemeenten:" (which may wrap), and
 *   the contact person. Contact lines (with "Contactpersoon" or an e-mail address) are dropped
 *   here and never reach the output.
 * - Part 1: question 1 with a table of 11 tasks ("Taak / Niveau / Status"), then a note
 *   ("Toelichting", "Opmerkingen:", "Nb:", "*...") and questions 2-5. Part 2 ("Onderdeel 2:
 *   Governance"): questions 1 (some regions), 1a-1d, 2 and 3; a region may skip one.
 * - The questionnaire had two columns: the question on the left, the answer on the right. The
 *   extract mixes them line by line ("5. Hoe wordt gewerkt aan het Ja, vanaf september ...").
 *   The printed question text is known, so its words are taken off the start of the lines in
 *   order; what remains is the answer.
 * - Page footers ("20-06-2013 Regio Groningen 5") and footnotes (a line of spaces followed by
 *   "1 De DoeTank ...") are taken out of the text; footers are kept for page numbers.
 * - Text after the last answer of part 2 that starts with "Toelichting" or "Algehele
 *   afspraken" is an appendix, not part of that answer.
 */
import type { PageFooter } from './pages.ts';
import { EMAIL, joinLines, parseFooter, squeeze, toLines, type SourceLine } from './text.ts';

export type QuestionId =
  | 'inhoud-2'
  | 'inhoud-3'
  | 'inhoud-4'
  | 'inhoud-5'
  | 'bestuur-1'
  | 'bestuur-1a'
  | 'bestuur-1b'
  | 'bestuur-1c'
  | 'bestuur-1d'
  | 'bestuur-2'
  | 'bestuur-3';

/** A stretch of the source's words with the line where it starts. */
export interface Passage {
  text: string;
  line: number;
}

export interface RawTaskRow {
  /** Task id from `content/taken.yaml`. */
  task: string;
  /** Line where the row label starts. */
  line: number;
  /** The whole row after the label, as printed (level and status together). */
  cell: string;
  /** The level part of the row, e.g. "Bovenregionaal (uitvoering: regionaal)". */
  levelSource: string;
  /** The status part of the row, e.g. "Intentie" or "idem". */
  statusSource: string;
}

export interface RawAnswer {
  id: QuestionId;
  /** Line of the question number. */
  questionLine: number;
  /** The answer in the source's words; empty when the region left it blank. */
  text: string;
  /** Line where the answer text starts (the question line when empty). */
  line: number;
}

export interface RawProfile {
  number: string;
  /** The heading without its number, e.g. "Regio Noord Kennemerland". */
  heading: string;
  line: number;
  /** Values of "Regionaam:" lines. */
  regionNames: string[];
  /** "Deelnemende gemeenten: ..." after the colon. */
  members?: Passage;
  /** Line numbers of contact-person lines that were dropped. */
  contactLines: number[];
  /** Text between the heading and the first subregion (West-Brabant). */
  intro?: Passage;
  /** Text between question 1 and the table (e.g. "Zie 'Plan van aanpak ...'"). */
  preTable?: Passage;
  /** A note in the table header after "gedeelde afspraak)" (e.g. "NB: over dit onderdeel ..."). */
  headerNote?: Passage;
  rows: RawTaskRow[];
  /** The note under the table ("Toelichting" without that word, or "Opmerkingen: ...", "Nb: ..."). */
  explanation?: Passage;
  answers: RawAnswer[];
  /** Blocks after the last answer of part 2 ("Toelichting ...", "Algehele afspraken ..."). */
  appendices: Passage[];
  /** Footnotes found inside the region (dropped from the answers). */
  footnotes: Passage[];
  /** Lines the parser did not expect; shown in the review list. */
  warnings: string[];
}

export interface RawDocument {
  profiles: RawProfile[];
  /** The page footers that survived in the extract, with the first line of text after each. */
  footers: PageFooter[];
  /** Lines of forced page breaks (region headings, "Onderdeel 2"), for the page logic. */
  breaks: number[];
}

export interface TaskLabel {
  id: string;
  source_label: string;
}

/** The printed question texts, to take them off the answers. */
export const PRINTED_QUESTIONS: Record<QuestionId, string> = {
  'inhoud-2': 'Innovaties vooruitlopend op decentralisatie',
  'inhoud-3': 'Is continuïteit van zorg een gespreksonderwerp met de huidige financiers en uitvoerders?',
  'inhoud-4':
    'In hoeverre wordt er gewerkt aan inhoudelijke afspraken over samenwerking op / samenhang met aanpalende beleidsterreinen (onderwijs, veiligheid,werk e.d.);',
  'inhoud-5': 'Hoe wordt gewerkt aan het opbouwen van expertise van gemeentelijke bestuurders en ambtenaren in uw regio?',
  'bestuur-1': 'Wat is uw visie op het terrein van samenwerking tussen gemeenten en op welke manier wordt samengewerkt?',
  'bestuur-1a':
    'Is er een gedeelde visie en plan van aanpak met een planning tot aan de transitie, inclusief financiële, personele planning?',
  'bestuur-1b':
    'Hebben de gemeenteraden van de deelnemende gemeenten ingestemd met de wijze van samenwerking en de samenwerkingsstructuur?',
  'bestuur-1c':
    'Zijn er afspraken over de doelstelling/opdracht van de samenwerking, bijvoorbeeld alleen beleidsvoorbereidend of ook uitvoeringsaspecten (inkooporganisatie)?',
  'bestuur-1d': 'Is de samenwerking juridisch geborgd?',
  'bestuur-2':
    'Op welke manier is er een overleg met maatschappelijke partners, waaronder in ieder geval: - (Passend) onderwijs - Raad voor de Kinderbescherming - Jeugdzorgaanbieders - Bureaus jeugdzorg - Cliënten(organisaties)',
  'bestuur-3': 'Op welke manier is er een overleg met de huidige financiers van de jeugdzorg (provincies, zorgkantoren en zorgverzekeraars)?',
};

const HEADING = /^\s?(\d{1,2}(?:\.\d)?)\s+((?:Regio|Profiel|Subregio)\s.*?)\s*$/;
const PART_1 = /^\s*Onderdeel 1\s*:/;
const PART_2 = /^\s*Onderdeel 2\s*:/;
const CONTENT_QUESTION = /^\s*([2-5])\.\s+(Innovaties|Is continu|In hoeverre|Hoe wordt)/;
const GOVERNANCE_QUESTION = /^\s*(1[a-d]?|2|3)\.\s+(Wat is uw visie|Is er een gedeelde|Hebben de|Zijn er afspraken|Is de samenwerking|Op welke manier)/;
const TABLE_END = /^\s*(Toelichting\b|Opmerkingen\s*:|N[Bb]\s*:|\*)/;
const APPENDIX = /^\s*(Toelichting\b|Algehele afspraken)/;
const STATUS_WORD = /\b(gedeelde afspraak|intentie|nog geen|afspraak|idem)\b/gi;

/**
 * The numbers of the headings in the order they appear: 1-34, 34.1, 34.2, 35-41 for the real
 * extract. Tests pass their own list for fixtures.
 */
export const EXPECTED_NUMBERS = [
  ...Array.from({ length: 34 }, (_, i) => String(i + 1)),
  '34.1',
  '34.2',
  ...Array.from({ length: 7 }, (_, i) => String(i + 35)),
];

export interface ParseOptions {
  tasks: readonly TaskLabel[];
  /** Heading numbers in order; defaults to the real extract's 1-41 with 34.1 and 34.2. */
  numbers?: readonly string[];
}

export function parseRegioprofielen(source: string, options: ParseOptions): RawDocument {
  const all = toLines(source);
  const footers: PageFooter[] = [];
  const removed = new Set<number>();
  const footnotes: Passage[] = [];

  for (const [i, line] of all.entries()) {
    const footer = parseFooter(line);
    if (footer) {
      const next = all.slice(i + 1).find((l) => l.text.trim() !== '')?.n ?? line.n;
      footers.push({ line: line.n, page: footer.page, next });
      removed.add(line.n);
    }
  }
  // Footnotes: a separator line of spaces, then the note, up to a footer or two blank lines.
  for (let i = 0; i < all.length; i++) {
    if (!/^\s{20,}$/.test(all[i]!.text)) continue;
    const block: SourceLine[] = [];
    let j = i + 1;
    for (; j < all.length; j++) {
      const line = all[j]!;
      if (removed.has(line.n)) break;
      if (line.text.trim() === '' && (all[j + 1]?.text.trim() ?? '') === '') break;
      block.push(line);
    }
    removed.add(all[i]!.n);
    for (const line of block) removed.add(line.n);
    const text = joinLines(block.map((l) => l.text));
    if (text) footnotes.push({ text, line: block.find((l) => l.text.trim())!.n });
    i = j - 1;
  }
  const lines = all.filter((line) => !removed.has(line.n));

  // Headings, in the expected order.
  const numbers = options.numbers ?? EXPECTED_NUMBERS;
  const headings: { number: string; heading: string; index: number }[] = [];
  let from = 0;
  for (const number of numbers) {
    const index = lines.findIndex((line, i) => i >= from && HEADING.exec(line.text)?.[1] === number);
    if (index < 0) throw new Error(`kop ${number} niet gevonden in de bron (na regel ${lines[from]?.n ?? '?'})`);
    headings.push({ number, heading: squeeze(HEADING.exec(lines[index]!.text)![2]!), index });
    from = index + 1;
  }

  const breaks: number[] = [];
  const profiles = headings.map((heading, h) => {
    const end = headings[h + 1]?.index ?? lines.length;
    const block = lines.slice(heading.index + 1, end);
    const startLine = lines[heading.index]!.n;
    const endLine = lines[end]?.n ?? Infinity;
    breaks.push(startLine);
    for (const line of block) if (PART_2.test(line.text)) breaks.push(line.n);
    const profile = parseRegion(heading.number, heading.heading, startLine, block, options.tasks);
    profile.footnotes = footnotes.filter((note) => note.line > startLine && note.line < endLine);
    return profile;
  });

  return { profiles, footers, breaks };
}

function emptyProfile(number: string, heading: string, line: number): RawProfile {
  return { number, heading, line, regionNames: [], contactLines: [], rows: [], answers: [], appendices: [], footnotes: [], warnings: [] };
}

function passage(lines: readonly SourceLine[]): Passage | undefined {
  const text = joinLines(lines.map((line) => line.text));
  if (!text) return undefined;
  return { text, line: lines.find((line) => line.text.trim() !== '')!.n };
}

function parseRegion(number: string, heading: string, line: number, block: SourceLine[], tasks: readonly TaskLabel[]): RawProfile {
  const profile = emptyProfile(number, heading, line);
  const part1 = block.findIndex((l) => PART_1.test(l.text));
  if (part1 < 0) {
    // A region that answers per subregion: only an introduction.
    const intro = passage(block);
    if (intro) profile.intro = intro;
    return profile;
  }
  parseHeader(profile, block.slice(0, part1));
  const part2 = block.findIndex((l) => PART_2.test(l.text));
  if (part2 < 0) {
    profile.warnings.push(`regel ${block[part1]!.n}: "Onderdeel 2" niet gevonden`);
    parseContent(profile, block.slice(part1 + 1), tasks);
    return profile;
  }
  parseContent(profile, block.slice(part1 + 1, part2), tasks);
  parseGovernance(profile, block.slice(part2 + 1));
  return profile;
}

function parseHeader(profile: RawProfile, lines: SourceLine[]) {
  let members: SourceLine[] | undefined;
  const flush = () => {
    if (!members) return;
    profile.members = { text: joinLines(members.map((l) => l.text)), line: members[0]!.n };
    members = undefined;
  };
  for (const line of lines) {
    const text = line.text.trim();
    if (/contactpersoon/i.test(text) || EMAIL.test(text)) {
      flush();
      profile.contactLines.push(line.n);
      continue;
    }
    if (text === '') {
      flush();
      continue;
    }
    const name = /^Regionaam\s*:\s*(.+)$/.exec(text);
    if (name) {
      flush();
      profile.regionNames.push(squeeze(name[1]!));
      continue;
    }
    const list = /^Deelnemende gemeenten\s*:\s*(.*)$/.exec(text);
    if (list) {
      flush();
      // Keep whether the raw line ended in white space: it decides how a hyphen joins.
      members = [{ n: line.n, text: list[1]! + (/\s$/.test(line.text) ? ' ' : '') }];
      continue;
    }
    if (members) {
      members.push(line);
      continue;
    }
    profile.warnings.push(`regel ${line.n}: onverwachte tekst in de kop: "${text}"`);
  }
  flush();
}

function parseContent(profile: RawProfile, lines: SourceLine[], tasks: readonly TaskLabel[]) {
  const q1 = lines.findIndex((l) => /^\s*1\.\s+In hoeverre is er een gedeelde visie/.test(l.text));
  const q1End = lines.findIndex((l, i) => i >= q1 && /georganiseerd\?/.test(l.text));
  const header = lines.findIndex((l) => /^\s*Taak\s+Niveau/.test(l.text));
  const firstLabel = tasks[0]!.source_label;
  const firstRow = lines.findIndex((l, i) => i > header && l.text.trimStart().startsWith(firstLabel));
  const markers = lines.flatMap((l, i) => (CONTENT_QUESTION.test(l.text) ? [i] : []));
  if (q1 < 0 || q1End < 0 || header < 0 || firstRow < 0) {
    profile.warnings.push(`regel ${lines[0]?.n}: vraag 1 of de takentabel niet gevonden`);
  } else {
    const pre = passage(lines.slice(q1End + 1, header));
    if (pre) profile.preTable = pre;
    const headerText = joinLines(lines.slice(header, firstRow).map((l) => l.text));
    const note = /gedeelde afspraak\)\s*(.*)$/.exec(headerText)?.[1];
    if (note) {
      const noteLine = lines.slice(header, firstRow).find((l) => note.startsWith(l.text.trim()) && l.text.trim() !== '');
      profile.headerNote = { text: note, line: noteLine?.n ?? lines[header]!.n };
    }
    const limit = markers.find((i) => i > firstRow) ?? lines.length;
    let tableEnd = lines.findIndex((l, i) => i > firstRow && i < limit && TABLE_END.test(l.text));
    if (tableEnd < 0) tableEnd = limit;
    profile.rows = parseRows(lines.slice(firstRow, tableEnd), tasks, profile.warnings);
    const noteLines = lines.slice(tableEnd, limit);
    if (noteLines[0] && /^\s*Toelichting\s*$/.test(noteLines[0].text)) noteLines.shift();
    const explanation = passage(noteLines);
    if (explanation) profile.explanation = explanation;
  }
  profile.answers.push(...parseAnswers(lines, markers, (m) => `inhoud-${m[1]}` as QuestionId, CONTENT_QUESTION));
}

function parseGovernance(profile: RawProfile, lines: SourceLine[]) {
  const markers = lines.flatMap((l, i) => (GOVERNANCE_QUESTION.test(l.text) ? [i] : []));
  const lastMarker = markers.at(-1) ?? 0;
  const appendixStart = lines.findIndex((l, i) => i > lastMarker && APPENDIX.test(l.text));
  const body = appendixStart < 0 ? lines : lines.slice(0, appendixStart);
  if (appendixStart >= 0) {
    // Each appendix runs to the next appendix heading.
    const rest = lines.slice(appendixStart);
    const starts = rest.flatMap((l, i) => (APPENDIX.test(l.text) ? [i] : []));
    starts.forEach((start, k) => {
      const appendix = passage(rest.slice(start, starts[k + 1] ?? rest.length));
      if (appendix) profile.appendices.push(appendix);
    });
  }
  profile.answers.push(...parseAnswers(body, markers, (m) => `bestuur-${m[1]}` as QuestionId, GOVERNANCE_QUESTION));
  const text = joinLines(lines.slice(0, markers[0] ?? lines.length).map((l) => l.text));
  if (markers.length > 0 && text) profile.warnings.push(`regel ${lines[0]?.n}: tekst voor de eerste vraag van onderdeel 2: "${text}"`);
}

function parseAnswers(lines: SourceLine[], markers: number[], idOf: (match: RegExpExecArray) => QuestionId, pattern: RegExp): RawAnswer[] {
  return markers.map((start, k) => {
    const match = pattern.exec(lines[start]!.text)!;
    const id = idOf(match);
    const block = lines.slice(start, markers[k + 1] ?? lines.length);
    const answerLines = stripQuestion(block, PRINTED_QUESTIONS[id]);
    const text = joinLines(answerLines.map((l) => l.text));
    const first = answerLines.find((l) => l.text.trim() !== '');
    return { id, questionLine: lines[start]!.n, text, line: text ? first!.n : lines[start]!.n };
  });
}

/**
 * Takes the printed question off the lines of a question block, in order. A line loses its
 * leading words when they continue the question, provided the line is question only, or at
 * least three words match, or the words finish the question, or it is the first line (which
 * starts with the question number). The rest of each line is the answer.
 */
export function stripQuestion(block: readonly SourceLine[], question: string): SourceLine[] {
  const words = question.split(/\s+/);
  let next = 0;
  return block.map((line, index) => {
    let text = line.text;
    if (index === 0) text = text.replace(/^\s*\d[a-d]?\.\s*/, '');
    if (next >= words.length) return { n: line.n, text };
    const lineWords = [...text.matchAll(/\S+/g)];
    let k = 0;
    while (k < lineWords.length && next + k < words.length && lineWords[k]![0] === words[next + k]) k++;
    const whole = k === lineWords.length;
    if (k > 0 && (whole || k >= 3 || next + k === words.length || index === 0)) {
      next += k;
      const cut = whole ? text.length : lineWords[k]!.index!;
      return { n: line.n, text: whole ? '' : text.slice(cut) };
    }
    return { n: line.n, text };
  });
}

/**
 * Splits the table body into the 11 rows. The labels are found in order in the joined text;
 * what follows a label up to the next label is that row's cell, split into level and status
 * at the first status word that is not at the very start ("Nog geen opvatting Nog geen
 * opvatting": the second one).
 */
function parseRows(lines: SourceLine[], tasks: readonly TaskLabel[], warnings: string[]): RawTaskRow[] {
  // Join the lines as `joinLines` does, remembering where each line starts in the result.
  const starts: { offset: number; line: number }[] = [];
  let joined = '';
  let glue = false;
  for (const line of lines) {
    const piece = squeeze(line.text);
    if (!piece) continue;
    const separator = joined === '' || glue ? '' : ' ';
    starts.push({ offset: joined.length + separator.length, line: line.n });
    joined += separator + piece;
    glue = /[\p{L}\p{N}]-$/u.test(line.text);
  }
  const lineAt = (offset: number) => [...starts].reverse().find((s) => s.offset <= offset)?.line ?? lines[0]!.n;

  const found: { task: string; at: number; end: number }[] = [];
  let from = 0;
  for (const task of tasks) {
    const at = joined.indexOf(task.source_label, from);
    if (at < 0) {
      warnings.push(`regel ${lines[0]?.n}: taak "${task.source_label}" niet gevonden in de tabel`);
      continue;
    }
    found.push({ task: task.id, at, end: at + task.source_label.length });
    from = at + task.source_label.length;
  }
  return found.map((row, i) => {
    const cell = squeeze(joined.slice(row.end, found[i + 1]?.at ?? joined.length));
    const { levelSource, statusSource } = splitCell(cell);
    return { task: row.task, line: lineAt(row.at), cell, levelSource, statusSource };
  });
}

/** "Lokaal (inkoop: regionaal) Intentie" -> level "Lokaal (inkoop: regionaal)", status "Intentie". */
export function splitCell(cell: string): { levelSource: string; statusSource: string } {
  const positions = [...cell.matchAll(STATUS_WORD)].map((m) => m.index!);
  const at = positions.find((p) => p > 0) ?? (positions[0] === 0 ? 0 : -1);
  if (at < 0) return { levelSource: cell, statusSource: '' };
  return { levelSource: squeeze(cell.slice(0, at)), statusSource: squeeze(cell.slice(at)) };
}
