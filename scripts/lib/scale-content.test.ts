import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readContentTree } from '../../schemas/validator/content-fs.ts';
import { validateContent } from '../../schemas/validator/validate.ts';
import { scaledContent } from './scale-content.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const real = readContentTree(root).files;
const sizes = (files: ReturnType<typeof scaledContent>) => {
  const { store, problems } = validateContent(files);
  const count = (name: 'regios' | 'gemeenten' | 'documenten' | 'samenwerkingen' | 'tegelkaart') => store.get(name)!.size;
  return { problems, regions: count('regios'), municipalities: count('gemeenten'), documents: count('documenten'), collaborations: count('samenwerkingen'), tiles: count('tegelkaart'), store };
};

describe('synthetic content for the scale benchmark', () => {
  it('is the real content, unchanged, at k = 1', () => {
    expect(scaledContent(real, 1)).toEqual(real);
  });

  it('clones regions, municipalities, documents, collaborations and tiles k times, and the validator accepts it', { timeout: 60_000 }, () => {
    const one = sizes(real);
    const three = sizes(scaledContent(real, 3));
    expect(three.problems).toEqual([]);
    expect(three.regions).toBe(3 * one.regions);
    expect(three.municipalities).toBe(3 * one.municipalities);
    // The shared 2013 source is not cloned; every other document is.
    expect(three.documents).toBe(3 * one.documents - 2);
    expect(three.collaborations).toBe(3 * one.collaborations);
    expect(three.tiles).toBe(3 * one.tiles);
    // A clone points at the clone of its target: Alkmaar's third copy has the third copies of its members.
    const clone = three.store.get('regios')!.get('alkmaar-k3')!.data as { members: { municipality: string }[] };
    expect(clone.members.length).toBeGreaterThan(0);
    expect(clone.members.every((member) => member.municipality.endsWith('-k3'))).toBe(true);
  });
});
