import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readContentTree } from '../../schemas/validator/content-fs.ts';
import { checkSourceFiles, SOURCES_DIR } from './source-files.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('checkSourceFiles', () => {
  const text = '# yaml-language-server: $schema=../../../schemas/json/document.schema.json\ntitle: Een plan\nsource_file: 005_0123456789abcdef.txt\n';
  const document = { file: 'content/documenten/een-plan/document.yaml', text, sourceFile: '005_0123456789abcdef.txt' };

  it('accepts a source file that exists', () => {
    expect(checkSourceFiles([document], new Set(['005_0123456789abcdef.txt']))).toEqual([]);
  });

  it('reports a missing one at the line of source_file', () => {
    expect(checkSourceFiles([document], new Set(['004_5833ac47ade829ca.txt']))).toEqual([
      {
        file: 'content/documenten/een-plan/document.yaml',
        line: 3,
        column: 1,
        field: 'source_file',
        message: 'bronnen/005_0123456789abcdef.txt bestaat niet; zet de tekstversie van het document in bronnen/ (zie bronnen/README.md) of verbeter de naam',
      },
    ]);
  });

  it('finds every source_file of the committed documents in bronnen/', () => {
    const available = new Set(readdirSync(join(ROOT, SOURCES_DIR)));
    const documents = readContentTree(ROOT).files
      .filter((f) => /^content\/documenten\/[^/]+\/document\.yaml$/.test(f.path))
      .map((f) => ({ file: f.path, text: f.text, sourceFile: String((parse(f.text) as { source_file: string }).source_file) }));
    expect(documents.length).toBeGreaterThanOrEqual(5);
    expect(checkSourceFiles(documents, available)).toEqual([]);
  });
});
