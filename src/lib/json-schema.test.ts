import { describe, expect, it } from 'vitest';
import { schemaDownloads } from './json-schema.ts';

describe('JSON Schema downloads', () => {
  const downloads = schemaDownloads();

  it('has one schema per kind of YAML content, with unique file names', () => {
    expect(downloads.map((d) => d.file)).toContain('regioprofiel-2013.schema.json');
    expect(new Set(downloads.map((d) => d.file)).size).toBe(downloads.length);
  });

  it('keeps strictness and allowed values', () => {
    const profile = downloads.find((d) => d.collection === 'profielen2013')!.schema as any;
    expect(profile.additionalProperties).toBe(false);
    const cell = profile.properties.tasks.additionalProperties;
    expect(cell.properties.status.enum).toEqual(['nog-geen-opvatting', 'intentie', 'gedeelde-afspraak', 'onduidelijk']);
  });

  it('describes list files as arrays of entries', () => {
    const municipalities = downloads.find((d) => d.collection === 'gemeenten')!.schema as any;
    expect(municipalities.type).toBe('array');
    expect(municipalities.items.required).toContain('id');
  });
});
