import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildContent, type BuildOptions, type Corrections } from './build.ts';
import type { ReferenceMunicipality } from './municipalities.ts';
import type { RegionIdentity } from './regions.ts';
import { FIXTURE, FIXTURE_NUMBERS, FIXTURE_TASKS } from './test-fixture.ts';
import { stamp } from './write.ts';

const regions: RegionIdentity[] = [
  { number: '1', slug: 'proefstad', name: 'Proefstad', aliases: [], provinces: ['utrecht'] },
  { number: '2', slug: 'proefland', name: 'Proefland', aliases: ['Proef-Land'], provinces: ['limburg'] },
];
const municipalities: ReferenceMunicipality[] = [
  { id: 'montfoort', name: 'Montfoort', province: 'utrecht', spellings: [] },
  { id: 'oudewater', name: 'Oudewater', province: 'utrecht', spellings: [] },
  { id: 'woerden', name: 'Woerden', province: 'utrecht', spellings: [] },
  { id: 'stichtse-vecht', name: 'Stichtse Vecht', province: 'utrecht', spellings: [] },
  { id: 'de-ronde-venen', name: 'De Ronde Venen', province: 'utrecht', spellings: [] },
  { id: 'beesel', name: 'Beesel', province: 'limburg', spellings: [] },
  { id: 'bergen-l', name: 'Bergen (L.)', province: 'limburg', spellings: ['Bergen'] },
  { id: 'bergen-nh', name: 'Bergen (NH.)', province: 'noord-holland', spellings: ['Bergen'] },
  { id: 'gennep', name: 'Gennep', province: 'limburg', spellings: [] },
  { id: 'venlo', name: 'Venlo', province: 'limburg', spellings: [] },
];
const none: Corrections = { TASKS: {}, GOVERNANCE: {}, TEXT_EDITS: [], APPENDICES: [], FOOTNOTES: [], EXTRA_MEMBERSHIPS: [] };
const options = (corrections: Corrections = none): BuildOptions => ({
  tasks: FIXTURE_TASKS,
  documents: ['regioprofielen-2013'],
  corrections,
  regions,
  municipalities,
  numbers: FIXTURE_NUMBERS,
});
const both = (text: string) => [parse(text), jsYaml.load(text)];

describe('buildContent on the fixture', () => {
  const result = buildContent(FIXTURE, options());
  const profile = parse(result.files.get('content/regio/proefstad/profiel-2013.yaml')!);

  it('writes a region file, a profile per region and the municipalities', () => {
    expect([...result.files.keys()].sort()).toEqual([
      'content/gemeenten.yaml',
      'content/regio/proefland/profiel-2013.yaml',
      'content/regio/proefland/regio.yaml',
      'content/regio/proefstad/profiel-2013.yaml',
      'content/regio/proefstad/regio.yaml',
    ]);
    // Bergen (NH.) is in no region of the fixture: that is an error, not a silent gap.
    expect(result.errors).toEqual(['gemeente bergen-nh staat in 0 regio\'s van 2013 (geen)']);
  });

  it('splits the members, with the spelling used as alias', () => {
    const region = parse(result.files.get('content/regio/proefland/regio.yaml')!);
    expect(region.members.map((m: { municipality: string }) => m.municipality)).toEqual(['beesel', 'bergen-l', 'gennep', 'venlo']);
    expect(region.aliases).toEqual(['Proef-Land']);
    const list = parse(result.files.get('content/gemeenten.yaml')!);
    expect(list.find((m: { id: string }) => m.id === 'bergen-l').aliases).toEqual(['Bergen']);
    expect(list.find((m: { id: string }) => m.id === 'bergen-nh').aliases).toBeUndefined();
  });

  it('normalises what is certain, writes onduidelijk for the rest, and resolves idem', () => {
    expect(profile.tasks['organisatie-eerste-lijn']).toMatchObject({ level: 'lokaal', status: 'intentie' });
    expect(profile.tasks['ambulante-hulp']).toMatchObject({ level: 'onduidelijk', status: 'onduidelijk' });
    expect(profile.tasks['ambulante-hulp'].remark).toMatch(/niet eenduidig/);
    expect(profile.tasks.pleegzorg).toMatchObject({ status_source: 'idem', status: 'onduidelijk' });
    expect(result.review.filter((r) => r.status === 'open').map((r) => r.field)).toEqual(
      expect.arrayContaining(['tasks.ambulante-hulp.level', 'tasks.ambulante-hulp.status', 'answers.bestuur-1b.answer']),
    );
  });

  it('gives a page only where the footer makes it certain', () => {
    // The footer of page 7 falls inside the table, mid-page: the rows after it are on page 7,
    // the rows just before it on page 6 (that page was full, it did not end at a forced break).
    expect(profile.tasks.pleegzorg.page).toBe(7);
    expect(profile.tasks['organisatie-eerste-lijn'].page).toBe(6);
    // Too far from the footer to be sure.
    expect(profile.answers['bestuur-3'].page).toBeUndefined();
  });

  it('leaves skipped questions out and never writes a contact person', () => {
    expect(Object.keys(profile.answers)).not.toContain('bestuur-1a');
    for (const text of result.files.values()) {
      expect(text).not.toMatch(/Voorbeeld|@/);
    }
  });

  it('writes YAML that both parsers read the same way', () => {
    for (const text of result.files.values()) {
      const [a, b] = both(text);
      expect(a).toEqual(b);
    }
  });

  it('is deterministic', () => {
    expect(buildContent(FIXTURE, options()).files).toEqual(result.files);
  });
});

