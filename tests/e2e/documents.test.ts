/**
 * Documents, action lines and collaborations in the built site, as a reader follows them:
 * from a region to its plan, each task, and the action-line pages that list the task; from both
 * regions of a shared vision to the same page; from the collaboration to its members. Counts on
 * the pages are compared with the content itself (read with the validator's store).
 */
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../schemas/validator/content-fs.ts';
import { agendaItemPath, plansFromStore } from '../../src/lib/plans.ts';
import { BASE_PATH, useSite } from './support.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const plans = plansFromStore(loadContent(root).store);

const ALKMAAR_PLAN = 'transformatieplan-alkmaar-2018-2020';
const ALKMAAR_AGENDA = plans.agendaById.get(`${ALKMAAR_PLAN}/agenda-transformatieopgaven`)!;
const VISION_ID = 'regiovisie-zuid-kennemerland-ijmond';
const VISION = plans.visionById.get(VISION_ID)!;
const NOORD_HOLLAND = plans.collaborationById.get('noord-holland')!;
const LEADING_PRINCIPLES = NOORD_HOLLAND.principles.find((set) => set.id === 'leidende-principes-een-thuis-voor-noordje')!;

/** A site path as it appears in an href under the test base path. */
const withTestBase = (path: string) => `${BASE_PATH.replace(/\/$/, '')}${path}`;

const site = useSite();

async function hrefs(selector: string): Promise<string[]> {
  return site.page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
}

describe('the content these tests rely on', () => {
  it('has the counts the pages show', () => {
    expect(VISION.principles).toHaveLength(8);
    expect(VISION.goals).toHaveLength(5);
    expect(ALKMAAR_AGENDA.items).toHaveLength(10);
    expect(plans.site.actionLines).toHaveLength(6);
    expect(LEADING_PRINCIPLES.items).toHaveLength(10);
    expect(NOORD_HOLLAND.members).toHaveLength(9);
  });
});

