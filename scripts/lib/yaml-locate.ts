/**
 * Parse YAML with line information and find the line and column of any field path.
 * Uses `yaml` 2 with a LineCounter; it keeps unquoted dates as strings (see schemas/common.ts).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export interface ParsedYaml {
  doc: Document;
  lineCounter: LineCounter;
}

export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  // `uniqueKeys` (default) makes a duplicated key an error; keep it that way.
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  return { doc, lineCounter };
}

/**
 * Position of the deepest existing node along `path`: the key of a map entry (where editors
 * look for a field), the item of a list, or the closest parent when the field is missing.
 */
export function locate({ doc, lineCounter }: ParsedYaml, path: readonly PropertyKey[]): Position {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      node = node.items[segment];
      offset = (node as Node).range?.[0] ?? offset;
    } else {
      break;
    }
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
