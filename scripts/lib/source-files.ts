/**
 * A document's `source_file` must name a text file in `bronnen/` (the source texts without
 * personal data, written by `npm run bronnen`). Pure: the caller passes the names of the files
 * that exist; the validator wires it in next to its other reference checks.
 */
import type { Problem } from '../../schemas/validator/validate.ts';
import { locate, parseYamlFile } from '../../schemas/validator/yaml.ts';

/** The folder, relative to the repository root, that holds the source texts. */
export const SOURCES_DIR = 'bronnen';

export interface DocumentSource {
  /** Path of the `document.yaml`, relative to the repository root. */
  file: string;
  /** Its text, to point at the line of `source_file`. */
  text: string;
  /** The value of `source_file`. */
  sourceFile: string;
}

/** One problem per document whose `source_file` is not among `available` (file names in `bronnen/`). */
export function checkSourceFiles(documents: readonly DocumentSource[], available: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const document of documents) {
    if (available.has(document.sourceFile)) continue;
    const parsed = parseYamlFile(document.text).parsed;
    const { line, column } = parsed ? locate(parsed, ['source_file']) : { line: 1, column: 1 };
    problems.push({
      file: document.file,
      line,
      column,
      field: 'source_file',
      message: `${SOURCES_DIR}/${document.sourceFile} bestaat niet; zet de tekstversie van het document in ${SOURCES_DIR}/ (zie ${SOURCES_DIR}/README.md) of verbeter de naam`,
    });
  }
  return problems;
}
