import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../schemas/validator/content-fs.ts';
import type { SourceDocument } from '../../schemas/document.ts';
import {
  actionLineOverview,
  actionLineSummary,
  agendaItemPath,
  agendaOverviewPath,
  budgetTotal,
  buildPlans,
  collaborationsOfDocument,
  compareDocuments,
  coreTeamCounts,
  documentOfAgenda,
  documentWhen,
  documentsOfCollaboration,
  itemsNotInText,
  isNumberedList,
  isProfileSource,
  itemsOfActionLine,
  membersOf,
  partsOfDocument,
  plansFromStore,
  plansOfRegion,
  regionsOfDocument,
  scaleLevelText,
  tableOfContents,
  timelineYear,
  yearSpanText,
} from './plans.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { store, problems } = loadContent(root);
const plans = plansFromStore(store);

const VISION = 'regiovisie-zuid-kennemerland-ijmond';
const ALKMAAR_PLAN = 'transformatieplan-alkmaar-2018-2020';
const ALKMAAR_AGENDA = `${ALKMAAR_PLAN}/agenda-transformatieopgaven`;
const PLAN_2020 = 'bovenregionaal-plan-noord-holland-2020';
const UPDATE = 'bovenregionale-samenwerking-noord-holland-update';
const ids = (values: { id: string }[]) => values.map((value) => value.id);

const doc = (fields: Partial<SourceDocument>): SourceDocument => ({
  title: 'X', kind: 'regiovisie', issuer: 'X', regions: [], date: 'ongedateerd', date_note: 'x', source_file: '000_0000000000000000.txt', summary: 'x', ...fields,
});

describe('content', () => {
  it('is valid, so the model is complete', () => {
    expect(problems).toEqual([]);
  });
});

describe('agendas', () => {
  it('knows the document of an agenda and the path of an item', () => {
    expect(documentOfAgenda(ALKMAAR_AGENDA)).toBe(ALKMAAR_PLAN);
    expect(agendaItemPath(ALKMAAR_AGENDA, 'ambulantisering')).toBe(`/document/${ALKMAAR_PLAN}/#agenda-transformatieopgaven-ambulantisering`);
  });

  it('finds the items that the MDX text does not show itself', () => {
    const agenda = plans.agendaById.get(ALKMAAR_AGENDA)!;
    expect(itemsNotInText(agenda, undefined)).toHaveLength(10);
    expect(itemsNotInText(agenda, `<Agenda id="${ALKMAAR_AGENDA}" />`)).toEqual([]);
    expect(itemsNotInText(agenda, `<Agenda id="${ALKMAAR_PLAN}/agenda-iets-anders" />`)).toHaveLength(10);
    const partly = `<Opgave agenda="${ALKMAAR_AGENDA}" id="ambulantisering" level="4" />\n<Opgave id="client-in-positie" agenda="${ALKMAAR_AGENDA}" />`;
    expect(itemsNotInText(agenda, partly).map((item) => item.id)).not.toContain('ambulantisering');
    expect(itemsNotInText(agenda, partly)).toHaveLength(8);
  });
});

