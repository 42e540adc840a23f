/**
 * The tile map of the Netherlands (`content/tegelkaart.yaml`): one equal-sized tile per
 * region, placed roughly where the region lies. Columns run west to east, rows north to south.
 */
import { z } from 'zod';
import { slug, text } from './common.ts';

export const tile = z.strictObject({
  /** The region's slug (`content/regio/<slug>/`); only top-level regions get a tile. */
  id: slug,
  /** Column, from west (0) to east. No upper limit in the data: the map grows with the regions. */
  col: z.int().min(0).max(9999),
  /** Row, from north (0) to south. */
  row: z.int().min(0).max(9999),
  /** Name on the tile (two lines of about 14 characters at most, split at a space or hyphen). */
  label: text.max(26, { error: 'hoogstens 26 tekens, anders past het niet op de tegel' }),
});
export type Tile = z.output<typeof tile>;
