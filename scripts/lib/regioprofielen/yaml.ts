/**
 * Deterministic YAML for the generated content files: the same data always gives the same
 * bytes. Lists of plain values and list items that are small records (members, municipalities)
 * are written on one line; long texts are folded at 100 characters. Both YAML parsers in the
 * project (`yaml` in the validator, `js-yaml` in Astro) read the result back to the same data
 * (see `yaml.test.ts`).
 */
import { Document, isScalar, isSeq, visit } from 'yaml';

const OPTIONAL_EMPTY = new Set(['aliases', 'members', 'answers']);

/** A single level is written without brackets (the schema accepts both). */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compact);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (v === undefined) continue;
      // Empty lists and maps that the schema defaults are left out.
      if (OPTIONAL_EMPTY.has(key) && ((Array.isArray(v) && v.length === 0) || (v && typeof v === 'object' && Object.keys(v).length === 0))) continue;
      out[key] = key === 'level' && Array.isArray(v) && v.length === 1 ? v[0] : compact(v);
    }
    return out;
  }
  return value;
}

export function toYaml(data: unknown, header?: string, lineWidth = 100): string {
  const doc = new Document(compact(data));
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
    Map(_, node, path) {
      const parent = path.at(-1);
      if (isSeq(parent) && node.items.every((pair) => isScalar(pair.value) || (isSeq(pair.value) && pair.value.items.every(isScalar)))) {
        node.flow = true;
      }
    },
  });
  const body = doc.toString({ lineWidth, minContentWidth: 40 });
  return header ? `${header}\n${body}` : body;
}
