import { describe, expect, it } from 'vitest';
import { matchNames, type NameEntry } from './search-names.ts';
import { entriesFor, isManifest, namesFiles, NAMES_MAX_JSON_BYTES, queryKey, shardKeysOf, wordKey, type NamesManifest } from './search-names-shards.ts';

const entries: NameEntry[] = [
  { n: 'Uitgeest', k: 'gemeente', p: '/gemeente/uitgeest/', v: ['Noord-Holland'], r: [{ n: 'Regio Alkmaar', p: '/regio/alkmaar/', y: 2018 }] },
  { n: 'Alkmaar', k: 'gemeente', p: '/gemeente/alkmaar/' },
  { n: 'Regio Alkmaar', k: 'regio', p: '/regio/alkmaar/', a: ['Noord Kennemerland'] },
  { n: 'Súdwest-Fryslân', k: 'gemeente', p: '/gemeente/sudwest-fryslan/' },
  { n: "'s-Gravenhage", k: 'gemeente', p: '/gemeente/s-gravenhage/', a: ['Den Haag'] },
  { n: 'Bergen op Zoom', k: 'gemeente', p: '/gemeente/bergen-op-zoom/' },
  { n: 'Uitgeest 17', k: 'gemeente', p: '/gemeente/uitgeest-k17/' },
];

describe('shard keys', () => {
  it('keys a name under the first letters of each of its words, accents removed, no kind words or numbers', () => {
    expect(shardKeysOf(entries[3]!, 1)).toEqual(['s', 'f']);
    expect(shardKeysOf(entries[2]!, 2)).toEqual(['al', 'no', 'ke']);
    expect(shardKeysOf(entries[4]!, 2)).toEqual(['s', 'gr', 'de', 'ha']);
    expect(shardKeysOf(entries[6]!, 2)).toEqual(['ui']);
    expect(wordKey('regio', 1)).toBeUndefined();
    expect(wordKey('17', 1)).toBeUndefined();
  });
  it('takes the key of a query from its first word after a kind word', () => {
    expect(queryKey('Regio Alkmaar', 2)).toBe('al');
    expect(queryKey('gemeente Uitgeest', 1)).toBe('u');
    expect(queryKey('Súd', 2)).toBe('su');
    expect(queryKey("'s-Grav", 2)).toBe('s');
    expect(queryKey('regio', 2)).toBe('re');
    expect(queryKey(' 17 ', 2)).toBeUndefined();
    expect(queryKey('', 2)).toBeUndefined();
  });
});

describe('namesFiles', () => {
  it('keeps one file below the budget', () => {
    const files = namesFiles({ entries });
    expect(files.main).toEqual({ entries });
    expect(files.shards.size).toBe(0);
    expect(NAMES_MAX_JSON_BYTES).toBe(294_912);
  });
  it('writes a manifest and shards above it, with the shortest key at which every shard fits', () => {
    const bytes = JSON.stringify({ entries }).length;
    const one = namesFiles({ entries }, bytes - 1);
    expect(isManifest(one.main)).toBe(true);
    const manifest = one.main as NamesManifest;
    expect(manifest.keyLength).toBe(1);
    expect(manifest.shards).toEqual(['a', 'b', 'd', 'f', 'g', 'h', 'k', 'n', 'o', 's', 'u', 'z']);
    expect(one.shards.get('u')!.entries.map((e) => e.n)).toEqual(['Uitgeest', 'Uitgeest 17']);
    // A budget that one-letter shards cannot meet ('a' holds two entries) needs longer keys.
    const aBytes = JSON.stringify({ entries: one.shards.get('a')!.entries }).length;
    const two = namesFiles({ entries }, aBytes - 1);
    expect((two.main as NamesManifest).keyLength).toBeGreaterThan(1);
  });
});

describe('the lookup over shards', () => {
  const files = namesFiles({ entries }, 100);
  const fetched: string[] = [];
  const load = (key: string) => {
    fetched.push(key);
    return Promise.resolve(files.shards.get(key)?.entries ?? []);
  };
  const lookup = async (query: string) => matchNames(await entriesFor(files.main, query, load), query).map((m) => m.entry.p);
  const whole = (query: string) => matchNames(entries, query).map((m) => m.entry.p);

  it('finds what the whole index finds: exact, without "Regio", prefix, word prefix, a later typo', async () => {
    for (const query of ['Uitgeest', 'Alkmaar', 'regio alkmaar', 'Noord Kennemerland', 'sudwest', 'fryslan', 'Den Haag', "'s-Gravenhage", 'zoom', 'Bergen op', 'Uitgeets', 'Alkmar']) {
      expect(await lookup(query), query).toEqual(whole(query));
    }
  });
  it('fetches only the shard of the query, and nothing for a key without a shard', async () => {
    fetched.length = 0;
    await lookup('Uitg');
    expect(fetched).toEqual(['uitg'.slice(0, (files.main as NamesManifest).keyLength)]);
    expect(await lookup('xyz')).toEqual([]);
    expect(fetched).toHaveLength(1);
  });
  it('loses a typo in the first letters (the documented cost)', async () => {
    expect(whole('Oitgeest')).toContain('/gemeente/uitgeest/');
    expect(await lookup('Oitgeest')).toEqual([]);
  });
  it('reads a single file without fetching shards', async () => {
    fetched.length = 0;
    expect(await entriesFor({ entries }, 'Uitgeest', load)).toBe(entries);
    expect(fetched).toEqual([]);
  });
});
