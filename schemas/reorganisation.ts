/**
 * Een gemeentelijke herindeling sinds 1 januari 2013 (`content/herindelingen.yaml`, een lijst).
 * A municipal reorganisation: which municipalities ended on which date and where they went.
 * Municipalities created by a reorganisation are defined here (`new_municipalities`), not in
 * `content/gemeenten.yaml`, which holds the 408 municipalities of 2013 from the importer.
 * Content rules (dates, who exists when) are in `schemas/rules/reorganisations.ts`.
 */
import { z } from 'zod';
import { isoDate, slug, text } from './common.ts';

/** Soort herindeling / kind of event. */
export const REORGANISATION_KINDS = [
  /** Twee of meer gemeenten vormen samen een nieuwe gemeente (nieuwe naam of nieuwe instelling). */
  'nieuwe-gemeente',
  /** De voorgangers gaan op in één bestaande gemeente, die blijft bestaan. */
  'opgegaan',
  /** Eén gemeente wordt opgeheven en haar grondgebied verdeeld over meer gemeenten. */
  'gesplitst',
  /** Dezelfde gemeente krijgt een nieuwe naam (op deze site een nieuwe gemeente-id). */
  'naamswijziging',
] as const;
export type ReorganisationKind = (typeof REORGANISATION_KINDS)[number];

/** Een https-adres van een openbare pagina. */
const httpsUrl = z.string().regex(/^https:\/\/[^\s/]+\.[^\s]+$/, { error: 'moet een https-adres zijn (https://…)' });

export const newMunicipality = z.strictObject({
  /** Slug van de nieuwe gemeente, uniek naast de ids in content/gemeenten.yaml, bijv. `dijk-en-waard`. */
  id: slug,
  /** Officiële naam, bijv. "Dijk en Waard". */
  name: text,
  /** Andere spellingen, bijv. "Noardeast Fryslân"; de zoekfunctie kent ze. */
  aliases: z.array(text).default([]),
  /** Provincie-id uit content/provincies.yaml (de provincie waarin de nieuwe gemeente ligt). */
  province: slug,
  /** CBS-gemeentecode, alleen als een bron die noemt. */
  cbs_code: z.string().regex(/^GM\d{4}$/, { error: 'moet een CBS-gemeentecode zijn, bijv. GM1979' }).optional(),
});
export type NewMunicipality = z.output<typeof newMunicipality>;

export const reorganisationSource = z.strictObject({
  /** Adres van de openbare pagina die de herindeling noemt (CBS, overheid, krant, encyclopedie). */
  url: httpsUrl,
  /** Titel van die pagina. */
  title: text,
  /** Wie de pagina uitgeeft, bijv. "CBS" of "Nederlands Dagblad (bericht van het CBS)". */
  publisher: text,
  /** Datum waarop de redactie de pagina las (JJJJ-MM-DD). */
  read: isoDate,
});

export const reorganisation = z.strictObject({
  /** Slug: jaar en naam, bijv. `2022-dijk-en-waard`. */
  id: slug,
  /** Datum waarop de herindeling inging (JJJJ-MM-DD), meestal 1 januari. */
  date: isoDate,
  /** Soort: nieuwe-gemeente, opgegaan, gesplitst of naamswijziging. */
  kind: z.enum(REORGANISATION_KINDS),
  /** Gemeenten die op deze datum ophouden te bestaan (ids uit gemeenten.yaml of van een eerdere herindeling). */
  predecessors: z.array(slug).min(1, { error: 'noem minstens één gemeente die ophoudt te bestaan' }),
  /** Gemeenten waar het grondgebied naartoe gaat: een bestaande gemeente of een die op deze datum ontstaat. */
  successors: z.array(slug).min(1, { error: 'noem minstens één opvolger' }),
  /** Gemeenten die door deze herindeling ontstaan. */
  new_municipalities: z.array(newMunicipality).default([]),
  /** Toelichting van de redactie (geen citaat), bijv. welk deel van een gesplitste gemeente waarheen ging. */
  note: text.optional(),
  /** De bron: een openbare pagina die de herindeling noemt. */
  source: reorganisationSource,
});
export type Reorganisation = z.output<typeof reorganisation>;
