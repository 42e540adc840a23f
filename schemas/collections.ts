/**
 * Which files under `content/` hold which kind of data, and how their ids are formed.
 * `src/content.config.ts` turns this into Astro collections; `schemas/validator/validate.ts`
 * uses it to validate every file itself. Adding a kind of content means adding it here.
 */
import type { z } from 'zod';
import { actionLine, province, question2013, task } from './lookups.ts';
import { municipality } from './municipality.ts';
import { region } from './region.ts';
import { profile2013 } from './profile-2013.ts';
import { document } from './document.ts';
import { agenda, collaboration, plan, vision } from './plans.ts';
import { tile } from './tile-map.ts';

export type CollectionName =
  | 'taken'
  | 'actielijnen'
  | 'provincies'
  | 'vragen2013'
  | 'gemeenten'
  | 'regios'
  | 'profielen2013'
  | 'documenten'
  | 'documentteksten'
  | 'visies'
  | 'agendas'
  | 'plannen'
  | 'samenwerkingen'
  | 'tegelkaart';

/** A reference from one entry to another: the field path inside the entry and the target. */
export interface Reference {
  path: (string | number)[];
  collection: CollectionName;
  id: string;
}

export interface CollectionSpec {
  /** Glob pattern relative to `content/`. */
  pattern: string;
  /** `list`: one YAML file holds a list of entries with an `id` field. `entry`: one file, one entry. `mdx`: narrative text. */
  shape: 'list' | 'entry' | 'mdx';
  schema?: z.ZodType;
  /** For `entry` and `mdx` files: the entry id from the path relative to `content/`. */
  idFromPath?: (relativePath: string) => string;
  /** The references an entry makes. */
  references?: (entry: any) => Reference[];
}

/** `regio/alkmaar/regio.yaml` -> `alkmaar` */
const folderName = (relativePath: string) => relativePath.split('/').at(-2)!;
/** `documenten/x/agenda.yaml` -> `x/agenda` */
const folderAndBase = (relativePath: string) =>
  relativePath.split('/').slice(-2).join('/').replace(/\.(ya?ml|mdx)$/, '');
/** `samenwerkingen/noord-holland.yaml` -> `noord-holland` */
const baseName = (relativePath: string) => relativePath.split('/').at(-1)!.replace(/\.(ya?ml|mdx)$/, '');