describe('documents', () => {
  it('places a document on the time line by date, else estimated years, else period', () => {
    expect(timelineYear(doc({ date: '2013-06-20' }))).toBe(2013);
    expect(timelineYear(doc({ estimated_years: { from: 2021 }, period: { from: 2018 } }))).toBe(2021);
    expect(timelineYear(doc({ period: { from: 2018, to: 2020 } }))).toBe(2018);
    expect(timelineYear(doc({}))).toBeUndefined();
  });

  it('sorts oldest first, dated before undated in the same year, unknown last', () => {
    const a = doc({ title: 'a', estimated_years: { from: 2020 } });
    const b = doc({ title: 'b', date: '2020-05-01', date_note: undefined });
    const c = doc({ title: 'c', date: '2013-06-20' });
    const d = doc({ title: 'd' });
    expect([a, b, c, d].sort(compareDocuments).map((x) => x.title)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('says how a document is dated', () => {
    expect(documentWhen(doc({ date: '2013-06-20' }))).toEqual({ kind: 'date', date: '2013-06-20' });
    expect(documentWhen(doc({ estimated_years: { from: 2022, to: 2023 } }))).toEqual({ kind: 'estimated', from: 2022, to: 2023 });
    expect(documentWhen(doc({}))).toEqual({ kind: 'undated' });
    expect(yearSpanText({ from: 2022, to: 2023 })).toBe('2022–2023');
    expect(yearSpanText({ from: 2021 })).toBe('2021');
  });

  it('collects the parts of a document, agendas in the order of its text', () => {
    const body = `<Agenda id="${UPDATE}/agenda-regionaal" />\n<Agenda id="${UPDATE}/agenda-bovenregionaal" />`;
    const parts = partsOfDocument(plans, UPDATE, body);
    expect(parts.vision).toBeUndefined();
    expect(ids(parts.agendas)).toEqual([`${UPDATE}/agenda-regionaal`, `${UPDATE}/agenda-bovenregionaal`, `${UPDATE}/agenda-houtskoolschets-westfriesland`]);
    expect(partsOfDocument(plans, VISION).vision?.goals).toHaveLength(5);
    expect(partsOfDocument(plans, ALKMAAR_PLAN).plan?.region).toBe('alkmaar');
  });

  it('lists every region a document is about, including the 2013 profiles', () => {
    expect(ids(regionsOfDocument(plans, VISION))).toEqual(['zuid-kennemerland', 'ijmond']);
    expect(ids(regionsOfDocument(plans, ALKMAAR_PLAN))).toEqual(['alkmaar']);
    expect(ids(regionsOfDocument(plans, UPDATE))).toEqual(['west-friesland']);
    const profiles = regionsOfDocument(plans, 'regioprofielen-2013');
    expect(profiles.length).toBe(plans.site.profiles.length);
    expect(ids(profiles)).toContain('alkmaar');
  });

  it('connects the Noord-Holland documents with their collaboration', () => {
    for (const id of [PLAN_2020, UPDATE, VISION]) expect(ids(collaborationsOfDocument(plans, id))).toEqual(['noord-holland']);
    expect(collaborationsOfDocument(plans, ALKMAAR_PLAN)).toEqual([]);
  });
});

describe('regions', () => {
  it('gives both regions of a shared vision the same, single document', () => {
    const zk = plansOfRegion(plans, 'zuid-kennemerland');
    const ijmond = plansOfRegion(plans, 'ijmond');
    expect(zk.visions.map((v) => v.document.id)).toEqual([VISION]);
    expect(ijmond.visions.map((v) => v.document.id)).toEqual([VISION]);
    expect(zk.visions[0]!.vision).toBe(ijmond.visions[0]!.vision);
  });

  it("shows Alkmaar's plan, agenda and collaboration", () => {
    const alkmaar = plansOfRegion(plans, 'alkmaar');
    expect(alkmaar.plans.map((p) => p.document.id)).toEqual([ALKMAAR_PLAN]);
    expect(alkmaar.agendas.map((a) => a.agenda.id)).toEqual([ALKMAAR_AGENDA]);
    expect(alkmaar.collaborations.map((c) => c.collaboration.id)).toEqual(['noord-holland']);
    expect(alkmaar.empty).toBe(false);
  });

  it('orders the time line of sources: 2013 profile, then the later documents', () => {
    const alkmaar = plansOfRegion(plans, 'alkmaar');
    expect(alkmaar.timeline.map((entry) => [entry.document.id, entry.year, entry.via?.id])).toEqual([
      ['regioprofielen-2013', 2013, undefined],
      [ALKMAAR_PLAN, 2018, undefined],
      [PLAN_2020, 2020, 'noord-holland'],
      [UPDATE, 2022, 'noord-holland'],
    ]);
    const zk = plansOfRegion(plans, 'zuid-kennemerland');
    expect(zk.timeline.map((entry) => entry.document.id)).toEqual(['regioprofielen-2013', PLAN_2020, VISION, UPDATE]);
  });

  it("counts West-Friesland's update as its own document (it issued it), with its agenda", () => {
    const wf = plansOfRegion(plans, 'west-friesland');
    expect(wf.agendas.map((a) => a.agenda.id)).toEqual([`${UPDATE}/agenda-houtskoolschets-westfriesland`]);
    expect(wf.timeline.find((entry) => entry.document.id === UPDATE)?.via).toBeUndefined();
  });

  it('says a region outside the later documents has none', () => {
    const groningen = plansOfRegion(plans, 'groningen');
    expect(groningen.empty).toBe(true);
    expect(groningen.timeline.map((entry) => entry.document.id)).toEqual(['regioprofielen-2013']);
  });
});

describe('collaborations', () => {
  const nh = plans.collaborationById.get('noord-holland')!;

  it('lists its 9 members with their regions and core-team status', () => {
    expect(membersOf(plans, nh).map((m) => m.region.id)).toHaveLength(9);
    expect(coreTeamCounts(nh)).toEqual({ ja: 8, nee: 1, onduidelijk: 0, geen: 0 });
  });

  it('lists its documents oldest first', () => {
    expect(documentsOfCollaboration(plans, nh).map((d) => d.id)).toEqual([PLAN_2020, VISION, UPDATE]);
  });
});

describe('action lines', () => {
  it('finds every Alkmaar task that serves an action line, with counts', () => {
    const groups = itemsOfActionLine(plans, 'zo-thuis-mogelijk');
    expect(groups.map((group) => group.agenda.id)).toEqual([ALKMAAR_AGENDA]);
    expect(groups[0]!.items.map((entry) => entry.item.number)).toEqual(['2', '4', '5', '6']);
    expect(groups[0]!.owner.region?.id).toBe('alkmaar');
    const summary = actionLineSummary(plans, 'zo-thuis-mogelijk');
    expect([summary.itemCount, summary.agendaCount, ids(summary.regions)]).toEqual([4, 1, ['alkmaar']]);
  });

  it('matches the content: every item that names a line, and no other', () => {
    const overview = actionLineOverview(plans);
    expect(overview.map((summary) => summary.line.number)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const summary of overview) {
      const expected = plans.agendas.flatMap((agenda) => agenda.items.filter((item) => item.action_lines.includes(summary.line.id)).map((item) => `${agenda.id}#${item.id}`));
      const actual = summary.groups.flatMap((group) => group.items.map((entry) => `${group.agenda.id}#${entry.item.id}`));
      expect(actual.sort()).toEqual(expected.sort());
      expect(summary.itemCount).toBe(expected.length);
    }
    // "Sturen op resultaten" names no action line, as the plan itself says.
    expect(overview.flatMap((s) => s.groups.flatMap((g) => g.items.map((e) => e.item.id)))).not.toContain('sturen-op-resultaten');
  });

  it('reports an action line that no item serves with zero counts', () => {
    const without = buildPlans(plans.site, { ...plans, agendas: plans.agendas.filter((agenda) => agenda.id !== ALKMAAR_AGENDA) });
    const summary = actionLineSummary(without, 'betere-toegang');
    expect([summary.itemCount, summary.agendaCount, summary.groups]).toEqual([0, 0, []]);
  });

  it('refuses an unknown action line', () => {
    expect(() => actionLineSummary(plans, 'bestaat-niet')).toThrow(/bestaat niet/);
  });
});

describe('presentation helpers', () => {
  it('links to the overview of an agenda on its document page', () => {
    expect(agendaOverviewPath(ALKMAAR_AGENDA)).toBe(`/document/${ALKMAAR_PLAN}/#overzicht-agenda-transformatieopgaven`);
  });

  it('numbers a list only when every item has a printed whole number', () => {
    expect(isNumberedList([{ number: '1' }, { number: '2' }])).toBe(true);
    expect(isNumberedList([{ number: '1' }, {}])).toBe(false);
    expect(isNumberedList([{ number: '4.2' }])).toBe(false);
    expect(isNumberedList([])).toBe(false);
  });

  it('words scale levels, including the national level', () => {
    expect(scaleLevelText(['bovenregionaal', 'landelijk'])).toBe('bovenregionaal en landelijk');
  });

  it("computes Alkmaar's budget over three years", () => {
    expect(budgetTotal(plans.planById.get(ALKMAAR_PLAN)!.budget!)).toBe(3 * 602938);
  });

  it('knows which document holds the 2013 profiles', () => {
    expect(isProfileSource(plans, 'regioprofielen-2013')).toBe(true);
    expect(isProfileSource(plans, VISION)).toBe(false);
  });

  it('nests sections under chapters and leaves deeper headings out', () => {
    const toc = tableOfContents([
      { depth: 4, slug: 'voorwoord', text: 'Voorwoord' },
      { depth: 3, slug: '1-inleiding', text: '1. Inleiding' },
      { depth: 4, slug: '11-doel', text: '1.1 Doel' },
      { depth: 5, slug: 'detail', text: 'Detail' },
      { depth: 3, slug: '2-cijfers', text: '2. Cijfers' },
    ]);
    expect(toc.map((entry) => [entry.slug, entry.children.map((child) => child.slug)])).toEqual([
      ['voorwoord', []],
      ['1-inleiding', ['11-doel']],
      ['2-cijfers', []],
    ]);
  });
});
