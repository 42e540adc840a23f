/**
 * Synthetic content for the scale benchmark (`npm run bench -- --scale 1,10,100`): the real content
 * cloned k times with new slugs, so that the validator accepts it and the site has k times the
 * regions, municipalities, documents, collaborations and tiles. Clone i (2..k) of an entry with id
 * `x` is `x-k<i>`, its name gets " <i>"; every reference inside a clone points to the clone of its
 * target; shared lookups (tasks, action lines, provinces, questions) are not cloned.
 */
import { isMap, isScalar, isSeq, parseDocument, stringify, visit, type Document } from 'yaml';
import type { ContentFile } from '../../schemas/validator/validate.ts';

const suffix = (id: string, i: number) => `${id}-k${i}`;

interface Ids {
  regions: Set<string>;
  municipalities: Set<string>;
  documents: Set<string>;
  collaborations: Set<string>;
}

function idsOf(files: readonly ContentFile[]): Ids {
  const folder = (pattern: RegExp) => new Set(files.flatMap((f) => (pattern.exec(f.path)?.[1] ? [pattern.exec(f.path)![1]!] : [])));
  const gemeenten = files.find((f) => f.path === 'content/gemeenten.yaml');
  const municipalities = new Set(((gemeenten ? parseDocument(gemeenten.text).toJS() : []) as { id: string }[]).map((m) => m.id));
  return {
    regions: folder(/^content\/regio\/([^/]+)\//),
    municipalities,
    documents: folder(/^content\/documenten\/([^/]+)\//),
    collaborations: folder(/^content\/samenwerkingen\/([^/]+)\.yaml$/),
  };
}

/** Maps every string in a YAML document that is an id to clone, keeping comments and layout. */
function mapStrings(doc: Document, map: (value: string, key: string | undefined) => string) {
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const change = (node: unknown) => {
        if (isScalar(node) && typeof node.value === 'string') node.value = map(node.value, key);
      };
      change(pair.value);
      if (isSeq(pair.value)) for (const item of pair.value.items) change(item);
    },
  });
}

const REFERENCE_KEYS = new Set(['municipality', 'region', 'regions', 'parent', 'source', 'document', 'documents', 'collaboration', 'agendas', 'id', 'municipalities']);

function cloneYaml(text: string, i: number, ids: Ids, renameKeys: Set<string>): string {
  const doc = parseDocument(text);
  const all = new Set([...ids.regions, ...ids.municipalities, ...ids.documents, ...ids.collaborations]);
  mapStrings(doc, (value, key) => {
    if (key && renameKeys.has(key)) return `${value} ${i}`;
    if (!key || !REFERENCE_KEYS.has(key)) return value;
    if (value === 'regioprofielen-2013') return value; // the shared 2013 source is not cloned
    if (all.has(value)) return suffix(value, i);
    const [document, rest] = value.split('/');
    if (rest && ids.documents.has(document!)) return `${suffix(document!, i)}/${rest}`;
    return value;
  });
  // Clones have no former names or spelling variants: they would collide as URLs.
  if (isMap(doc.contents) && doc.has('aliases')) doc.set('aliases', doc.createNode([]));
  return doc.toString({ lineWidth: 0 });
}

/** The real content plus k-1 clones of everything that is not a shared lookup. */
export function scaledContent(files: readonly ContentFile[], k: number): ContentFile[] {
  if (k <= 1) return [...files];
  const ids = idsOf(files);
  const out: ContentFile[] = files.filter((f) => !['content/gemeenten.yaml', 'content/tegelkaart.yaml'].includes(f.path));
  const gemeenten = files.find((f) => f.path === 'content/gemeenten.yaml')!;
  const tiles = files.find((f) => f.path === 'content/tegelkaart.yaml')!;
  const municipalities = parseDocument(gemeenten.text).toJS() as Record<string, unknown>[];
  const tileList = parseDocument(tiles.text).toJS() as { id: string; col: number; row: number; label: string }[];
  const rows = Math.max(...tileList.map((t) => t.row)) + 1;
  const extraMunicipalities: Record<string, unknown>[] = [];
  const extraTiles: typeof tileList = [];
  for (let i = 2; i <= k; i++) {
    for (const m of municipalities) {
      const { aliases: _aliases, cbs_code: _code, merged_into: mergedInto, ...rest } = m as { aliases?: unknown; cbs_code?: unknown; merged_into?: { municipality: string; date: string } };
      extraMunicipalities.push({
        ...rest,
        id: suffix(String(m.id), i),
        name: `${String(m.name)} ${i}`,
        ...(mergedInto ? { merged_into: { ...mergedInto, municipality: suffix(mergedInto.municipality, i) } } : {}),
      });
    }
    for (const tile of tileList) extraTiles.push({ id: suffix(tile.id, i), col: tile.col, row: tile.row + (i - 1) * rows, label: `${tile.label.slice(0, 22)} ${i}` });
    for (const file of files) {
      const region = /^content\/regio\/([^/]+)\/(.+)$/.exec(file.path);
      const document = /^content\/documenten\/([^/]+)\/(.+)$/.exec(file.path);
      const collaboration = /^content\/samenwerkingen\/([^/]+)\.yaml$/.exec(file.path);
      if (region) {
        out.push({ path: `content/regio/${suffix(region[1]!, i)}/${region[2]}`, text: cloneYaml(file.text, i, ids, new Set(['name'])) });
      } else if (document && document[1] !== 'regioprofielen-2013') {
        const path = `content/documenten/${suffix(document[1]!, i)}/${document[2]}`;
        out.push({ path, text: file.path.endsWith('.mdx') ? file.text : cloneYaml(file.text, i, ids, new Set()) });
      } else if (collaboration) {
        out.push({ path: `content/samenwerkingen/${suffix(collaboration[1]!, i)}.yaml`, text: cloneYaml(file.text, i, ids, new Set(['name', 'short_name'])) });
      }
    }
  }
  const listYaml = (items: unknown[]) => stringify(items, { lineWidth: 0 });
  out.push({ path: gemeenten.path, text: `${gemeenten.text.trimEnd()}\n${extraMunicipalities.length ? listYaml(extraMunicipalities) : ''}` });
  out.push({ path: tiles.path, text: `${tiles.text.trimEnd()}\n${extraTiles.length ? listYaml(extraTiles) : ''}` });
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
