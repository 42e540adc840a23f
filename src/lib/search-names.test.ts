import { describe, expect, it } from 'vitest';
import { edit, validFiles } from '../../schemas/validator/fixtures.ts';
import { validateContent } from '../../schemas/validator/validate.ts';
import { modelFromStore } from './model-from-store.ts';
import { buildNamesIndex } from './search-names-index.ts';
import { exactTarget, matchNames, MatchRank, normalizeName, withinOneEdit, type NameEntry } from './search-names.ts';

const entries: NameEntry[] = [
  { n: 'Uitgeest', k: 'gemeente', p: '/gemeente/uitgeest/', v: ['Noord-Holland'], r: [{ n: 'Regio Alkmaar', p: '/regio/alkmaar/', y: 2018 }] },
  { n: 'Alkmaar', k: 'gemeente', p: '/gemeente/alkmaar/' },
  { n: 'Regio Alkmaar', k: 'regio', p: '/regio/alkmaar/', a: ['Noord Kennemerland'] },
  { n: 'Súdwest-Fryslân', k: 'gemeente', p: '/gemeente/sudwest-fryslan/', a: ['Súdwest Fryslân'] },
  { n: 'Bergen (NH.)', k: 'gemeente', p: '/gemeente/bergen-nh/', a: ['Bergen'] },
  { n: 'Bergen (L.)', k: 'gemeente', p: '/gemeente/bergen-l/', a: ['Bergen'] },
  { n: 'Bergen', k: 'keuze', p: '/gemeente/bergen/', c: ['Bergen (L.)', 'Bergen (NH.)'] },
  { n: 'Bergen op Zoom', k: 'gemeente', p: '/gemeente/bergen-op-zoom/' },
];
const paths = (query: string) => matchNames(entries, query).map((m) => m.entry.p);

describe('normalizeName', () => {
  it('folds accents, case and punctuation', () => {
    expect(normalizeName('Súdwest-Fryslân')).toBe('sudwest fryslan');
    expect(normalizeName("  's-Hertogenbosch ")).toBe('s hertogenbosch');
  });
});

describe('withinOneEdit', () => {
  it('accepts one added, removed, changed or swapped letter', () => {
    expect(withinOneEdit('utigeest', 'uitgeest')).toBe(true); // swap
    expect(withinOneEdit('uitgest', 'uitgeest')).toBe(true); // removed
    expect(withinOneEdit('uitgeeest', 'uitgeest')).toBe(true); // added
    expect(withinOneEdit('uitgaest', 'uitgeest')).toBe(true); // changed
  });
  it('rejects two edits', () => {
    expect(withinOneEdit('utgiest', 'uitgeest')).toBe(false);
    expect(withinOneEdit('alkmaar', 'alkmaarse')).toBe(false);
  });
});

describe('matchNames', () => {
  it('finds a name regardless of accents and case', () => {
    expect(paths('sudwest fryslan')[0]).toBe('/gemeente/sudwest-fryslan/');
    expect(paths('SÚDWEST')[0]).toBe('/gemeente/sudwest-fryslan/');
  });
  it('puts the exact name before a longer name that starts with it', () => {
    expect(paths('Alkmaar')).toEqual(['/gemeente/alkmaar/', '/regio/alkmaar/']);
    expect(matchNames(entries, 'alkmaar').map((m) => m.rank)).toEqual([MatchRank.exact, MatchRank.exactWithoutPrefix]);
  });
  it('finds a region by its former name and says which name matched', () => {
    const [match] = matchNames(entries, 'noord kennemerland');
    expect(match).toMatchObject({ entry: { p: '/regio/alkmaar/' }, rank: MatchRank.exact, via: 'Noord Kennemerland' });
  });
  it('offers both namesakes and the choice page for a shared name, the choice first', () => {
    expect(paths('Bergen')).toEqual(['/gemeente/bergen/', '/gemeente/bergen-l/', '/gemeente/bergen-nh/', '/gemeente/bergen-op-zoom/']);
    expect(matchNames(entries, 'Bergen').every((m) => m.via === undefined)).toBe(true);
  });
  it('tolerates one typo, also while still typing', () => {
    expect(paths('Utigeest')).toEqual(['/gemeente/uitgeest/']);
    expect(paths('Uitgaest')).toEqual(['/gemeente/uitgeest/']);
    expect(paths('Utige')).toEqual(['/gemeente/uitgeest/']);
  });
  it('finds a word inside a name, and nothing for nonsense', () => {
    expect(paths('zoom')).toEqual(['/gemeente/bergen-op-zoom/']);
    expect(paths('xqzv')).toEqual([]);
    expect(paths('   ')).toEqual([]);
  });
});

describe('exactTarget', () => {
  it('goes to the one page whose name equals the query', () => {
    expect(exactTarget(matchNames(entries, 'uitgeest'))?.p).toBe('/gemeente/uitgeest/');
    expect(exactTarget(matchNames(entries, 'Noord Kennemerland'))?.p).toBe('/regio/alkmaar/');
  });
  it('goes to the choice page for a shared name', () => {
    expect(exactTarget(matchNames(entries, 'bergen'))?.p).toBe('/gemeente/bergen/');
  });
  it('sends a prefix or a typo to the search results instead', () => {
    expect(exactTarget(matchNames(entries, 'Uitge'))).toBeUndefined();
    expect(exactTarget(matchNames(entries, 'Utigeest'))).toBeUndefined();
  });
});

describe('buildNamesIndex', () => {
  it('lists municipalities with their latest region, regions with former names, and choice pages', () => {
    let files = edit(validFiles(), 'content/gemeenten.yaml', '  name: Bergen\n', '  name: Bergen (NH.)\n  aliases: [Bergen]\n');
    files = edit(files, 'content/gemeenten.yaml', '  name: Roosendaal\n', '  name: Bergen (L.)\n  aliases: [Bergen]\n');
    const { entries: index } = buildNamesIndex(modelFromStore(validateContent(files).store));
    expect(index.find((e) => e.p === '/gemeente/bergen-nh/')).toEqual({
      n: 'Bergen (NH.)',
      k: 'gemeente',
      p: '/gemeente/bergen-nh/',
      a: ['Bergen'],
      v: ['Noord-Holland'],
      r: [{ n: 'Regio Alkmaar', p: '/regio/alkmaar/', y: 2013 }],
    });
    expect(index.find((e) => e.p === '/regio/alkmaar/')).toMatchObject({ n: 'Regio Alkmaar', k: 'regio', a: ['Noord Kennemerland'] });
    expect(index.find((e) => e.k === 'keuze')).toEqual({ n: 'Bergen', k: 'keuze', p: '/gemeente/bergen/', c: ['Bergen (NH.)', 'Bergen (L.)'] });
  });
});
