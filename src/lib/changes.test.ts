import { describe, expect, it } from 'vitest';
import { atomFeed, changeEntries, groupByDay, pageOfFile, parseGitLog, type PageNames } from './changes.ts';

const LOG = [
  '\x1eaaa111\x1f2026-12-02T05:00:00+00:00',
  '',
  'A\tcontent/documenten/regiovisie-x/visie.yaml',
  'M\tcontent/documenten/regiovisie-x/tekst.mdx',
  'M\tcontent/regio/alkmaar/regio.yaml',
  'M\tcontent/README.md',
  '\x1ebbb222\x1f2026-11-30T10:00:00+01:00',
  '',
  'D\tcontent/regio/oud/regio.yaml',
  'M\tcontent/gemeenten.yaml',
  '\x1eccc333\x1f2026-11-01T10:00:00+01:00',
  '',
  'M\tcontent/README.md',
  '',
].join('\n');

const names: PageNames = {
  regions: new Map([['alkmaar', 'Regio Alkmaar']]),
  documents: new Map([['regiovisie-x', 'Regiovisie X']]),
  collaborations: new Map(),
  fixed: { gemeenten: 'Gemeenten', taken: 'Taken', actielijnen: 'Actielijnen', home: 'Home', bestuur: 'Bestuur' },
};

describe('parseGitLog', () => {
  it('reads commits with their date and files', () => {
    const commits = parseGitLog(LOG);
    expect(commits.map((c) => [c.hash, c.date, c.files.length])).toEqual([
      ['aaa111', '2026-12-02T05:00:00+00:00', 4],
      ['bbb222', '2026-11-30T10:00:00+01:00', 2],
      ['ccc333', '2026-11-01T10:00:00+01:00', 1],
    ]);
    expect(commits[1]!.files[0]).toEqual({ status: 'verwijderd', path: 'content/regio/oud/regio.yaml' });
  });
});

describe('pageOfFile', () => {
  it('maps content files to the page that shows them', () => {
    expect(pageOfFile('content/regio/alkmaar/profiel-2013.yaml')).toEqual({ page: { kind: 'regio', id: 'alkmaar' }, part: 'profiel' });
    expect(pageOfFile('content/documenten/x/agenda-regionaal.yaml')).toEqual({ page: { kind: 'document', id: 'x' }, part: 'agenda' });
    expect(pageOfFile('content/samenwerkingen/noord-holland.yaml')).toEqual({ page: { kind: 'samenwerking', id: 'noord-holland' }, part: 'samenwerking' });
    expect(pageOfFile('content/taken.yaml')).toEqual({ page: { kind: 'taken' }, part: 'taken' });
    expect(pageOfFile('content/README.md')).toBeUndefined();
  });
});

describe('changeEntries', () => {
  it('groups the files of a commit by page, links existing pages and skips commits that change no page', () => {
    const entries = changeEntries(parseGitLog(LOG), names);
    expect(entries).toEqual([
      {
        hash: 'aaa111',
        date: '2026-12-02T05:00:00+00:00',
        pages: [
          { path: '/regio/alkmaar/', label: 'Regio Alkmaar', changes: [{ part: 'regio', status: 'gewijzigd' }] },
          { path: '/document/regiovisie-x/', label: 'Regiovisie X', changes: [{ part: 'visie', status: 'toegevoegd' }, { part: 'tekst', status: 'gewijzigd' }] },
        ],
      },
      {
        hash: 'bbb222',
        date: '2026-11-30T10:00:00+01:00',
        pages: [
          { path: '/gemeente/', label: 'Gemeenten', changes: [{ part: 'gemeenten', status: 'gewijzigd' }] },
          { path: undefined, label: 'oud', changes: [{ part: 'regio', status: 'verwijderd' }] },
        ],
      },
    ]);
    expect(changeEntries(parseGitLog(LOG), names, 1)).toHaveLength(1);
  });
});

describe('groupByDay', () => {
  it('merges the commits of one day, page by page', () => {
    const log = `${LOG}\x1eddd444\x1f2026-12-02T04:00:00+00:00\n\nM\tcontent/regio/alkmaar/profiel-2013.yaml\nM\tcontent/regio/alkmaar/regio.yaml\n`;
    const days = groupByDay(changeEntries(parseGitLog(log), names));
    expect(days.map((d) => d.day)).toEqual(['2026-12-02', '2026-11-30']);
    expect(days[0]!.pages[0]).toEqual({ path: '/regio/alkmaar/', label: 'Regio Alkmaar', changes: [{ part: 'regio', status: 'gewijzigd' }, { part: 'profiel', status: 'gewijzigd' }] });
    expect(days[0]!.pages).toHaveLength(2);
  });
});

describe('atomFeed', () => {
  it('writes an Atom feed with absolute links under the base path, escaped text and one entry per commit', () => {
    const entries = changeEntries(parseGitLog(LOG), names);
    const xml = atomFeed(entries, 'https://x.github.io/regiodossiers/', { title: 'Wijzigingen & meer', describe: (p) => `${p.label}: ${p.changes.length}`, entryTitle: (e) => `Wijziging ${e.hash}` }, '/wijzigingen/feed.xml', '/wijzigingen/');
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">');
    expect(xml).toContain('<title>Wijzigingen &amp; meer</title>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://x.github.io/regiodossiers/wijzigingen/feed.xml"/>');
    expect(xml).toContain('<updated>2026-12-02T05:00:00+00:00</updated>');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://x.github.io/regiodossiers/regio/alkmaar/"/>');
    expect(xml).toContain('<content type="text">Regio Alkmaar: 1\nRegiovisie X: 2</content>');
    expect(xml).toContain('<id>urn:git:bbb222</id>');
  });
});
