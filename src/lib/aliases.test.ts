import { describe, expect, it } from 'vitest';
import { validFiles } from '../../schemas/validator/fixtures.ts';
import { edit } from '../../schemas/validator/fixtures.ts';
import { validateContent } from '../../schemas/validator/validate.ts';
import { aliasSlug, municipalityAliasPages, namesakes, regionAliasPages } from './aliases.ts';
import { modelFromStore } from './model-from-store.ts';

describe('aliases', () => {
  it('turns names into slugs, without a leading "Regio"', () => {
    expect(aliasSlug('Noord Kennemerland')).toBe('noord-kennemerland');
    expect(aliasSlug('Regio Arnhem')).toBe('arnhem');
    expect(aliasSlug('Midden IJssel / Oost Veluwe')).toBe('midden-ijssel-oost-veluwe');
    expect(aliasSlug('Súdwest Fryslân')).toBe('sudwest-fryslan');
  });

  it('makes a former region name lead to the region', () => {
    const model = modelFromStore(validateContent(validFiles()).store);
    expect(regionAliasPages(model)).toEqual([{ slug: 'noord-kennemerland', name: 'Noord Kennemerland', targets: ['alkmaar'] }]);
  });

  it('offers a choice where two municipalities share a name, and never shadows a real slug', () => {
    let files = edit(validFiles(), 'content/gemeenten.yaml', '  name: Bergen\n', '  name: Bergen (NH.)\n  aliases: [Bergen]\n');
    files = edit(files, 'content/gemeenten.yaml', '  name: Roosendaal\n', '  name: Bergen (L.)\n  aliases: [Bergen, Alkmaar]\n');
    const model = modelFromStore(validateContent(files).store);
    expect(municipalityAliasPages(model)).toEqual([{ slug: 'bergen', name: 'Bergen', targets: ['bergen-nh', 'roosendaal'] }]);
    expect(namesakes(model, 'bergen-nh').map((m) => m.id)).toEqual(['roosendaal']);
  });
});
