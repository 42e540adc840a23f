/** Builds the names index (`/zoeken/namen.json`, sharded when large) from the site model, once per build. */
import { municipalityAliasPages } from './aliases.ts';
import type { SiteModel } from './model.ts';
import { latestMemberships } from './search-membership.ts';
import { byEntryName, type NameEntry, type NamesIndex } from './search-names.ts';
import { namesFiles, type NamesFiles } from './search-names-shards.ts';
import { oncePer } from './memo.ts';
import { paths } from './url.ts';

export function buildNamesIndex(model: SiteModel): NamesIndex {
  const provinceName = (id: string) => model.provinceById.get(id)?.name ?? id;
  const municipalities: NameEntry[] = model.municipalities.map((m) => {
    const entry: NameEntry = { n: m.name, k: 'gemeente', p: paths.municipality(m.id), v: [provinceName(m.province)] };
    if (m.aliases.length > 0) entry.a = m.aliases;
    const latest = latestMemberships(model, m.id);
    if (latest.length > 0) entry.r = latest.map((l) => ({ n: l.region.name, p: paths.region(l.region.id), y: l.year }));
    return entry;
  });
  const regions: NameEntry[] = model.regions.map((region) => {
    const entry: NameEntry = { n: region.name, k: region.kind, p: paths.region(region.id), v: region.provinces.map(provinceName) };
    if (region.aliases.length > 0) entry.a = region.aliases;
    return entry;
  });
  const choices: NameEntry[] = municipalityAliasPages(model)
    .filter((page) => page.targets.length > 1)
    .map((page) => ({
      n: page.name,
      k: 'keuze',
      p: paths.municipality(page.slug),
      c: page.targets.map((id) => model.municipalityById.get(id)!.name),
    }));
  return { entries: [...municipalities, ...regions, ...choices].sort(byEntryName) };
}


/** The files of the names index (one file, or manifest and shards), built once per model. */
export const namesIndexFiles = oncePer((model: SiteModel): NamesFiles => namesFiles(buildNamesIndex(model)));