describe('buildContent with corrections', () => {
  const corrections: Corrections = {
    ...none,
    TASKS: {
      proefstad: {
        'ambulante-hulp': {
          level_source: 'Bovenregionaal (uitvoering: regionaal)',
          level: ['bovenregionaal', 'regionaal'],
          status_source: 'Nog geen gezamenlijk standpunt',
          status: 'nog-geen-opvatting',
          remark: 'Bovenregionaal; de uitvoering regionaal.',
        },
      },
    },
    GOVERNANCE: { proefstad: { '1b': 'nee', '1d': 'ja' }, proefland: { '1a': ['deels', 'De financiële planning ontbrak nog.'] } },
    TEXT_EDITS: [{ region: 'proefstad', field: 'answers.bestuur-3', find: /regelmatig/, replace: 'geregeld', reason: 'test' }],
    APPENDICES: [{ region: 'proefstad', startsWith: 'Algehele afspraken', action: 'tasks_explanation', reason: 'test' }],
  };
  const result = buildContent(FIXTURE, options(corrections));
  const profile = parse(result.files.get('content/regio/proefstad/profiel-2013.yaml')!);

  it('applies the decisions, and idem follows the corrected cell above', () => {
    expect(profile.tasks['ambulante-hulp']).toMatchObject({ level: ['bovenregionaal', 'regionaal'], status: 'nog-geen-opvatting' });
    expect(profile.tasks.pleegzorg).toMatchObject({ status: 'nog-geen-opvatting', remark: expect.stringMatching(/idem/) });
    expect(profile.answers['bestuur-1b']).toMatchObject({ answer: 'nee', text: 'Nee, de raden zijn geïnformeerd.' });
    expect(profile.answers['bestuur-3'].text).toBe('Met de provincie geregeld.');
    expect(profile.tasks_explanation.text).toMatch(/HBO-instellingen\. Algehele afspraken in de provincie/);
    const other = parse(result.files.get('content/regio/proefland/profiel-2013.yaml')!);
    expect(other.answers['bestuur-1a']).toMatchObject({ answer: 'deels', remark: 'De financiële planning ontbrak nog.' });
  });

  it('refuses a correction that no longer fits the source', () => {
    const stale = buildContent(FIXTURE, options({ ...corrections, TASKS: { proefstad: { pleegzorg: { level_source: 'Lokaal', level: ['lokaal'] } } } }));
    expect(stale.errors).toContain('content/regio/proefstad/profiel-2013.yaml tasks.pleegzorg: correctie verwacht niveau "Lokaal", de bron zegt "Regionaal"');
    const unused = buildContent(FIXTURE, options({ ...corrections, GOVERNANCE: { proefstad: { '1a': 'ja' } } }));
    expect(unused.errors.join('\n')).toMatch(/bestuur-1a, maar de regio beantwoordde die vraag niet/);
  });

  it('asks for a remark with deels and onduidelijk', () => {
    const bare = buildContent(FIXTURE, options({ ...corrections, GOVERNANCE: { proefland: { '1a': 'deels' } } }));
    expect(bare.errors.join('\n')).toMatch(/vraagt om een opmerking/);
  });
});

// The real extract, without its contact lines, is in bronnen/ (npm run bronnen).
const root = fileURLToPath(new URL('../../..', import.meta.url));
const SOURCE = process.env.REGIOPROFIELEN_SOURCE ?? fileURLToPath(new URL('../../../bronnen/004_5833ac47ade829ca.txt', import.meta.url));

describe('the real extract', () => {
  const documents = readdirSync(join(root, 'content/documenten'));
  const run = () => buildContent(readFileSync(SOURCE, 'utf8'), { tasks: parse(readFileSync(join(root, 'content/taken.yaml'), 'utf8')), documents });
  const result = run();

  it('imports without errors or open review items', () => {
    expect(result.errors).toEqual([]);
    expect(result.review.filter((r) => r.status === 'open')).toEqual([]);
  });

  it('reproduces the committed content byte for byte', () => {
    for (const [path, text] of result.files) {
      expect(readFileSync(join(root, path), 'utf8'), path).toBe(stamp(text));
    }
  });

  it('is read the same by both YAML parsers (the validator and Astro)', () => {
    for (const [path, text] of result.files) {
      const [a, b] = both(text);
      expect(a, path).toEqual(b);
    }
  });

  it('gives the same bytes on a second run', () => {
    expect(run().files).toEqual(result.files);
  });
});
