/**
 * Former names and other spellings as URLs: /regio/noord-kennemerland/ leads to
 * /regio/alkmaar/, and /gemeente/bergen/ asks which of the two Bergens is meant.
 * A slug that is (or would shadow) a real page is never used as an alias.
 */
import { byName, type SiteModel } from './model.ts';
import { slugify } from '../../schemas/slug.ts';
import { oncePer } from './memo.ts';

/** The slug an alias gets: "Midden IJssel / Oost Veluwe" -> "midden-ijssel-oost-veluwe"; "Regio Arnhem" -> "arnhem". */
export const aliasSlug = (name: string): string => slugify(name.replace(/^regio\s+/i, ''));

export interface AliasPage {
  /** The alias slug in the URL. */
  slug: string;
  /** The name as the sources wrote it. */
  name: string;
  /** Ids of the entries it may mean: one (a redirect) or more (a choice). */
  targets: string[];
}

function aliasPages(entries: { id: string; name: string; aliases: string[] }[]): AliasPage[] {
  const ids = new Set(entries.map((entry) => entry.id));
  const bySlug = new Map<string, { name: string; targets: Set<string> }>();
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      const slug = aliasSlug(alias);
      if (slug === '' || ids.has(slug)) continue;
      const page = bySlug.get(slug) ?? { name: alias, targets: new Set<string>() };
      page.targets.add(entry.id);
      bySlug.set(slug, page);
    }
  }
  return [...bySlug]
    .map(([slug, { name, targets }]) => ({ slug, name, targets: [...targets].sort() }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

export const regionAliasPages = (model: SiteModel) => aliasPages(model.regions);

export const municipalityAliasPages = (model: SiteModel) => aliasPages(model.municipalities.map((m) => ({ ...m, aliases: m.aliases })));

/** Municipalities by the slug of each of their names, and each municipality's name slugs; built once per model. */
interface NameIndex {
  bySlug: Map<string, SiteModel['municipalities']>;
  slugsById: Map<string, string[]>;
}
const nameIndex = oncePer((model: SiteModel): NameIndex => {
  const index: NameIndex = { bySlug: new Map(), slugsById: new Map() };
  for (const m of model.municipalities) {
    const slugs = [...new Set([m.name, ...m.aliases].map(aliasSlug))];
    index.slugsById.set(m.id, slugs);
    for (const slug of slugs) {
      const list = index.bySlug.get(slug);
      if (list) list.push(m);
      else index.bySlug.set(slug, [m]);
    }
  }
  return index;
});

/** Other municipalities with the same name or alias (e.g. the two Bergens), for a "see also". */
export function namesakes(model: SiteModel, municipalityId: string) {
  const { bySlug, slugsById } = nameIndex(model);
  const slugs = slugsById.get(municipalityId);
  if (!slugs) return [];
  const found = new Map<string, SiteModel['municipalities'][number]>();
  for (const slug of slugs) {
    for (const m of bySlug.get(slug) ?? []) if (m.id !== municipalityId) found.set(m.id, m);
  }
  return [...found.values()].sort(byName);
}
