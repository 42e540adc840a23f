import { describe, expect, it } from 'vitest';
import { loadContent } from '../../schemas/validator/content-fs.ts';
import { modelFromStore } from './model-from-store.ts';
import { membershipsOf } from './model.ts';
import { changeItems, currentMunicipalities, regionNote, leadSentence, listNote, origins, partsText, reorganisationIndex, type Part } from './reorganisations.ts';

const { store, problems } = loadContent(process.cwd());
const model = modelFromStore(store);
const text = (parts: Part[] | undefined) => (parts ? partsText(parts) : undefined);
const linkTargets = (parts: Part[] | undefined) => (parts ?? []).flatMap((p) => (typeof p === 'string' ? [] : [p.path]));

describe('reorganisations in the real content', () => {
  it('content is valid', () => expect(problems).toEqual([]));

  it('puts the municipalities created after 2013 in the site model', () => {
    for (const id of ['dijk-en-waard', 'land-van-cuijk', 'eemsdelta', 'voorne-aan-zee', 'maashorst']) {
      expect(model.municipalityById.get(id)?.name, id).toBeDefined();
    }
    expect(model.municipalities.map((m) => m.id)).toContain('vijfheerenlanden');
  });

  it('first sentence of a merged municipality: since when, from which, and their region per source', () => {
    const sentence = leadSentence(model, 'dijk-en-waard');
    const [heerhugowaard] = membershipsOf(model, 'heerhugowaard').slice(-1);
    const expected = `Dijk en Waard bestaat sinds 1 januari 2022 en is ontstaan uit Heerhugowaard en Langedijk; die hoorden volgens ${heerhugowaard!.source!.short_title ?? heerhugowaard!.source!.title} (${heerhugowaard!.year}) bij ${heerhugowaard!.region.name}.`;
    expect(text(sentence)).toBe(expected);
    expect(linkTargets(sentence)).toEqual(['/gemeente/heerhugowaard/', '/gemeente/langedijk/', `/regio/${heerhugowaard!.region.id}/`]);
  });

  it('first sentence of a split municipality names every successor', () => {
    expect(text(leadSentence(model, 'haaren'))).toBe('Haaren bestaat sinds 1 januari 2021 niet meer: het grondgebied is verdeeld over Boxtel, Oisterwijk, Tilburg en Vught.');
    expect(linkTargets(leadSentence(model, 'haaren'))).toEqual(['/gemeente/boxtel/', '/gemeente/oisterwijk/', '/gemeente/tilburg/', '/gemeente/vught/']);
  });

  it('a former municipality whose successor was renamed points to today', () => {
    expect(currentMunicipalities(model, 'ubbergen')).toEqual(['berg-en-dal']);
    expect(text(leadSentence(model, 'ubbergen'))).toBe('Ubbergen bestaat sinds 1 januari 2015 niet meer: de gemeente is opgegaan in Groesbeek. Inmiddels valt dit gebied onder Berg en Dal.');
    expect(origins(model, 'berg-en-dal').map((o) => o.municipality)).toEqual(['groesbeek', 'millingen-aan-de-rijn', 'ubbergen']);
  });

  it('says plainly when predecessors were in different regions and claims no current region', () => {
    const regionsOf = (id: string) => new Set(membershipsOf(model, id).slice(-1).map((m) => m.region.id));
    const differing = model.reorganisations.find((e) => e.new_municipalities.length > 0 && new Set(e.predecessors.flatMap((p) => [...regionsOf(p)])).size > 1)!;
    const sentence = text(leadSentence(model, differing.successors[0]!))!;
    expect(sentence).toContain("hoorden dus bij verschillende regio's");
    expect(sentence).toContain('staat niet in de bronnen van deze site');
  });

  it('an absorbing municipality lists what it gained, from which region', () => {
    const items = changeItems(model, 'purmerend');
    expect(items.map((i) => i.event.id)).toEqual(['2022-purmerend']);
    expect(text(items[0]!.parts)).toMatch(/^Op 1 januari 2022 is Beemster opgegaan in Purmerend; die hoorde volgens .+ \(\d{4}\) bij .+\.$/);
  });

  it('change items: the fact per event, with who went where', () => {
    expect(changeItems(model, 'haaren').map((i) => text(i.parts))).toEqual(['Op 1 januari 2021 opgeheven; het grondgebied is verdeeld over Boxtel, Oisterwijk, Tilburg en Vught.']);
    expect(changeItems(model, 'eemsdelta').map((i) => text(i.parts))).toEqual(['Ontstaan op 1 januari 2021 uit Appingedam, Delfzijl en Loppersum.']);
    expect(text(regionNote(model, 'eemsdelta'))).toContain('Eemsdelta zelf komt in de bronnen van deze site niet voor');
    expect(regionNote(model, 'haaren')).toBeUndefined();
  });

  it('A-Z notes', () => {
    expect(listNote(model, 'weesp')).toBe('voormalige gemeente; sinds 24 maart 2022: Amsterdam');
    expect(listNote(model, 'eemsdelta')).toBe('nieuwe gemeente sinds 1 januari 2021, uit Appingedam, Delfzijl, Loppersum');
    expect(listNote(model, 'utrecht')).toBeUndefined();
  });

  // Done-when of issue 14: every municipality that exists at the latest sourced date has a page
  // that holds its own 2013 membership or names its predecessors and their regions.
  it('every municipality of today has its own membership or names its predecessors and their regions', () => {
    const { endedBy } = reorganisationIndex(model);
    const today = model.municipalities.filter((m) => !endedBy.has(m.id));
    expect(today).toHaveLength(342);
    for (const m of today) {
      if (membershipsOf(model, m.id).length > 0) continue;
      const sentence = leadSentence(model, m.id);
      const targets = linkTargets(sentence);
      const origin = origins(model, m.id);
      expect(origin.length, m.id).toBeGreaterThan(0);
      for (const o of origin) {
        expect(targets, `${m.id} → ${o.municipality}`).toContain(`/gemeente/${o.municipality}/`);
        for (const membership of o.memberships) expect(targets, `${m.id} → ${membership.region.id}`).toContain(`/regio/${membership.region.id}/`);
        expect(o.memberships.length, `${o.municipality} has a region`).toBeGreaterThan(0);
      }
    }
  });
});
