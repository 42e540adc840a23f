import { describe, expect, it } from 'vitest';
import type { NameEntry } from './search-names.ts';
import { answerResult, nameAnswers, type AnswerTexts } from './search-results.ts';

const entries: NameEntry[] = [
  { n: 'Uitgeest', k: 'gemeente', p: '/gemeente/uitgeest/', v: ['Noord-Holland'], r: [{ n: 'Regio Alkmaar', p: '/regio/alkmaar/', y: 2018 }] },
  { n: 'Alkmaar', k: 'gemeente', p: '/gemeente/alkmaar/', v: ['Noord-Holland'], r: [{ n: 'Regio Alkmaar', p: '/regio/alkmaar/', y: 2013 }] },
  { n: 'Regio Alkmaar', k: 'regio', p: '/regio/alkmaar/', v: ['Noord-Holland'] },
  { n: "'s-Gravenhage", k: 'gemeente', p: '/gemeente/s-gravenhage/', a: ['Den Haag'], v: ['Zuid-Holland'] },
  { n: 'Bergen (NH.)', k: 'gemeente', p: '/gemeente/bergen-nh/', a: ['Bergen'], v: ['Noord-Holland'] },
  { n: 'Bergen (L.)', k: 'gemeente', p: '/gemeente/bergen-l/', a: ['Bergen'], v: ['Limburg'] },
  { n: 'Bergen', k: 'keuze', p: '/gemeente/bergen/', c: ['Bergen (L.)', 'Bergen (NH.)'] },
  { n: 'Bergen op Zoom', k: 'gemeente', p: '/gemeente/bergen-op-zoom/', v: ['Noord-Brabant'] },
];
const answer = (query: string, filters: Record<string, string[]> = {}) => nameAnswers(entries, query, filters, 'Gemeenten').map((e) => e.p);

describe('nameAnswers', () => {
  it('answers a municipality named exactly like the query, also by another spelling or with "gemeente"', () => {
    expect(answer('uitgeest')).toEqual(['/gemeente/uitgeest/']);
    expect(answer('Den Haag')).toEqual(['/gemeente/s-gravenhage/']);
    expect(answer('Gemeente Alkmaar')).toEqual(['/gemeente/alkmaar/']);
  });
  it('leaves regions to the full-text results, also for "Regio X"', () => {
    expect(answer('Alkmaar')).toEqual(['/gemeente/alkmaar/']);
    expect(answer('Regio Alkmaar')).toEqual([]);
  });
  it('answers a shared name with its choice page first, then both namesakes', () => {
    expect(answer('Bergen')).toEqual(['/gemeente/bergen/', '/gemeente/bergen-l/', '/gemeente/bergen-nh/']);
  });
  it('answers only exact names: not a name that starts with the query, a typo or another word', () => {
    expect(answer('Bergen op')).toEqual([]);
    expect(answer('pleegzorg')).toEqual([]);
    expect(answer('Utigeest')).toEqual([]); // a typo is for "Bedoelde u"
  });
  it('respects the filters: kind, province, year of the most recent source', () => {
    expect(answer('Uitgeest', { soort: ["Regio's"] })).toEqual([]);
    expect(answer('Uitgeest', { soort: ["Regio's", 'Gemeenten'] })).toEqual(['/gemeente/uitgeest/']);
    expect(answer('Bergen', { provincie: ['Limburg'] })).toEqual(['/gemeente/bergen-l/']);
    expect(answer('Uitgeest', { jaar: ['2013'] })).toEqual([]);
    expect(answer('Uitgeest', { jaar: ['2018'] })).toEqual(['/gemeente/uitgeest/']);
  });
});

describe('answerResult', () => {
  const texts: AnswerTexts = { kind: 'Gemeenten', municipality: 'Gemeente in {{province}}.', aliases: 'Ook geschreven als {{names}}.', choice: 'Meer dan één gemeente heet {{name}}: {{choices}}.' };
  it('writes a municipality as a result with its region per the most recent source', () => {
    expect(answerResult(entries[0]!, '/regiodossiers/', texts)).toEqual({
      url: '/regiodossiers/gemeente/uitgeest/',
      excerpt: '',
      meta: { title: 'Uitgeest', samenvatting: 'Gemeente in Noord-Holland.', regio: 'Regio Alkmaar', regiopad: '/regiodossiers/regio/alkmaar/', regiojaar: '2018' },
      filters: { soort: ['Gemeenten'] },
    });
    expect(answerResult(entries[3]!, '/', texts).meta.samenvatting).toBe('Gemeente in Zuid-Holland. Ook geschreven als Den Haag.');
  });
  it('writes a choice page with the names it chooses between', () => {
    expect(answerResult(entries[6]!, '/', texts).meta).toEqual({ title: 'Bergen', samenvatting: 'Meer dan één gemeente heet Bergen: Bergen (L.) en Bergen (NH.).' });
  });
});
