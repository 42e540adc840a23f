/**
 * Runs our content validator before Astro builds or serves anything. Astro alone exits 0
 * on some content errors (a missing reference, a YAML error in a `file()` collection);
 * this makes any problem fail the build with file, line and field.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readContentFiles } from '../../scripts/lib/content-fs.ts';
import { formatProblem } from '../../scripts/lib/report.ts';
import { validateContent } from '../../scripts/lib/validate.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'regiodossiers:content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const { problems, filesChecked } = validateContent(readContentFiles(fileURLToPath(config.root)));
        if (problems.length === 0) {
          logger.info(`inhoud in orde (${filesChecked} bestanden)`);
          return;
        }
        const lines = problems.map(formatProblem).join('\n');
        // Only a build publishes anything; dev, sync and check keep running and show the problems.
        if (command !== 'build') {
          logger.error(`${problems.length} problemen in content/:\n${lines}`);
          return;
        }
        throw new Error(`${problems.length} problemen in content/; er wordt niets gebouwd:\n${lines}`);
      },
    },
  };
}
