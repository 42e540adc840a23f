/**
 * `npm run validate`: checks every file under content/ and reports all problems at once,
 * root causes first. Exit code 1 when there is any problem. In GitHub Actions it also annotates
 * the lines, and with `--summary` writes the full list to the job summary (annotations are
 * capped per step). `astro build` runs the same validator through the content loader.
 */
import { appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../schemas/validator/content-fs.ts';
import { formatProblem, githubAnnotation, summaryLine } from '../schemas/validator/report.ts';
import { problemSummary } from './lib/summary.ts';

// Optional argument: another project root (used by the tests); default: this repository.
const args = process.argv.slice(2);
const root = args.find((arg) => !arg.startsWith('--')) ?? fileURLToPath(new URL('..', import.meta.url));
const { problems, filesChecked } = loadContent(root);

if (args.includes('--summary') && process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, problemSummary(problems, filesChecked));
for (const problem of problems) {
  console.error(formatProblem(problem));
  if (process.env.GITHUB_ACTIONS === 'true') console.log(githubAnnotation(problem));
}
if (problems.length > 0) {
  console.error(`\n${summaryLine(problems, !!process.env.CI)}`);
  process.exit(1);
}
console.log(`Inhoud in orde: ${filesChecked} bestanden gecontroleerd.`);
