/**
 * `npm run validate`: checks every file under content/ and reports all problems at once.
 * Exit code 1 when there is any problem. In GitHub Actions it also annotates the lines.
 */
import { fileURLToPath } from 'node:url';
import { readContentFiles } from './lib/content-fs.ts';
import { formatProblem, githubAnnotation } from './lib/report.ts';
import { validateContent } from './lib/validate.ts';

// Optional argument: another project root (used by the tests); default: this repository.
const root = process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url));
const { problems, filesChecked } = validateContent(readContentFiles(root));

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
