/**
 * A municipality (`content/gemeenten.yaml`, a list). Membership of a region is not stored
 * here but in the region's file (one fact, one place).
 */
import { z } from 'zod';
import { isoDate, slug, text } from './common.ts';

export const municipality = z.strictObject({
  /** Stable, unambiguous slug; add the province where names clash: `bergen-nh`, `bergen-l`. */
  id: slug,
  /** Official name, e.g. "Súdwest-Fryslân". */
  name: text,
  /** Other spellings found in the sources, e.g. "Súdwest Fryslân"; search knows them. */
  aliases: z.array(text).default([]),
  /** Province id from `content/provincies.yaml`. */
  province: slug,
  /** CBS municipality code, e.g. GM0363, where known. */
  cbs_code: z.string().regex(/^GM\d{4}$/, { error: 'moet een CBS-gemeentecode zijn, bijv. GM0363' }).optional(),
  /** Set when the municipality has since merged into another one. */
  merged_into: z
    .strictObject({
      /** Id of the municipality it became part of (it must exist in this file too). */
      municipality: slug,
      /** Date the merger took effect. */
      date: isoDate,
    })
    .optional(),
});
export type Municipality = z.output<typeof municipality>;
