/**
 * The four later source documents as structured dossiers: the content under
 * `content/documenten/<slug>/` and `content/samenwerkingen/`, read and validated the way the
 * validator does, checked against the source texts themselves (`bronnen/`, without personal data; see
 * `scripts/bronnen.ts`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentTree } from '../../schemas/validator/content-fs.ts';
import { checkMdxSafety } from '../../schemas/validator/mdx-safety.ts';
import { validateContent, type Entry, type ValidationResult } from '../../schemas/validator/validate.ts';
import { document as documentSchema } from '../../schemas/document.ts';
import { dutchError } from '../../schemas/errors.ts';
import { agenda as agendaSchema, budget as budgetSchema, collaboration as collaborationSchema, principleSet, vision as visionSchema } from '../../schemas/plans.ts';
import { ALLOWED_MDX_COMPONENTS } from '../../schemas/validator/mdx-components.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = join(ROOT, 'bronnen');

const VISION = 'regiovisie-zuid-kennemerland-ijmond';
const ALKMAAR = 'transformatieplan-alkmaar-2018-2020';
const PLAN_2020 = 'bovenregionaal-plan-noord-holland-2020';
const UPDATE = 'bovenregionale-samenwerking-noord-holland-update';
const MY_DOCUMENTS = [VISION, ALKMAAR, PLAN_2020, UPDATE];
const ALKMAAR_AGENDA = `${ALKMAAR}/agenda-transformatieopgaven`;

let result: ValidationResult;
let files: ReturnType<typeof readContentTree>['files'];
const entries = (collection: Parameters<ValidationResult['store']['get']>[0]) => [...result.store.get(collection)!.values()];
const entry = (collection: Parameters<ValidationResult['store']['get']>[0], id: string): Entry => {
  const found = result.store.get(collection)!.get(id);
  if (!found) throw new Error(`${collection}/${id} ontbreekt of is ongeldig: ${JSON.stringify(result.problems.filter((p) => p.file.includes(id.split('/')[0]!)), null, 1)}`);
  return found;
};
const source = (documentId: string): string => readFileSync(join(SOURCES, entry('documenten', documentId).data.source_file), 'utf8');
const mdx = (documentId: string): string => files.find((f) => f.path === `content/documenten/${documentId}/tekst.mdx`)!.text;

/**
 * Text as compared with a source: without white space (the PDF broke lines anywhere), quote
 * characters and diacritics (the extract has misplaced combining marks, e.g. "casuis̈tiek"),
 * in lower case (a heading printed in capitals). What remains must match letter for letter.
 */
const comparable = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\s‘’'"“”]/g, '')
    .replace(/\\\*/g, '*')
    .toLowerCase();

/** Footnote marks the quotations leave out, per source file. */
const FOOTNOTE_MARKS: Record<string, [string, string][]> = {
  '001_0c4fcb230fbc3b29.txt': [['van Simons2.', 'van Simons.'], ['cluster 3 en 41 en', 'cluster 3 en 4 en']],
};
/** The bullet that starts a line in the extract ("•", "●", "o", "-"); quotations leave it out. */
const LINE_BULLET = /^[ \t]*(?:[•●]|o(?=[ \t])|-)[ \t]*/gm;
const sourceComparable = (documentId: string) => {
  let text = source(documentId).replace(LINE_BULLET, '');
  for (const [from, to] of FOOTNOTE_MARKS[entry('documenten', documentId).data.source_file] ?? []) text = text.replace(from, to);
  return comparable(text);
};

beforeAll(() => {
  files = readContentTree(ROOT).files;
  result = validateContent(files);
});

describe('the four documents validate', () => {
  it('have no problems except references to regions and municipalities that are still being created', () => {
    const mine = result.problems.filter(
      (p) => MY_DOCUMENTS.some((id) => p.file.startsWith(`content/documenten/${id}/`)) || p.file.startsWith('content/samenwerkingen/'),
    );
    const other = mine.filter((p) => !/bestaat niet; verwacht een bestaande (regio|gemeente) /.test(p.message));
    expect(other).toEqual([]);
  });

  it('each have document.yaml and tekst.mdx, and every structured part belongs to a document', () => {
    for (const id of MY_DOCUMENTS) {
      expect(entry('documenten', id).data.source_file).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
      expect(result.store.get('documentteksten')!.has(id), `${id}/tekst.mdx`).toBe(true);
      expect(existsSync(join(SOURCES, entry('documenten', id).data.source_file)), 'bron in bronnen/').toBe(true);
    }
    for (const plan of entries('plannen')) expect(result.store.get('documenten')!.has(plan.id), plan.file).toBe(true);
  });
});