describe('from Regio Alkmaar to its plan, its tasks and their action lines', () => {
  it('reaches the transformation plan from the region page', async () => {
    await site.page.goto(site.server.url('/regio/alkmaar/'));
    const section = site.page.locator('section', { has: site.page.locator('#regio-plannen') });
    await section.getByRole('link', { name: 'Transformatieplan Alkmaar 2018-2020' }).first().click();
    await site.page.waitForURL(/\/document\/transformatieplan-alkmaar-2018-2020\/$/);
    await expect(site.page.locator('h1').textContent()).resolves.toBe('Transformatieplan Alkmaar 2018-2020');
    await expect(site.page.locator('.rd-subtitle cite').textContent()).resolves.toBe('Transformatieplan Jeugdhulp regio Alkmaar 2018-2020');
    expect(await site.page.title()).toBe('Transformatieplan Alkmaar 2018-2020 | Regiodossiers jeugdhulp');
    await expect(site.page.locator('.rd-lead').textContent()).resolves.toContain('ongedateerd');
  });

  it('shows each of the 10 tasks with an anchor, listed in the overview table', async () => {
    await site.page.goto(site.server.url(`/document/${ALKMAAR_PLAN}/`));
    const overview = site.page.locator(`#overzicht-agenda-transformatieopgaven`).locator('xpath=..');
    await expect(overview.locator('caption').textContent()).resolves.toBe(`Transformatieopgaven: ${ALKMAAR_AGENDA.items.length} opgaven`);
    await expect(overview.locator('tbody tr').count()).resolves.toBe(ALKMAAR_AGENDA.items.length);
    const tableLinks = await overview.locator('tbody th a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const item of ALKMAAR_AGENDA.items) {
      const anchor = `agenda-transformatieopgaven-${item.id}`;
      await expect(site.page.locator(`[id="${anchor}"]`).count(), anchor).resolves.toBe(1);
      await expect(site.page.locator(`[id="${anchor}"]`).textContent()).resolves.toContain(item.title);
      expect(tableLinks).toContain(withTestBase(agendaItemPath(ALKMAAR_AGENDA.id, item.id)));
    }
  });

  it('links every task to the action-line pages that list it', async () => {
    let checked = 0;
    for (const item of ALKMAAR_AGENDA.items) {
      await site.page.goto(site.server.url(`/document/${ALKMAAR_PLAN}/`));
      const article = site.page.locator('article', { has: site.page.locator(`[id="agenda-transformatieopgaven-${item.id}"]`) });
      const lineLinks = await article.locator('a[href*="/actielijn/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      expect(lineLinks.map((href) => href.split('/').at(-2)).sort(), item.id).toEqual([...item.action_lines].sort());
      for (const href of lineLinks) {
        await site.page.goto(new URL(href, site.server.origin).href);
        const listed = await hrefs('.rd-action-items li > a:first-child');
        expect(listed, `${href} lists ${item.id}`).toContain(withTestBase(agendaItemPath(ALKMAAR_AGENDA.id, item.id)));
        checked += 1;
      }
    }
    expect(checked).toBe(ALKMAAR_AGENDA.items.reduce((sum, item) => sum + item.action_lines.length, 0));
  });

  it('follows a task from an action-line page back to its anchor (a real click)', async () => {
    await site.page.goto(site.server.url('/actielijn/zo-thuis-mogelijk/'));
    await site.page.getByRole('link', { name: '5. Ambulantisering' }).click();
    await site.page.waitForURL(/#agenda-transformatieopgaven-ambulantisering$/);
    await expect(site.page.locator('#agenda-transformatieopgaven-ambulantisering').isVisible()).resolves.toBe(true);
  });
});

describe('a vision shared by two regions', () => {
  it('is the same page from IJmond and from Zuid-Kennemerland', async () => {
    const targets: string[] = [];
    for (const region of ['ijmond', 'zuid-kennemerland']) {
      await site.page.goto(site.server.url(`/regio/${region}/`));
      const link = site.page.locator('#regio-visie + ul a').first();
      await expect(link.textContent()).resolves.toBe('Regiovisie Zuid-Kennemerland en IJmond');
      await link.click();
      await site.page.waitForURL(/\/document\//);
      targets.push(new URL(site.page.url()).pathname);
    }
    expect(targets).toEqual([withTestBase(`/document/${VISION_ID}/`), withTestBase(`/document/${VISION_ID}/`)]);
    const regionLinks = await hrefs('#document-regios + ul a');
    expect(regionLinks).toEqual(VISION.regions.map((id) => withTestBase(`/regio/${id}/`)));
  });

  it('shows its 8 principles and 5 goals with their themes, as in the content', async () => {
    await site.page.goto(site.server.url(`/document/${VISION_ID}/`));
    await expect(site.page.locator('#overzicht-uitgangspunten').textContent()).resolves.toBe(`Inhoudelijke uitgangspunten (${VISION.principles.length})`);
    await expect(site.page.locator('#overzicht-uitgangspunten + ul > li').count()).resolves.toBe(VISION.principles.length);
    await expect(site.page.locator('#overzicht-doelen').textContent()).resolves.toBe(`Beleidsdoelen (${VISION.goals.length})`);
    const goals = site.page.locator('#overzicht-doelen + ol > li');
    await expect(goals.count()).resolves.toBe(VISION.goals.length);
    for (const [i, goal] of VISION.goals.entries()) {
      await expect(goals.nth(i).locator('.rd-principle__title').textContent()).resolves.toBe(goal.title);
      await expect(goals.nth(i).locator('ul').first().locator('li').count()).resolves.toBe(goal.themes.length);
    }
  });
});

describe('the Noord-Holland collaboration', () => {
  it('links to its 9 member regions, and each member page links back', async () => {
    await site.page.goto(site.server.url('/samenwerking/noord-holland/'));
    await expect(site.page.locator('#samenwerking-leden').textContent()).resolves.toBe(`Deelnemende regio's (${NOORD_HOLLAND.members.length})`);
    const memberLinks = await hrefs('.rd-members tbody th a');
    expect(memberLinks).toEqual(NOORD_HOLLAND.members.map((member) => withTestBase(`/regio/${member.region}/`)));
    for (const member of NOORD_HOLLAND.members) {
      await site.page.goto(site.server.url(`/regio/${member.region}/`));
      await expect(site.page.locator('#regio-samenwerking + ul a').first().getAttribute('href')).resolves.toBe(withTestBase('/samenwerking/noord-holland/'));
    }
  });

  it('shows the 10 leading principles', async () => {
    await site.page.goto(site.server.url('/samenwerking/noord-holland/'));
    const heading = site.page.locator(`[id="${LEADING_PRINCIPLES.id}"]`);
    await expect(heading.textContent()).resolves.toBe(`${LEADING_PRINCIPLES.title} (${LEADING_PRINCIPLES.items.length})`);
    const items = heading.locator('xpath=..').locator('ol.rd-principles > li');
    await expect(items.count()).resolves.toBe(LEADING_PRINCIPLES.items.length);
    await expect(items.first().locator('.rd-principle__title').textContent()).resolves.toBe(LEADING_PRINCIPLES.items[0]!.title);
  });

  it('is linked from each of its documents, which link back to every member', async () => {
    for (const id of NOORD_HOLLAND.documents) {
      await site.page.goto(site.server.url(`/document/${id}/`));
      const section = site.page.locator('section', { has: site.page.locator('#document-samenwerking') });
      await expect(section.getByRole('link', { name: NOORD_HOLLAND.name }).getAttribute('href')).resolves.toBe(withTestBase('/samenwerking/noord-holland/'));
      const regions = await section.locator('ul a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(regions, id).toEqual(NOORD_HOLLAND.members.map((member) => withTestBase(`/regio/${member.region}/`)));
    }
  });
});

describe('action lines', () => {
  it('lists the 6 action lines with counts from the content', async () => {
    await site.page.goto(site.server.url('/actielijn/'));
    await expect(site.page.locator('.rd-lead').textContent()).resolves.toContain(`had ${plans.site.actionLines.length} actielijnen`);
    const rows = site.page.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(plans.site.actionLines.length);
    for (const line of plans.site.actionLines) {
      const expected = plans.agendas.reduce((sum, agenda) => sum + agenda.items.filter((item) => item.action_lines.includes(line.id)).length, 0);
      await expect(site.page.locator(`tr[data-action-line="${line.id}"] .rd-count`).textContent(), line.id).resolves.toBe(String(expected));
    }
  });

  it('lists on every action-line page exactly the agenda items that reference it', async () => {
    for (const line of plans.site.actionLines) {
      await site.page.goto(site.server.url(`/actielijn/${line.id}/`));
      const expected = plans.agendas.flatMap((agenda) =>
        agenda.items.filter((item) => item.action_lines.includes(line.id)).map((item) => withTestBase(agendaItemPath(agenda.id, item.id))),
      );
      const listed = await hrefs('.rd-action-items li > a:first-child');
      expect([...listed].sort(), line.id).toEqual([...expected].sort());
      if (expected.length === 0) {
        await expect(site.page.getByText('Geen enkele opgave in de agenda\'s op deze site dient deze actielijn.').count()).resolves.toBe(1);
      } else {
        await expect(site.page.locator('.rd-count').first().textContent()).resolves.toMatch(new RegExp(`^${expected.length} opgaven? in `));
      }
    }
  });
});

describe('a region without later documents', () => {
  it('says so plainly and still shows its 2013 source on the time line', async () => {
    await site.page.goto(site.server.url('/regio/groningen/'));
    await expect(site.page.getByText('Voor deze regio zijn nog geen visie, agenda of samenwerkingsverband vastgelegd.').count()).resolves.toBe(1);
    await expect(site.page.locator('.rd-timeline li').count()).resolves.toBe(1);
    await expect(site.page.locator('.rd-timeline time').getAttribute('datetime')).resolves.toBe('2013-06-20');
  });
});

describe('accessibility of these pages', () => {
  it.each([
    `/document/${ALKMAAR_PLAN}/`,
    `/document/${VISION_ID}/`,
    '/document/bovenregionaal-plan-noord-holland-2020/',
    '/document/bovenregionale-samenwerking-noord-holland-update/',
    '/document/regioprofielen-2013/',
    '/actielijn/',
    '/actielijn/zo-thuis-mogelijk/',
    '/samenwerking/',
    '/samenwerking/noord-holland/',
    '/regio/alkmaar/',
    '/regio/groningen/',
  ])('%s has no axe violations (WCAG 2.1 AA)', async (path) => {
    await site.page.goto(site.server.url(path));
    const results = await new AxeBuilder({ page: site.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
