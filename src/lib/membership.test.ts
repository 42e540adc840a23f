import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../schemas/validator/content-fs.ts';
import { modelFromStore } from './model-from-store.ts';
import { membershipsOf } from './model.ts';
import { answerParts, answerSegments, answerSentence, answerShort, compositionOf, historySegments, historyText, listText, regionsOfMunicipality, segmentsText } from './membership.ts';

// The real content: the 2018 plan of Regio Alkmaar is the only later membership source.
const model = modelFromStore(loadContent(fileURLToPath(new URL('../../', import.meta.url))).store);

describe('regions of a municipality', () => {
  it('answers with the most recent source and keeps 2013 as dated history (Uitgeest)', () => {
    const view = regionsOfMunicipality(model, 'uitgeest')!;
    expect(view.current?.year).toBe(2018);
    expect(view.current?.source?.id).toBe('transformatieplan-alkmaar-2018-2020');
    expect(view.current?.regions.map((r) => r.id)).toEqual(['alkmaar']);
    expect(view.history.map((h) => [h.year, h.regions.map((r) => r.id)])).toEqual([[2013, ['ijmond']]]);
  });

  it('words the answer, the history and the short form', () => {
    const parts = answerParts(model, 'uitgeest')!;
    expect(answerSentence(parts)).toBe('Uitgeest hoort bij Regio Alkmaar, volgens de meest recente bron op deze site: Transformatieplan Alkmaar 2018-2020 (2018).');
    expect(parts.history.map(historyText)).toEqual(['In 2013: IJmond (volgens Regioprofielen)']);
    expect(answerShort(parts)).toBe('Regio Alkmaar (2018); in 2013: IJmond');
  });

  it('does not repeat an unchanged region in the short form (Heiloo: Regio Alkmaar in 2013 and 2018)', () => {
    const parts = answerParts(model, 'heiloo')!;
    expect(parts.history.map((h) => h.year)).toEqual([2013]);
    expect(answerShort(parts)).toBe('Regio Alkmaar (2018)');
  });

  it('has only 2013 where no later source names the municipality', () => {
    const parts = answerParts(model, 'groningen')!;
    expect(parts.current?.year).toBe(2013);
    expect(parts.history).toEqual([]);
    expect(answerSentence(parts)).toBe('Groningen hoort bij Groningen, volgens de meest recente bron op deze site: Regioprofielen (2013).');
  });

  it('gives every municipality in the content exactly one most recent statement, from its newest membership', () => {
    for (const m of model.municipalities) {
      const memberships = membershipsOf(model, m.id);
      const view = regionsOfMunicipality(model, m.id)!;
      if (memberships.length === 0) {
        expect(view.current).toBeUndefined();
        continue;
      }
      expect(view.current!.year).toBe(Math.max(...memberships.map((x) => x.year)));
      const count = view.current!.regions.length + view.history.reduce((sum, h) => sum + h.regions.length, 0);
      expect(count).toBe(memberships.length);
    }
  });

  it('is undefined for an unknown municipality', () => {
    expect(regionsOfMunicipality(model, 'bestaat-niet')).toBeUndefined();
  });

  it('lists names the Dutch way', () => {
    expect(listText([])).toBe('');
    expect(listText(['A'])).toBe('A');
    expect(listText(['A', 'B'])).toBe('A en B');
    expect(listText(['A', 'B', 'C'])).toBe('A, B en C');
  });
});

describe('composition of a region', () => {
  it('Regio Alkmaar: 7 members per the 2018 plan, 8 in 2013, with who left and who joined', () => {
    const { current, history } = compositionOf(model, 'alkmaar');
    expect(current?.year).toBe(2018);
    expect(current?.municipalities).toHaveLength(7);
    expect(history).toHaveLength(1);
    expect(history[0]!.year).toBe(2013);
    expect(history[0]!.municipalities).toHaveLength(8);
    expect(history[0]!.left.map((m) => m.id)).toEqual(['graft-de-rijp', 'schermer']);
    expect(history[0]!.joined.map((m) => m.id)).toEqual(['uitgeest']);
  });

  it('a region with subregions counts the members of its subregions (West-Brabant)', () => {
    const { current } = compositionOf(model, 'west-brabant');
    const fromSubregions = new Set(model.regionById.get('west-brabant')!.subregions.flatMap((id) => model.regionById.get(id)!.members.map((m) => m.municipality)));
    expect(current?.municipalities.map((m) => m.id).sort()).toEqual([...fromSubregions].sort());
  });

  it('is empty for an unknown region', () => {
    expect(compositionOf(model, 'bestaat-niet')).toEqual({ current: undefined, history: [] });
  });
});

describe('sentence segments', () => {
  it('link the regions and the source, and read the same as the plain sentence', () => {
    const parts = answerParts(model, 'uitgeest')!;
    const segments = answerSegments(parts);
    expect(segmentsText(segments)).toBe(answerSentence(parts));
    expect(segments.filter((s) => 'region' in s)).toEqual([{ region: { id: 'alkmaar', name: 'Regio Alkmaar' } }]);
    expect(segments.filter((s) => 'source' in s)).toEqual([{ source: { id: 'transformatieplan-alkmaar-2018-2020', name: 'Transformatieplan Alkmaar 2018-2020' } }]);
    const history = historySegments(parts.history[0]!);
    expect(segmentsText(history)).toBe(historyText(parts.history[0]!));
    expect(history.filter((s) => 'region' in s)).toEqual([{ region: { id: 'ijmond', name: 'IJmond' } }]);
  });
});
