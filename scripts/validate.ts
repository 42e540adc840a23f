/**
 * `npm run validate`: checks every file under content/ and reports all problems at once.
 * Exit code 1 when there is any problem. In GitHub Actions it also annotates the lines, and with
 * `--summary` writes the full list to the job summary.
 */
import { fileURLToPath } from 'node:url';
import { readContentFiles } from './lib/content-fs.ts';
import { appendFileSync } from 'node:fs';
import { formatProblem, githubAnnotation } from './lib/report.ts';
import { problemSummary } from './lib/summary.ts';
import { validateContent } from './lib/validate.ts';

// Optional argument: another project root (used by the tests); default: this repository.
const args = process.argv.slice(2);
const root = args.find((arg) => !arg.startsWith('--')) ?? fileURLToPath(new URL('..', import.meta.url));
const { problems, filesChecked } = validateContent(readContentFiles(root));

// GitHub caps annotations per step; with --summary the job summary lists every problem (CI's
// validate step; the validation inside `npm run build` does not repeat it).
if (args.includes('--summary') && process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, problemSummary(problems, filesChecked));
for (const problem of problems) {
  console.error(formatProblem(problem));
  if (process.env.GITHUB_ACTIONS === 'true') console.log(githubAnnotation(problem));
}
if (problems.length > 0) {
  const files = new Set(problems.map((problem) => problem.file)).size;
  console.error(`\n${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'} in ${files} ${files === 1 ? 'bestand' : 'bestanden'}; er is niets gepubliceerd.`);
  process.exit(1);
}
console.log(`Inhoud in orde: ${filesChecked} bestanden gecontroleerd.`);
