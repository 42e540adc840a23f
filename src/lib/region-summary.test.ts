import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../schemas/validator/content-fs.ts';
import { plansFromStore } from './plans.ts';
import { regionSummary } from './region-summary.ts';

const plans = plansFromStore(loadContent(fileURLToPath(new URL('../../', import.meta.url))).store);
const { site } = plans;

describe('region summary', () => {
  it('Regio Alkmaar: 7 members per the 2018 plan, later documents, newest first', () => {
    const summary = regionSummary(plans, 'alkmaar');
    expect(summary.composition.current?.source?.id).toBe('transformatieplan-alkmaar-2018-2020');
    expect(summary.composition.current?.municipalities).toHaveLength(7);
    expect(summary.hasLaterDocuments).toBe(true);
    const years = summary.documents.map((entry) => entry.year ?? Number.POSITIVE_INFINITY);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(summary.documents.at(-1)?.document.id).toBe('regioprofielen-2013');
    expect(summary.dataYears?.from).toBe(2013);
    expect(summary.dataYears!.to).toBeGreaterThanOrEqual(2020);
  });

  it('a region with only the 2013 profile has no later documents and data from 2013 only', () => {
    const summary = regionSummary(plans, 'groningen');
    expect(summary.hasLaterDocuments).toBe(false);
    expect(summary.documents.map((entry) => entry.document.id)).toEqual(['regioprofielen-2013']);
    expect(summary.dataYears).toEqual({ from: 2013, to: 2013 });
  });

  it('has one chip per task with a level, and governance answers 1a-1d for a region with a profile', () => {
    const summary = regionSummary(plans, 'groningen');
    expect(summary.chips.map((chip) => chip.task.id)).toEqual(site.tasks.map((task) => task.id));
    const profile = site.profileById.get('groningen')!;
    expect(summary.chips.find((chip) => chip.task.id === 'pleegzorg')?.level).toBe([...profile.tasks!.pleegzorg!.level].join('+'));
    expect(summary.governance.map((g) => g.question.id)).toEqual(['bestuur-1a', 'bestuur-1b', 'bestuur-1c', 'bestuur-1d']);
    expect(summary.governance.map((g) => g.answer)).toEqual(['bestuur-1a', 'bestuur-1b', 'bestuur-1c', 'bestuur-1d'].map((id) => (profile.answers as Record<string, { answer?: string }>)[id]?.answer));
  });

  it('a region answered per subregion: chips from its subregions, no governance of its own (West-Brabant)', () => {
    const summary = regionSummary(plans, 'west-brabant');
    expect(summary.chips).toHaveLength(site.tasks.length);
    expect(summary.governance).toEqual([]);
    expect(summary.composition.current?.municipalities.length).toBeGreaterThan(0);
  });

  it('for every region, the member count is that of the most recent source listing the region', () => {
    for (const region of site.regions) {
      const summary = regionSummary(plans, region.id);
      const members = [region, ...region.subregions.map((id) => site.regionById.get(id)!)].flatMap((r) => r.members);
      const newestYear = Math.max(...members.map((m) => m.year));
      const newestSources = new Set(members.filter((m) => m.year === newestYear).map((m) => m.source));
      expect(newestSources.size, region.id).toBe(1);
      const expected = new Set(members.filter((m) => m.year === newestYear).map((m) => m.municipality));
      expect(summary.composition.current?.municipalities.length, region.id).toBe(expected.size);
    }
  });

  it('throws for an unknown region', () => {
    expect(() => regionSummary(plans, 'bestaat-niet')).toThrow(/bestaat-niet/);
  });
});
