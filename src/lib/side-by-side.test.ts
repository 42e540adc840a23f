import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../schemas/validator/content-fs.ts';
import { plansFromStore } from './plans.ts';
import { GOVERNANCE_QUESTIONS } from './profile.ts';
import { sideRegion, sideRowIds } from './side-by-side.ts';
import { differingRows } from './side-by-side-diff.ts';

const plans = plansFromStore(loadContent(fileURLToPath(new URL('../../', import.meta.url))).store);
const rowIds = sideRowIds(plans.site.tasks.map((task) => task.id), GOVERNANCE_QUESTIONS);
const link = (id: string) => `/r/${id}/`;

describe('side-by-side records', () => {
  it('Regio Alkmaar: 7 members per the 2018 plan, later documents, task cells with the source wording', () => {
    const alkmaar = sideRegion(plans, 'alkmaar', link);
    expect(alkmaar.href).toBe('/r/alkmaar/');
    expect(alkmaar.cells.members).toMatchObject({ text: '7 gemeenten', note: 'Transformatieplan Alkmaar 2018-2020 (2018)' });
    expect(alkmaar.cells.documents!.text).toContain('Transformatieplan Alkmaar 2018-2020');
    const cell = plans.site.profileById.get('alkmaar')!.tasks!.pleegzorg!;
    expect(alkmaar.cells['task:pleegzorg']!.note).toBe(`“${cell.level_source}” / “${cell.status_source}”`);
    for (const id of rowIds) expect(alkmaar.cells[id], id).toBeDefined();
  });

  it('a region without later documents says so; a region with subregions has derived task cells', () => {
    expect(sideRegion(plans, 'groningen', link).cells.documents!.text).toBe('Deze site bevat voor deze regio nog geen documenten na 2013.');
    const wb = sideRegion(plans, 'west-brabant', link);
    expect(wb.cells['task:pleegzorg']!.text).toMatch(/samengevat uit de subregio's/);
    expect(wb.cells['gov:bestuur-1a']).toBeUndefined();
  });

  it('finds the rows in which the chosen regions differ', () => {
    const regions = ['alkmaar', 'ijmond', 'zuid-kennemerland'].map((id) => sideRegion(plans, id, link));
    const differs = differingRows(regions, rowIds);
    expect(differs.has('provinces')).toBe(false);
    expect(differs.has('memberList')).toBe(true);
    expect(differingRows([regions[0]!, regions[0]!], rowIds).size).toBe(0);
  });
});
