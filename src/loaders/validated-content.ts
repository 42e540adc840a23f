/**
 * The one content loader (Astro's content layer loader API). Every collection is filled from
 * the same validation run (`schemas/validator/`), so the site renders exactly what was validated:
 * the validator walks `content/` once, parses every file once, and this loader copies the
 * accepted entries into Astro's store. Astro never reads `content/` itself.
 *
 * - `astro build` (and `astro sync`/`check`): any problem throws, with every problem listed
 *   (`file:line:column field: message`), so nothing is built from bad content.
 * - `astro dev`: problems do not stop the server; invalid entries are left out (unsafe MDX is
 *   never rendered) and the problems are kept in the `inhoudsproblemen` collection, which the
 *   layout shows as a banner on every page. A change under `content/` re-runs the validation.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import type { CollectionName } from '../../schemas/collections.ts';
import { loadContent } from '../../schemas/validator/content-fs.ts';
import { formatProblem, summaryLine } from '../../schemas/validator/report.ts';
import type { Problem, ValidationResult } from '../../schemas/validator/validate.ts';

/** The collection with one entry, `STATUS_ID`: the problems of the last run (none when all is well). */
export const PROBLEMS_COLLECTION = 'inhoudsproblemen';
export const STATUS_ID = 'laatste-controle';

type Target = CollectionName | typeof PROBLEMS_COLLECTION;

interface Run {
  root: string;
  result: ValidationResult;
}

let current: Run | undefined;
const contexts = new Map<Target, LoaderContext>();
let watching = false;

/** Validates once per process (and again after a change in dev). */
function validated(root: string): ValidationResult {
  if (current?.root !== root) current = { root, result: loadContent(root) };
  return current.result;
}

export function problemsMessage(problems: readonly Problem[], dev = false): string {
  const consequence = dev ? 'de onderdelen met een fout ontbreken op de site tot ze zijn opgelost' : 'er wordt niets gebouwd';
  return `${problems.map(formatProblem).join('\n')}\n${summaryLine(problems, false).replace(/\..*$/, '')}; ${consequence}.`;
}

function fill(target: Target, context: LoaderContext, result: ValidationResult) {
  const { store, generateDigest } = context;
  const keep = new Set<string>();
  if (target === PROBLEMS_COLLECTION) {
    keep.add(STATUS_ID);
    const data = { files: result.filesChecked, problems: result.problems.map(formatProblem) };
    store.set({ id: STATUS_ID, data, digest: generateDigest(data) });
  } else {
    for (const entry of result.store.get(target)!.values()) {
      if (entry.invalid) continue;
      keep.add(entry.id);
      if (entry.file.endsWith('.mdx')) {
        // MDX is compiled by Astro (@astrojs/mdx) from the file, after the validator checked it.
        store.set({ id: entry.id, data: {}, body: entry.data.body, filePath: entry.file, digest: generateDigest(entry.data.body), deferredRender: true });
      } else {
        store.set({ id: entry.id, data: entry.data, digest: generateDigest(entry.data) });
      }
    }
  }
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
}

function watch(context: LoaderContext, root: string) {
  if (watching || !context.watcher) return;
  watching = true;
  const contentFolder = `${root}content/`;
  context.watcher.add(contentFolder);
  const rerun = (path: string) => {
    if (!path.startsWith(contentFolder)) return;
    current = undefined;
    const result = validated(root);
    for (const [target, registered] of contexts) fill(target, registered, result);
    if (result.problems.length > 0) context.logger.error(problemsMessage(result.problems, true));
    else context.logger.info(`inhoud opnieuw gecontroleerd: in orde (${result.filesChecked} bestanden)`);
  };
  for (const event of ['change', 'add', 'unlink', 'addDir', 'unlinkDir'] as const) context.watcher.on(event, rerun);
}

/** The loader of one collection; all of them share one validation run. */
export function validatedContent(target: Target): Loader {
  return {
    name: 'regiodossiers:validated-content',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const fresh = current?.root !== root;
      const result = validated(root);
      if (fresh && result.problems.length === 0) context.logger.info(`inhoud gelezen en gecontroleerd: ${result.filesChecked} bestanden, één keer voor alle collecties`);
      const dev = !!context.watcher;
      if (result.problems.length > 0 && !dev) throw new Error(problemsMessage(result.problems));
      contexts.set(target, context);
      fill(target, context, result);
      if (dev && target === PROBLEMS_COLLECTION && result.problems.length > 0) context.logger.error(problemsMessage(result.problems, true));
      watch(context, root);
    },
  };
}
