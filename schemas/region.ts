/**
 * A region or subregion: `content/regio/<slug>/regio.yaml`. The folder name is the slug.
 * The region's municipalities are listed here, each with the source that says so.
 */
import { z } from 'zod';
import { slug, text, year } from './common.ts';

/** "Municipality M belongs to this region according to source S, as of year Y." */
export const membership = z.strictObject({
  /** Municipality id from `content/gemeenten.yaml`. */
  municipality: slug,
  /** Id of the source document that lists the municipality in this region. */
  source: slug,
  /** Year the source describes. */
  year,
});
export type Membership = z.output<typeof membership>;

export const region = z.strictObject({
  /** The name a reader recognises today, e.g. "Regio Alkmaar". */
  name: text,
  /** `regio`, or `subregio` for a part of a region that answered separately (West-Brabant). */
  kind: z.enum(['regio', 'subregio']),
  /** For a subregion: the slug of its region. */
  parent: slug.optional(),
  /** Former names and spellings in the sources, e.g. "Noord Kennemerland"; search knows them, and /regio/noord-kennemerland/ leads to this region. */
  aliases: z.array(text).default([]),
  /** Province ids; a region can cross a provincial border. */
  provinces: z.array(slug).min(1),
  /** Number and heading of the region in the 2013 regional profiles, e.g. "19" / "Regio Noord Kennemerland". */
  profile_2013: z
    .strictObject({
      number: z.string().regex(/^\d{1,2}(\.\d)?$/),
      heading: text,
    })
    .optional(),
  /** Member municipalities, each with its source. A region with subregions lists none itself. */
  members: z.array(membership).default([]),
});
export type Region = z.output<typeof region>;