export const COLLECTIONS: Record<CollectionName, CollectionSpec> = {
  tegelkaart: {
    pattern: 'tegelkaart.yaml',
    shape: 'list',
    schema: tile,
    references: (t) => [{ collection: 'regios', id: t.id, path: ['id'] }],
  },
  taken: { pattern: 'taken.yaml', shape: 'list', schema: task },
  actielijnen: { pattern: 'actielijnen.yaml', shape: 'list', schema: actionLine },
  provincies: { pattern: 'provincies.yaml', shape: 'list', schema: province },
  vragen2013: { pattern: 'vragen-2013.yaml', shape: 'list', schema: question2013 },
  gemeenten: {
    pattern: 'gemeenten.yaml',
    shape: 'list',
    schema: municipality,
    references: (m) => [
      { collection: 'provincies', id: m.province, path: ['province'] },
      ...(m.merged_into ? [{ collection: 'gemeenten' as const, id: m.merged_into.municipality, path: ['merged_into', 'municipality'] }] : []),
    ],
  },
  regios: {
    pattern: 'regio/*/regio.yaml',
    shape: 'entry',
    schema: region,
    idFromPath: folderName,
    references: (r) => [
      ...(r.parent ? [{ collection: 'regios' as const, id: r.parent, path: ['parent'] }] : []),
      ...r.provinces.map((id: string, i: number) => ({ collection: 'provincies' as const, id, path: ['provinces', i] })),
      ...r.members.flatMap((m: { municipality: string; source: string }, i: number) => [
        { collection: 'gemeenten' as const, id: m.municipality, path: ['members', i, 'municipality'] },
        { collection: 'documenten' as const, id: m.source, path: ['members', i, 'source'] },
      ]),
    ],
  },
  profielen2013: {
    pattern: 'regio/*/profiel-2013.yaml',
    shape: 'entry',
    schema: profile2013,
    idFromPath: folderName,
    references: (p) => [
      { collection: 'documenten', id: p.source, path: ['source'] },
      ...Object.keys(p.tasks ?? {}).map((id) => ({ collection: 'taken' as const, id, path: ['tasks', id] })),
    ],
  },
  documenten: {
    pattern: 'documenten/*/document.yaml',
    shape: 'entry',
    schema: document,
    idFromPath: folderName,
    references: (d) => [
      ...d.regions.map((id: string, i: number) => ({ collection: 'regios' as const, id, path: ['regions', i] })),
      ...(d.collaboration ? [{ collection: 'samenwerkingen' as const, id: d.collaboration, path: ['collaboration'] }] : []),
    ],
  },
  documentteksten: { pattern: 'documenten/*/tekst.mdx', shape: 'mdx', idFromPath: folderName },
  visies: {
    pattern: 'documenten/*/visie.yaml',
    shape: 'entry',
    schema: vision,
    idFromPath: folderName,
    references: (v) => [
      ...v.regions.map((id: string, i: number) => ({ collection: 'regios' as const, id, path: ['regions', i] })),
      ...v.municipalities.flatMap((m: { municipality: string; region: string }, i: number) => [
        { collection: 'gemeenten' as const, id: m.municipality, path: ['municipalities', i, 'municipality'] },
        { collection: 'regios' as const, id: m.region, path: ['municipalities', i, 'region'] },
      ]),
      ...v.supra_regional.flatMap((item: { collaboration?: string }, i: number) =>
        item.collaboration ? [{ collection: 'samenwerkingen' as const, id: item.collaboration, path: ['supra_regional', i, 'collaboration'] }] : [],
      ),
    ],
  },
  agendas: {
    pattern: 'documenten/*/agenda*.yaml',
    shape: 'entry',
    schema: agenda,
    idFromPath: folderAndBase,
    references: (a) => [
      ...(a.region ? [{ collection: 'regios' as const, id: a.region, path: ['region'] }] : []),
      ...(a.collaboration ? [{ collection: 'samenwerkingen' as const, id: a.collaboration, path: ['collaboration'] }] : []),
      ...a.items.flatMap((item: { action_lines: string[] }, i: number) =>
        item.action_lines.map((id, j) => ({ collection: 'actielijnen' as const, id, path: ['items', i, 'action_lines', j] })),
      ),
    ],
  },
  plannen: {
    pattern: 'documenten/*/plan.yaml',
    shape: 'entry',
    schema: plan,
    idFromPath: folderName,
    references: (p) => [
      ...(p.region ? [{ collection: 'regios' as const, id: p.region, path: ['region'] }] : []),
      ...(p.collaboration ? [{ collection: 'samenwerkingen' as const, id: p.collaboration, path: ['collaboration'] }] : []),
      ...p.municipalities.map((m: { municipality: string }, i: number) => ({ collection: 'gemeenten' as const, id: m.municipality, path: ['municipalities', i, 'municipality'] })),
    ],
  },
  samenwerkingen: {
    pattern: 'samenwerkingen/*.yaml',
    shape: 'entry',
    schema: collaboration,
    idFromPath: baseName,
    references: (c) => {
      const doc = (id: string, path: (string | number)[]) => ({ collection: 'documenten' as const, id, path });
      const listRefs = (key: 'principles' | 'themes') =>
        c[key].flatMap(
          (set: { source: { document: string }; count_as_printed?: { source: { document: string } }; decisions: { source: { document: string } }[] }, i: number) => [
            doc(set.source.document, [key, i, 'source', 'document']),
            ...(set.count_as_printed ? [doc(set.count_as_printed.source.document, [key, i, 'count_as_printed', 'source', 'document'])] : []),
            ...set.decisions.map((d, j) => doc(d.source.document, [key, i, 'decisions', j, 'source', 'document'])),
          ],
        );
      return [
        ...(c.ambition ? [doc(c.ambition.source.document, ['ambition', 'source', 'document'])] : []),
        ...c.members.flatMap((m: { region: string; source: string }, i: number) => [
          { collection: 'regios' as const, id: m.region, path: ['members', i, 'region'] },
          doc(m.source, ['members', i, 'source']),
        ]),
        ...c.documents.map((id: string, i: number) => doc(id, ['documents', i])),
        ...c.networks.map((n: { source: { document: string } }, i: number) => doc(n.source.document, ['networks', i, 'source', 'document'])),
        ...listRefs('principles'),
        ...listRefs('themes'),
        ...c.agendas.map((id: string, i: number) => ({ collection: 'agendas' as const, id, path: ['agendas', i] })),
      ];
    },
  },
};

/** Dutch names of the collections, for error messages. */
export const COLLECTION_LABELS: Record<CollectionName, string> = {
  taken: 'taak (content/taken.yaml)',
  actielijnen: 'actielijn (content/actielijnen.yaml)',
  provincies: 'provincie (content/provincies.yaml)',
  vragen2013: 'vraag (content/vragen-2013.yaml)',
  gemeenten: 'gemeente (content/gemeenten.yaml)',
  regios: 'regio (content/regio/<slug>/regio.yaml)',
  profielen2013: 'regioprofiel 2013',
  documenten: 'document (content/documenten/<slug>/document.yaml)',
  documentteksten: 'documenttekst',
  visies: 'visie',
  agendas: 'agenda (content/documenten/<slug>/agenda….yaml)',
  plannen: 'plan (content/documenten/<slug>/plan.yaml)',
  samenwerkingen: 'samenwerking (content/samenwerkingen/<slug>.yaml)',
  tegelkaart: 'tegel (content/tegelkaart.yaml)',
};