describe('Regiovisie Zuid-Kennemerland en IJmond', () => {
  it('is stored once and referenced by both regions', () => {
    const both = entries('documenten').filter((d) => d.data.regions.includes('zuid-kennemerland') || d.data.regions.includes('ijmond'));
    expect(both.map((d) => d.id)).toEqual([VISION]);
    expect(entry('documenten', VISION).data.regions).toEqual(['zuid-kennemerland', 'ijmond']);
    const visions = entries('visies').filter((v) => v.data.regions.includes('zuid-kennemerland') || v.data.regions.includes('ijmond'));
    expect(visions.map((v) => v.id)).toEqual([VISION]);
    expect(visions[0]!.data.regions).toEqual(['zuid-kennemerland', 'ijmond']);
    // No copy under another slug: only one visie.yaml and one tekst.mdx carry the vision's text.
    const marker = 'We willen dat kinderen en jongeren in Zuid-Kennemerland en IJmond een goede start maken';
    expect(files.filter((f) => f.text.includes(marker)).map((f) => f.path)).toEqual([
      `content/documenten/${VISION}/tekst.mdx`,
      `content/documenten/${VISION}/visie.yaml`,
    ]);
  });

  it('names its 7 municipalities, 4 in Zuid-Kennemerland and 3 in IJmond', () => {
    const { municipalities } = entry('visies', VISION).data;
    expect(municipalities.filter((m: { region: string }) => m.region === 'zuid-kennemerland').map((m: { municipality: string }) => m.municipality)).toEqual(['bloemendaal', 'haarlem', 'heemstede', 'zandvoort']);
    expect(municipalities.filter((m: { region: string }) => m.region === 'ijmond').map((m: { municipality: string }) => m.municipality)).toEqual(['beverwijk', 'heemskerk', 'velsen']);
  });

  it('has the 3 scale levels, the 8 principles and the 5 policy goals with their themes', () => {
    const v = entry('visies', VISION).data;
    expect(v.scale_levels.map((s: { levels: string[] }) => s.levels)).toEqual([['lokaal'], ['regionaal'], ['bovenregionaal', 'landelijk']]);
    expect(v.principles.map((p: { title: string }) => p.title)).toEqual([
      'Normaliseren',
      'Partnerschap met jeugdige/gezin',
      'Vindplaatsen versterken',
      'Vroegsignaleren',
      'Jeugdhulp bieden in de leefwereld van de jeugdige',
      'Veiligheid staat voorop',
      'Verbinden van informele en formele zorg',
      'Integraal samenwerken',
    ]);
    expect(v.goals).toHaveLength(5);
    expect(v.goals.map((g: { number: string; section: string }) => [g.number, g.section])).toEqual([
      ['1', '4.1'], ['2', '4.2'], ['3', '4.3'], ['4', '4.4'], ['5', '4.5'],
    ]);
    expect(v.goals.map((g: { themes: string[] }) => g.themes.length)).toEqual([3, 5, 5, 4, 4]);
    expect(v.basic_functions.map((f: { number: string }) => f.number)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('has the governance agreements, the steering principles and key figures with their section', () => {
    const v = entry('visies', VISION).data;
    expect(v.governance.agreements).toHaveLength(4);
    expect(v.governance.guiding_statements).toHaveLength(7);
    expect(v.governance.options.map((o: { title: string }) => o.title)).toEqual(['Afstemming', 'Netwerkconstructie', 'Zelfstandige organisatie']);
    expect(v.steering_model.levers).toHaveLength(4);
    expect(v.steering_principles).toHaveLength(6);
    expect(v.steering_principles_explained).toHaveLength(6);
    expect(v.key_figures.length).toBeGreaterThanOrEqual(20);
    for (const figure of v.key_figures) expect(figure.section, figure.id).toBeDefined();
    const byId = new Map(v.key_figures.map((f: { id: string; value: string }) => [f.id, f.value]));
    expect(byId.get('jeugdhulpgebruik-2015')).toBe('7,6 %');
    expect(byId.get('jeugdhulpgebruik-2020')).toBe('8,8 %');
    expect(byId.get('kosten-totaal-2018-2020')).toBe('31%');
  });
});

describe('Transformatieplan Jeugdhulp regio Alkmaar 2018-2020', () => {
  /** The action-line column of the table, as read from the source: task number -> action lines 1-6. */
  const ACTION_LINES_IN_SOURCE: Record<string, number[]> = {
    '1': [1],
    '2': [1, 2],
    '3': [5],
    '4': [2, 4],
    '5': [2],
    '6': [2],
    '7': [5],
    '8': [3],
    '9': [6],
    '10': [],
  };
  /** Tasks marked "*": "(deels) in samenwerking met andere Noord-Hollandse regio’s". */
  const STARRED = ['4', '5', '7'];

  const numbersOf = (ids: string[]) => {
    const numberById = new Map(entries('actielijnen').map((a) => [a.id, a.data.number as number]));
    return ids.map((id) => {
      expect(numberById.has(id), `actielijn ${id}`).toBe(true);
      return numberById.get(id)!;
    });
  };

  it('has 10 transformation tasks with the action lines of the source table', () => {
    const { items } = entry('agendas', ALKMAAR_AGENDA).data;
    expect(items.map((i: { number: string }) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    for (const item of items) {
      expect(numbersOf(item.action_lines), `opgave ${item.number}`).toEqual(ACTION_LINES_IN_SOURCE[item.number]);
      // The printed cell ("1 en 2") and the normalised ids say the same.
      const printed = (item.action_lines_source as string).split(/\s*en\s*|,\s*/).filter(Boolean).map(Number);
      expect(printed, `opgave ${item.number}: action_lines_source`).toEqual(ACTION_LINES_IN_SOURCE[item.number]);
    }
  });

  it('reads the number, title, star and action-line cell of each row from the source table', () => {
    const text = source(ALKMAAR).replace(/\s+/g, ' ');
    for (const item of entry('agendas', ALKMAAR_AGENDA).data.items) {
      const star = item.with_other_regions === 'geheel-of-deels' ? '*' : '';
      const firstWord = (item.problem.text as string).split(' ')[0];
      const row = [`${item.number}. ${item.title}${star}`, item.action_lines_source, firstWord].filter(Boolean).join(' ');
      expect(text, `rij ${item.number}`).toContain(row);
    }
  });

  it('marks exactly the starred tasks as (partly) done with other Noord-Holland regions, and records no phase', () => {
    for (const item of entry('agendas', ALKMAAR_AGENDA).data.items) {
      expect(item.with_other_regions, `opgave ${item.number}`).toBe(STARRED.includes(item.number) ? 'geheel-of-deels' : 'nee');
      // The phase was only a colour in the PDF; the text states none.
      expect(item.phase, `opgave ${item.number}`).toBeUndefined();
    }
  });

  it('agrees with its own criteria text: 9 of 10 tasks have an action line, together all 6', () => {
    const items = entry('agendas', ALKMAAR_AGENDA).data.items as { action_lines: string[] }[];
    expect(items.filter((i) => i.action_lines.length > 0)).toHaveLength(9);
    expect(new Set(items.flatMap((i) => i.action_lines)).size).toBe(6);
  });

  it('has the 5 starting points, the 5 administrative principles, the criteria and the budget as printed', () => {
    const plan = entry('plannen', ALKMAAR).data;
    expect(plan.starting_points.map((p: { title: string }) => p.title)).toEqual([
      'Het kind centraal', 'Maatwerk waar nodig', 'Zo thuis mogelijk', 'Vroeg ingrijpen kan erger voorkomen', 'Goede verhouding tussen resultaat en kosten',
    ]);
    expect(plan.administrative_principles.map((p: { title: string }) => p.title)).toEqual([
      'Keuzevrijheid voor cliënten', 'Eenvoud', 'Lichtere hulp', 'Innovatie', 'Realistische tarieven',
    ]);
    expect(plan.aims).toHaveLength(9);
    expect(plan.funding_conditions).toHaveLength(6);
    expect(plan.criteria.filter((c: { kind: string }) => c.kind === 'beoordelingscriterium')).toHaveLength(5);
    expect(plan.criteria.filter((c: { kind: string }) => c.kind === 'toetsingscriterium')).toHaveLength(6);
    expect(plan.municipalities.map((m: { municipality: string }) => m.municipality)).toEqual(['alkmaar', 'heerhugowaard', 'langedijk', 'bergen-nh', 'uitgeest', 'castricum', 'heiloo']);
    expect(plan.budget).toMatchObject({ amount_per_year: 602938, years: 3, period: { from: 2018, to: 2020 } });
    expect(source(ALKMAAR).replace(/\s+/g, ' ')).toContain(plan.budget.as_printed);
    expect(plan.budget.as_printed).toContain('€ 602.938');
  });
});

describe('Bovenregionale samenwerking Noord-Holland', () => {
  const collaboration = () => entry('samenwerkingen', 'noord-holland').data;

  it('has 9 member regions with their role in the core team, as in the 2020 plan', () => {
    const members = collaboration().members as { region: string; core_team: string; source: string }[];
    expect(members.map((m) => m.region)).toEqual([
      'kop-van-noord-holland', 'west-friesland', 'alkmaar', 'ijmond', 'zuid-kennemerland',
      'amsterdam-amstelland', 'haarlemmermeer', 'zaanstreek-waterland', 'gooi-en-vechtstreek',
    ]);
    expect(members.filter((m) => m.core_team === 'nee').map((m) => m.region)).toEqual(['gooi-en-vechtstreek']);
    for (const m of members) expect(m.source).toBe(PLAN_2020);
  });

  it('has the 6 themes of the 2020 plan and the 3 themes of BORN', () => {
    const themes = new Map((collaboration().themes as { id: string; items: { title: string; number?: string }[] }[]).map((s) => [s.id, s]));
    expect(themes.get('themas-bovenregionaal-plan-2020')!.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      '1 Organisatie van zorg', '2 Samenwerking met zorgaanbieders', '3 Samenwerking met onderwijs',
      '4 Leren en organiseren', '5 Inkoop(afspraken)', '6 Data management',
    ]);
    expect(themes.get('themas-born')!.items).toHaveLength(3);
    expect(collaboration().networks.map((n: { abbreviation: string }) => n.abbreviation)).toEqual(['BORN']);
  });

  it('has the 10 leading principles of Een Thuis voor Noordje, numbered 1-10, with the count the update prints', () => {
    const set = (collaboration().principles as { id: string; items: { number: string }[]; count_as_printed: { count: number; quote: string } }[])
      .find((s) => s.id === 'leidende-principes-een-thuis-voor-noordje')!;
    expect(set.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(set.count_as_printed.count).toBe(10);
    expect(source(UPDATE)).toContain('10 leidende principes');
  });

  it('lists its agendas, and each of them names the collaboration', () => {
    const ids = collaboration().agendas as string[];
    expect(ids).toHaveLength(3);
    for (const id of ids) expect(entry('agendas', id).data.collaboration, id).toBe('noord-holland');
    expect(entry('agendas', `${UPDATE}/agenda-bovenregionaal`).data.items).toHaveLength(5);
    expect(entry('agendas', `${UPDATE}/agenda-regionaal`).data.items).toHaveLength(4);
    const westFriesland = entry('agendas', `${UPDATE}/agenda-houtskoolschets-westfriesland`).data;
    expect(westFriesland.region).toBe('west-friesland');
    expect(westFriesland.items).toHaveLength(7);
  });

  it('has the target group, purpose, what it is not for and the planning of the 2020 plan', () => {
    const plan = entry('plannen', PLAN_2020).data;
    expect(plan.collaboration).toBe('noord-holland');
    expect(plan.target_group.text).toContain('jeugdigen met een complexe zorgvraag');
    expect(plan.purpose).toHaveLength(4);
    expect(plan.not_for).toHaveLength(2);
    expect(plan.milestones.length).toBeGreaterThanOrEqual(5);
  });
});

describe('dates are printed or absent, never invented', () => {
  const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  /** The forms in which a date can stand in a Dutch text: 20-06-2013, 20 juni 2013, 2013-06-20. */
  const printedForms = (iso: string) => {
    const [y, m, d] = iso.split('-');
    const day = String(Number(d));
    return [`${d}-${m}-${y}`, `${day}-${Number(m)}-${y}`, `${day} ${MONTHS[Number(m) - 1]} ${y}`, iso];
  };

  it('every document date is "ongedateerd" (with a note) or printed in its source', () => {
    for (const d of entries('documenten')) {
      if (d.data.date === 'ongedateerd') {
        expect(d.data.date_note, d.id).toBeTruthy();
        continue;
      }
      const text = source(d.id).replace(/\s+/g, ' ');
      expect(printedForms(d.data.date).some((form) => text.includes(form)), `${d.id}: ${d.data.date}`).toBe(true);
    }
  });

  it('the four later documents print no date of their own', () => {
    for (const id of MY_DOCUMENTS) expect(entry('documenten', id).data.date, id).toBe('ongedateerd');
  });

  it('every milestone date is printed in the source', () => {
    for (const plan of entries('plannen')) {
      const text = source(plan.id).replace(/\s+/g, ' ');
      for (const milestone of plan.data.milestones.filter((m: { date?: string }) => m.date)) {
        expect(printedForms(milestone.date).some((form) => text.includes(form)), `${plan.id}: ${milestone.date}`).toBe(true);
        expect(text).toContain(milestone.when);
      }
    }
  });
});

describe('what is stored as the source’s words is in the source', () => {
  /** Keys whose string value is the source's words (project's words are label, role, what, remark, summary, name). */
  const SOURCE_WORDS = new Set(['text', 'title', 'alt_title', 'criterion', 'as_printed', 'when', 'by', 'name_as_printed']);
  const SOURCE_WORD_LISTS = new Set(['directions', 'target_groups', 'partners', 'themes', 'levers']);

  /** Every source-words string in a value, with its path; skips titles the project wrote. */
  function* sourceWords(value: unknown, path: string): Generator<[string, string]> {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) yield* sourceWords(v, `${path}[${i}]`);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const object = value as Record<string, unknown>;
    for (const [key, v] of Object.entries(object)) {
      if (key === 'title' && object.title_source === 'redactie') continue;
      if (typeof v === 'string' && SOURCE_WORDS.has(key)) yield [`${path}.${key}`, v];
      else if (key === 'quote' && typeof v === 'string') yield [`${path}.quote`, v];
      else if (SOURCE_WORD_LISTS.has(key) && Array.isArray(v) && v.every((s) => typeof s === 'string')) {
        for (const [i, s] of (v as string[]).entries()) yield [`${path}.${key}[${i}]`, s];
      } else if (typeof v === 'object') yield* sourceWords(v, `${path}.${key}`);
    }
  }

  const expectInSource = (documentId: string, value: unknown, where: string) => {
    const haystack = sourceComparable(documentId);
    for (const [path, text] of sourceWords(value, where)) expect(haystack.includes(comparable(text)), `${path}: "${text}"`).toBe(true);
  };

  it('in the visions, plans and agendas of the four documents', () => {
    for (const collection of ['visies', 'plannen', 'agendas'] as const) {
      for (const e of entries(collection)) {
        const documentId = e.id.split('/')[0]!;
        if (!MY_DOCUMENTS.includes(documentId)) continue;
        // The title of a principle list is a heading written by the project; the agenda's own title is printed.
        expectInSource(documentId, e.data, e.id);
      }
    }
  });

  it('in the collaboration, each part in the document it names as source', () => {
    const c = entry('samenwerkingen', 'noord-holland').data;
    expectInSource(c.ambition.source.document, c.ambition.quote, 'ambition.quote');
    for (const [i, m] of c.members.entries()) expectInSource(m.source, m.quote, `members[${i}].quote`);
    for (const [i, n] of c.networks.entries()) expectInSource(n.source.document, n.description, `networks[${i}].description`);
    for (const key of ['principles', 'themes'] as const) {
      for (const [i, set] of c[key].entries()) {
        expectInSource(set.source.document, { intro: set.intro, items: set.items }, `${key}[${i}]`);
        if (set.count_as_printed) expectInSource(set.count_as_printed.source.document, { quote: set.count_as_printed.quote }, `${key}[${i}].count_as_printed`);
        for (const [j, d] of set.decisions.entries()) expectInSource(d.source.document, d, `${key}[${i}].decisions[${j}]`);
      }
    }
  });

  it('the narrative texts repeat the structured titles in the same words', () => {
    const v = entry('visies', VISION).data;
    const text = comparable(mdx(VISION));
    for (const p of [...v.principles, ...v.goals, ...v.steering_principles]) expect(text.includes(comparable(p.title)), p.title).toBe(true);
    for (const g of v.goals) for (const theme of g.themes) expect(text.includes(comparable(theme)), theme).toBe(true);
    const alkmaar = comparable(mdx(ALKMAAR));
    const plan = entry('plannen', ALKMAAR).data;
    for (const p of [...plan.starting_points, ...plan.administrative_principles, ...plan.aims]) expect(alkmaar.includes(comparable(p.title)), p.title).toBe(true);
    const principles = entry('samenwerkingen', 'noord-holland').data.principles[0].items;
    for (const p of principles) expect(text.includes(comparable(p.title)), p.title).toBe(true);
  });
});

describe('the MDX texts', () => {
  it('are safe and use only the allowed components', () => {
    for (const id of MY_DOCUMENTS) {
      const path = `content/documenten/${id}/tekst.mdx`;
      expect(checkMdxSafety(path, mdx(id), ALLOWED_MDX_COMPONENTS), path).toEqual([]);
      expect(mdx(id)).not.toMatch(/^\s*(import|export)\s/m);
    }
  });

  it('refer only to key figures and agendas that exist', () => {
    for (const id of MY_DOCUMENTS) {
      const text = mdx(id);
      for (const [, document, figure] of text.matchAll(/<Kerncijfer document="([^"]+)" id="([^"]+)" \/>/g)) {
        const figures = [...(result.store.get('visies')!.get(document!)?.data.key_figures ?? []), ...(result.store.get('plannen')!.get(document!)?.data.key_figures ?? [])];
        expect(figures.map((f: { id: string }) => f.id), `${id}: Kerncijfer ${document}/${figure}`).toContain(figure);
      }
      for (const [, agenda] of text.matchAll(/<Agenda id="([^"]+)"/g)) expect(result.store.get('agendas')!.has(agenda!), `${id}: Agenda ${agenda}`).toBe(true);
      for (const [, agenda, item] of text.matchAll(/<Opgave agenda="([^"]+)" id="([^"]+)"/g)) {
        expect(result.store.get('agendas')!.get(agenda!)?.data.items.map((i: { id: string }) => i.id), `${id}: Opgave ${agenda}/${item}`).toContain(item);
      }
    }
  });
});

describe('schema changes reject bad input with a Dutch message', () => {
  const messages = (schema: { safeParse: (v: unknown, o: object) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown) =>
    (schema.safeParse(value, { error: dutchError }).error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

  const validDocument = {
    title: 'Een plan',
    kind: 'transformatieplan',
    issuer: 'Een regio',
    date: 'ongedateerd',
    date_note: 'De tekst noemt geen datum.',
    source_file: '003_87cb30f94dc2240d.txt',
    summary: 'Een samenvatting.',
  };

  it('document: unknown key, bad kind, undated without note, estimate next to a date, period backwards', () => {
    expect(messages(documentSchema, validDocument)).toEqual([]);
    expect(messages(documentSchema, { ...validDocument, auteur: 'x' })).toEqual([': onbekend veld "auteur"']);
    expect(messages(documentSchema, { ...validDocument, kind: 'brochure' })[0]).toMatch(/^kind: "brochure" is geen geldige waarde; kies uit regioprofiel, regiovisie, .*voortgangsbericht$/);
    expect(messages(documentSchema, { ...validDocument, date_note: undefined })).toEqual([
      'date_note: een ongedateerd document heeft een "date_note": wat zegt de tekst over wanneer het geschreven is?',
    ]);
    expect(messages(documentSchema, { ...validDocument, date: '2018-07-04', estimated_years: { from: 2018 } })).toEqual([
      'estimated_years: "estimated_years" is alleen voor een ongedateerd document; dit document heeft een datum',
    ]);
    expect(messages(documentSchema, { ...validDocument, date: '4 juli 2018' })).toContain('date: moet een datum zijn als JJJJ-MM-DD');
    expect(messages(documentSchema, { ...validDocument, period: { from: 2020, to: 2018 } })).toEqual(['period.to: "to" mag niet vóór "from" liggen']);
    expect(messages(documentSchema, { ...validDocument, short_title: 'Een korte titel die toch echt veel te lang is geworden' })).toEqual([
      'short_title: hoogstens 44 tekens, zodat de paginatitel met de naam van de site binnen 70 tekens blijft',
    ]);
  });

  it('agenda: bad joint-work value, phase without the source’s words, no owner, duplicate action line', () => {
    const item = { id: 'a', title: 'A' };
    expect(messages(agendaSchema, { title: 'T', level: 'regionaal', region: 'alkmaar', items: [item] })).toEqual([]);
    expect(messages(agendaSchema, { title: 'T', level: 'regionaal', region: 'alkmaar', items: [{ ...item, with_other_regions: 'misschien' }] })).toEqual([
      'items.0.with_other_regions: "misschien" is geen geldige waarde; kies uit ja, deels, geheel-of-deels, nee, onduidelijk',
    ]);
    expect(messages(agendaSchema, { title: 'T', level: 'regionaal', region: 'alkmaar', items: [{ ...item, phase: { value: 'nieuw' } }] })).toEqual([
      'items.0.phase.quote: verplicht veld ontbreekt (verwacht: veldenlijst (object))',
    ]);
    expect(messages(agendaSchema, { title: 'T', level: 'regionaal', items: [item] })).toEqual([
      'region: een agenda hoort bij een regio ("region") of een samenwerking ("collaboration")',
    ]);
    expect(messages(agendaSchema, { title: 'T', level: 'regionaal', region: 'alkmaar', items: [{ ...item, action_lines: ['betere-toegang', 'betere-toegang'] }] })).toEqual([
      'items.0.action_lines: een actielijn staat dubbel in de lijst',
    ]);
    expect(messages(agendaSchema, { title: 'T', level: 'regionaal', region: 'alkmaar', items: [{ ...item, title_source: 'redactie' }] })).toEqual([
      'items.0.description: een titel van de redactie heeft een "description" met de woorden van de bron',
    ]);
  });

  it('principle set: the list must hold as many items as the source says', () => {
    const set = {
      id: 'x',
      title: 'X',
      source: { document: 'd' },
      count_as_printed: { count: 3, quote: 'de 3 principes', source: { document: 'd' } },
      items: [{ title: 'een' }, { title: 'twee' }],
    };
    expect(messages(principleSet, set)).toEqual(['items: de bron noemt 3 items, de lijst heeft er 2']);
    expect(messages(principleSet, { ...set, items: [...set.items, { title: 'drie', kleur: 'rood' }] })).toEqual(['items.2: onbekend veld "kleur"']);
  });

  it('budget, vision and collaboration: impossible values', () => {
    expect(messages(budgetSchema, { amount_per_year: 1, years: 3, period: { from: 2018, to: 2021 }, as_printed: 'x', quote: { text: 'x' } })).toEqual([
      'period: de periode 2018-2021 is 4 jaar, maar "years" is 3',
    ]);
    expect(messages(visionSchema, { regions: ['a'], scale_levels: [{ title: 'x', levels: ['wijk'] }] })).toEqual([
      'scale_levels.0.levels.0: "wijk" is geen geldige waarde; kies uit lokaal, subregionaal, regionaal, bovenregionaal, landelijk',
    ]);
    expect(messages(visionSchema, { regions: [] })).toEqual(['regions: lijst moet minstens 1 element(en) bevatten']);
    const member = { region: 'a', role: 'r', quote: { text: 'q' }, source: 'd' };
    expect(messages(collaborationSchema, { name: 'n', summary: 's', members: [member, member], documents: ['d'] })).toEqual([
      'members.1.region: regio "a" staat dubbel in de leden',
    ]);
    expect(messages(collaborationSchema, { name: 'n', summary: 's', members: [member], documents: ['d'], agendas: ['d/plan'] })).toEqual([
      'agendas.0: moet de id van een agenda zijn: <documentslug>/agenda of <documentslug>/agenda-<naam>',
    ]);
  });

  it('through the validator: file, line and field of an unknown key in an agenda item', () => {
    const { problems } = validateContent([
      {
        path: `content/documenten/${ALKMAAR}/agenda-test.yaml`,
        text: ['title: T', 'level: regionaal', 'region: alkmaar', 'items:', '  - id: a', '    title: A', '    fase: nieuw', ''].join('\n'),
      },
    ]);
    expect(problems.find((p) => p.field === 'items[0].fase')).toMatchObject({
      line: 7,
      message: expect.stringMatching(/^onbekend veld "fase"; toegestaan zijn: id, number, title, .*phase/),
    });
  });
});
