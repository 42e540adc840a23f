import { describe, expect, it } from 'vitest';
import { loadContent } from '../validator/content-fs.ts';
import { checkReorganisations, isRealDate } from './reorganisations.ts';
import { reorganisation, type Reorganisation } from '../reorganisation.ts';

const known = new Set(['a', 'b', 'c', 'd']);
const source = { url: 'https://example.org/x', title: 'x', publisher: 'x', read: '2026-12-02' };
const ev = (over: Partial<Reorganisation> & { id: string }): Reorganisation =>
  reorganisation.parse({ date: '2019-01-01', kind: 'opgegaan', predecessors: ['a'], successors: ['b'], source, ...over });

describe('checkReorganisations', () => {
  it('accepts a merger into an existing municipality and a new one', () => {
    const events = [
      ev({ id: 'e1' }),
      ev({ id: 'e2', kind: 'nieuwe-gemeente', predecessors: ['c', 'd'], successors: ['n'], new_municipalities: [{ id: 'n', name: 'N', province: 'p', aliases: [] }] }),
    ];
    expect(checkReorganisations(events, known)).toEqual([]);
  });

  it('rejects an unknown predecessor and one that ends twice, with Dutch messages and paths', () => {
    const problems = checkReorganisations([ev({ id: 'e1' }), ev({ id: 'e2', date: '2020-01-01', predecessors: ['a', 'x'], successors: ['c'] })], known);
    expect(problems).toEqual([
      { event: 'e2', path: ['predecessors', 0], message: expect.stringContaining('houdt al op te bestaan bij herindeling "e1"') },
      { event: 'e2', path: ['predecessors', 1], message: expect.stringContaining('"x" is geen bekende gemeente') },
    ]);
  });

  it('rejects a successor that no longer exists and one that does not exist yet', () => {
    const created = { id: 'n', name: 'N', province: 'p', aliases: [] };
    const problems = checkReorganisations(
      [
        ev({ id: 'e1', date: '2018-01-01', predecessors: ['b'], successors: ['c'] }),
        ev({ id: 'e2', date: '2019-01-01', predecessors: ['a'], successors: ['b'] }),
        ev({ id: 'e3', date: '2020-01-01', kind: 'nieuwe-gemeente', predecessors: ['d'], successors: ['n'], new_municipalities: [created] }),
        ev({ id: 'e4', date: '2019-06-01', predecessors: ['c'], successors: ['n'] }),
      ],
      known,
    );
    expect(problems.map((p) => [p.event, p.path.join('.'), p.message.split(';')[0]])).toEqual([
      ['e2', 'successors.0', '"b" bestaat op 2019-01-01 niet meer (opgeheven bij "e1" op 2018-01-01)'],
      ['e4', 'successors.0', '"n" bestaat op 2019-06-01 nog niet (ontstaat op 2020-01-01)'],
    ]);
  });

  it('allows a split over a municipality created on the same date', () => {
    const events = [
      ev({ id: 'new', kind: 'nieuwe-gemeente', predecessors: ['a', 'b'], successors: ['n'], new_municipalities: [{ id: 'n', name: 'N', province: 'p', aliases: [] }] }),
      ev({ id: 'split', kind: 'gesplitst', predecessors: ['c'], successors: ['n', 'd'] }),
    ];
    expect(checkReorganisations(events, known)).toEqual([]);
  });

  it('rejects impossible dates, dates before 2013 and a source read before the event', () => {
    const problems = checkReorganisations(
      [{ ...ev({ id: 'e1' }), date: '2019-02-30' }, // the schema rejects it too; the rule must not rely on that
        ev({ id: 'e2', date: '2012-01-01', predecessors: ['c'] }), ev({ id: 'e3', date: '2020-01-01', predecessors: ['d'], source: { ...source, read: '2019-12-31' } })],
      known,
    );
    expect(problems.map((p) => `${p.event} ${p.path.join('.')}: ${p.message}`)).toEqual([
      'e1 date: "2019-02-30" is geen bestaande datum',
      'e2 date: de datum moet na 2013-01-01 liggen (de gemeenten van content/gemeenten.yaml)',
      'e3 source.read: de bron is gelezen (2019-12-31) vóór de herindeling (2020-01-01); klopt de datum?',
    ]);
  });

  it('rejects a kind that does not fit its shape and a new id that clashes with 2013', () => {
    const problems = checkReorganisations(
      [
        ev({ id: 'e1', kind: 'gesplitst', successors: ['b'] }),
        ev({ id: 'e2', kind: 'nieuwe-gemeente', predecessors: ['c'], successors: ['d'], new_municipalities: [{ id: 'd', name: 'D', province: 'p', aliases: [] }] }),
      ],
      known,
    );
    expect(problems.map((p) => `${p.event} ${p.path.join('.')}`)).toEqual(['e2 new_municipalities.0.id', 'e1 kind']);
    expect(problems[0]!.message).toBe('"d" bestaat al in content/gemeenten.yaml; kies een andere slug');
  });

  it('the schema demands an https source', () => {
    const result = reorganisation.safeParse({ id: 'x', date: '2019-01-01', kind: 'opgegaan', predecessors: ['a'], successors: ['b'], source: { ...source, url: 'http://example.org' } });
    expect(result.success).toBe(false);
  });

  it('isRealDate', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
  });
});

describe('content/herindelingen.yaml', () => {
  const { store } = loadContent(process.cwd());
  const events = [...store.get('herindelingen')!.values()].map((e) => e.data as Reorganisation);
  const known = new Set(store.get('gemeenten')!.keys());

  it('passes the rules', () => {
    expect(checkReorganisations(events, known)).toEqual([]);
  });

  // Number of municipalities on 1 January per CBS (as reported in the sources named in the
  // file's comments); 2022 ends with Weesp on 24 March. The events must add up to these.
  it('adds up to the CBS counts per year', () => {
    const counts: [string, number][] = [['2014-01-01', 403], ['2015-01-01', 393], ['2016-01-01', 390], ['2017-01-01', 388], ['2018-01-01', 380], ['2019-01-01', 355], ['2020-01-01', 355], ['2021-01-01', 352], ['2022-01-01', 345], ['2023-01-01', 342], ['2024-01-01', 342]];
    const net = (until: string) => events.filter((e) => e.date <= until).reduce((n, e) => n - e.predecessors.length + e.new_municipalities.length, 408);
    expect(counts.map(([date]) => [date, net(date)])).toEqual(counts);
  });
});
