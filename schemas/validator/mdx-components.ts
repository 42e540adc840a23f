/**
 * The components an editor may use in the MDX text of a document (`content/documenten/<slug>/tekst.mdx`),
 * by name. The validator (`schemas/validator/mdx-safety.ts`) runs in plain Node without Astro, so this
 * list is a plain module that imports no `.astro` file. It must name exactly the keys of
 * `components` in `src/components/mdx/index.ts`; a unit test (`schemas/validator/mdx-safety.test.ts`)
 * compares the two.
 */
export const ALLOWED_MDX_COMPONENTS: readonly string[] = [
  'Citaat',
  'Samenvatting',
  'Opmerking',
  'Kader',
  'Kerncijfer',
  'Agenda',
  'Opgave',
];
