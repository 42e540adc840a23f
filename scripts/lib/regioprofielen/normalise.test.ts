import { describe, expect, it } from 'vitest';
import type { ReferenceMunicipality } from './municipalities.ts';
import { levelTerms, normaliseLevel, normaliseStatus, proposeGovernanceAnswer, splitMembers } from './normalise.ts';

describe('normaliseLevel', () => {
  it('is certain about a single level word', () => {
    expect(normaliseLevel('Regionaal')).toEqual({ value: ['regionaal'], certain: true });
    expect(normaliseLevel(' bovenregionaal ')).toEqual({ value: ['bovenregionaal'], certain: true });
    expect(normaliseLevel('Bovenregionaal, op niveau van de veiligheidsregio')).toEqual({ value: ['bovenregionaal'], certain: true });
  });

  it('proposes mixed levels in the order named, but is not certain', () => {
    expect(normaliseLevel('Bovenregionaal (uitvoering: regionaal)')).toMatchObject({ value: ['bovenregionaal', 'regionaal'], certain: false });
    expect(normaliseLevel('Lokaal (inkoop: regionaal)')).toMatchObject({ value: ['lokaal', 'regionaal'], certain: false });
    expect(normaliseLevel('Ambulant: lokaal Residentieel: regionaal')).toMatchObject({ value: ['lokaal', 'regionaal'], certain: false });
  });

  it('reads "(Boven)regionaal" as two levels', () => {
    expect(levelTerms('(Boven)regionaal')).toEqual(['regionaal', 'bovenregionaal']);
    expect(levelTerms('(boven) regionaal')).toEqual(['regionaal', 'bovenregionaal']);
  });

  it('does not take adjectives for levels, but is then not certain', () => {
    expect(normaliseLevel('lokaal, wel regionale afstemming')).toMatchObject({ value: ['lokaal'], certain: false });
    expect(normaliseLevel('Regionaal*')).toMatchObject({ value: ['regionaal'], certain: false });
  });

  it('says onduidelijk for an empty cell or a cell without a level', () => {
    expect(normaliseLevel('')).toMatchObject({ value: ['onduidelijk'], certain: false });
    expect(normaliseLevel('Nog geen opvatting')).toMatchObject({ value: ['onduidelijk'], certain: false });
  });
});

describe('normaliseStatus', () => {
  it('is certain when the cell starts with one status and names no other', () => {
    expect(normaliseStatus('Intentie')).toEqual({ value: 'intentie', certain: true });
    expect(normaliseStatus('gedeelde afspraak')).toEqual({ value: 'gedeelde-afspraak', certain: true });
    expect(normaliseStatus('Intentie (nog onderwerp van onderzoek)')).toEqual({ value: 'intentie', certain: true });
    expect(normaliseStatus('Intentie, bij het merendeel van de gemeenten bestaat de intentie dit te doen.')).toEqual({ value: 'intentie', certain: true });
    expect(normaliseStatus('Gedeelde afspraak*')).toEqual({ value: 'gedeelde-afspraak', certain: true });
  });

  it('marks "idem" for the importer to resolve from the row above', () => {
    expect(normaliseStatus('idem')).toEqual({ idem: true });
  });

  it('is not certain about free text or a bare "Afspraak"', () => {
    expect(normaliseStatus('Afspraak')).toMatchObject({ value: 'onduidelijk', certain: false });
    expect(normaliseStatus('Nog geen gezamenlijk ambtelijk en bestuurlijk standpunt')).toMatchObject({ certain: false });
    expect(normaliseStatus('Intentie, deels gedeelde afspraak')).toMatchObject({ value: 'intentie', certain: false });
  });
});

describe('proposeGovernanceAnswer', () => {
  it('reads the first words', () => {
    expect(proposeGovernanceAnswer('Ja')).toBe('ja');
    expect(proposeGovernanceAnswer('Nee, nog niet')).toBe('nee');
    expect(proposeGovernanceAnswer('Nog niet, de borging volgt.')).toBe('nee');
    expect(proposeGovernanceAnswer('Ja, alleen de financiële planning is nog niet concreet')).toBe('deels');
    expect(proposeGovernanceAnswer('Zie boven')).toBe('onduidelijk');
  });
});

describe('splitMembers', () => {
  const m = (name: string, province: string, ...spellings: string[]): ReferenceMunicipality => ({
    id: name.toLowerCase().replace(/[^a-z]+/g, '-').replace(/-$/, ''),
    name,
    province,
    spellings,
  });
  const reference = [
    m('Montfoort', 'utrecht'),
    m('Oudewater', 'utrecht'),
    m('Woerden', 'utrecht'),
    m('Stichtse Vecht', 'utrecht'),
    m('Kaag en Braassem', 'zuid-holland'),
    m('Katwijk', 'zuid-holland'),
    m('Bergen (NH.)', 'noord-holland', 'Bergen'),
    m('Bergen (L.)', 'limburg', 'Bergen'),
    m('Bergen op Zoom', 'noord-brabant'),
    m('Middelburg', 'zeeland'),
    m('Veere', 'zeeland'),
    m('Goes', 'zeeland'),
  ];

  it('splits on commas and the last "en", and finds a missing comma', () => {
    const result = splitMembers('Montfoort Oudewater, Stichtse Vecht Woerden,', reference, ['utrecht']);
    expect(result.members.map((x) => x.spelling)).toEqual(['Montfoort', 'Oudewater', 'Stichtse Vecht', 'Woerden']);
    expect(result.notes).toHaveLength(2);
    expect(result.unknown).toEqual([]);
  });

  it('keeps a name that contains " en " whole', () => {
    expect(splitMembers('Kaag en Braassem en Katwijk.', reference, ['zuid-holland']).members.map((x) => x.spelling)).toEqual(['Kaag en Braassem', 'Katwijk']);
  });

  it('leaves out subregion labels', () => {
    const result = splitMembers('Walcheren: Middelburg en Veere Oosterschelderegio: Goes', reference, ['zeeland']);
    expect(result.members.map((x) => x.spelling)).toEqual(['Middelburg', 'Veere', 'Goes']);
    expect(result.labels).toEqual(['Walcheren', 'Oosterschelderegio']);
  });

  it('decides an ambiguous name by the provinces of the region, and prefers the longest name', () => {
    expect(splitMembers('Bergen', reference, ['limburg']).members[0]?.id).toBe('bergen-l');
    expect(splitMembers('Bergen', reference, ['noord-holland']).members[0]?.id).toBe('bergen-nh');
    expect(splitMembers('Bergen op Zoom', reference, ['noord-brabant']).members[0]?.id).toBe('bergen-op-zoom');
    expect(splitMembers('Bergen', reference, ['utrecht']).unknown).toEqual(['Bergen']);
  });

  it('reports what it does not know', () => {
    expect(splitMembers('Montfoort, Atlantis', reference, ['utrecht']).unknown).toEqual(['Atlantis']);
  });
});
