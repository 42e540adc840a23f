/**
 * The components an MDX document text may use, by the name written in the MDX. A page renders
 * a text with `<Content components={components} />`; MDX files never import anything.
 * The names must equal `ALLOWED_MDX_COMPONENTS` in `./allowed.ts` (checked by a unit test).
 *
 * Conventions for `tekst.mdx` (the page puts the text under an h2): chapters are `###`,
 * sections `####`, subheadings `#####`. Attribute values are always text in quotes.
 *
 * - `<Citaat section="4.3" page="15" source="…">…</Citaat>`: the source's own words. `source` only
 *   when quoting another document than the one whose text this is.
 * - `<Samenvatting>…</Samenvatting>`: text written by the project (a summary), marked as such.
 * - `<Opmerking>…</Opmerking>`: an editorial remark (e.g. what the text version lost).
 * - `<Kader title="…" section="4.2" level="5">…</Kader>`: a box set apart in the source, quoted.
 * - `<Kerncijfer document="…" id="…" />`: a key figure from `key_figures` in the document's
 *   `visie.yaml` or `plan.yaml`.
 * - `<Agenda id="<document>/agenda-<naam>" level="4" />`: all items of an agenda.
 * - `<Opgave agenda="<document>/agenda-<naam>" id="…" level="4" />`: one item of an agenda.
 */
import Agenda from './Agenda.astro';
import Citaat from './Citaat.astro';
import Kader from './Kader.astro';
import Kerncijfer from './Kerncijfer.astro';
import Opgave from './Opgave.astro';
import Opmerking from './Opmerking.astro';
import Samenvatting from './Samenvatting.astro';

export const components = {
  Citaat,
  Samenvatting,
  Opmerking,
  Kader,
  Kerncijfer,
  Agenda,
  Opgave,
};
