/**
 * Reads `content/` from disk for the validator: the only code that walks the content tree.
 * Kept apart from `validate.ts` so that the validator itself stays pure (texts in, problems out).
 *
 * The walk is strict, because whatever it skips or follows differently from what is published
 * would slip past the checks:
 *  - hidden files and folders (`.name`) and symbolic links are refused, never skipped or followed;
 *  - every folder and file name must be a slug (lower-case ASCII, digits, hyphens), so a name
 *    can become a URL as it is;
 *  - a file larger than MAX_FILE_BYTES, or one that is not valid UTF-8, is refused with a message;
 *  - a file that cannot be read is reported, not thrown.
 * Refused files are reported as problems and their text is not passed on.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from './limits.ts';
import { validateContent, type ContentFile, type Problem, type ValidationResult } from './validate.ts';

export interface ContentTree {
  files: ContentFile[];
  /** Problems of the walk itself: names, links, sizes, encodings. */
  problems: Problem[];
}

/** Folder names and file names (before the extension) under `content/`. README.md is the one exception. */
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FILE_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(yaml|mdx)$/;
const ALLOWED_UPPER_CASE = new Set(['README.md']);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A position-less problem about a whole file or folder. */
function problemAt(path: string, message: string): Problem {
  return { file: path, line: 1, column: 1, field: '', message };
}

/** Shows invisible characters in a name, e.g. a zero-width space as `<U+200B>`. */
function visible(name: string): string {
  return name.replace(/[^\x21-\x7e]/g, (char) => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** Walks `content/` under `root`; `folder` is relative to `root` and uses `/`. */
export function readContentTree(root: string, folder = 'content'): ContentTree {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];

  const walk = (relativeFolder: string) => {
    let names: string[];
    try {
      names = readdirSync(join(root, relativeFolder)).sort();
    } catch (error) {
      problems.push(problemAt(relativeFolder, `map kan niet worden gelezen: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`));
      return;
    }
    for (const name of names) {
      const path = `${relativeFolder}/${name}`;
      let stats;
      try {
        stats = lstatSync(join(root, path));
      } catch (error) {
        problems.push(problemAt(path, `kan niet worden gelezen: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`));
        continue;
      }
      if (name.startsWith('.')) {
        problems.push(problemAt(path, `verborgen ${stats.isDirectory() ? 'map' : 'bestand'} "${visible(name)}" is niet toegestaan in content/: hernoem of verwijder het (een naam die met een punt begint wordt niet gepubliceerd)`));
        continue;
      }
      if (stats.isSymbolicLink()) {
        problems.push(problemAt(path, 'een symbolische link is niet toegestaan in content/: zet het bestand of de map zelf hier neer'));
        continue;
      }
      if (stats.isDirectory()) {
        if (!NAME.test(name)) {
          problems.push(problemAt(path, `mapnaam "${visible(name)}" is geen geldige slug: alleen kleine letters a-z, cijfers en enkele koppeltekens (bijv. "west-brabant-oost"); de naam wordt deel van het webadres`));
          continue;
        }
        walk(path);
        continue;
      }
      if (!stats.isFile()) {
        problems.push(problemAt(path, 'geen gewoon bestand (bijv. een apparaat of pijp); niet toegestaan in content/'));
        continue;
      }
      if (!ALLOWED_UPPER_CASE.has(name) && !FILE_NAME.test(name)) {
        problems.push(problemAt(path, `bestandsnaam "${visible(name)}" is niet toegestaan: gebruik kleine letters a-z, cijfers en enkele koppeltekens, met de extensie .yaml of .mdx (bijv. "agenda-2021.yaml")`));
        continue;
      }
      if (stats.size > LIMITS.fileBytes) {
        problems.push(problemAt(path, `bestand is te groot (${formatBytes(stats.size)}); hoogstens ${formatBytes(LIMITS.fileBytes)} per bestand`));
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(root, path));
      } catch (error) {
        problems.push(problemAt(path, `kan niet worden gelezen: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`));
        continue;
      }
      let text: string;
      try {
        text = utf8.decode(bytes);
      } catch {
        problems.push(problemAt(path, 'het bestand is geen geldige UTF-8-tekst; sla het op als UTF-8'));
        continue;
      }
      files.push({ path, text: text.replace(/^\uFEFF/, '') });
    }
  };

  try {
    const stats = lstatSync(join(root, folder));
    if (stats.isSymbolicLink() || !stats.isDirectory()) problems.push(problemAt(folder, 'content/ moet een gewone map zijn (geen link)'));
    else walk(folder);
  } catch {
    problems.push(problemAt(folder, 'de map content/ ontbreekt'));
  }
  return { files, problems };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/** Number of times the content tree was read in this process (the build reads it once). */
export let contentReads = 0;

/** Reads and validates the content under `root`: the one entry point for the site, the CLI and tests. */
export function loadContent(root: string): ValidationResult {
  contentReads += 1;
  const tree = readContentTree(root);
  return validateContent(tree.files, tree.problems);
}
