/** Formats validator problems for people and for GitHub Actions annotations. */
import type { Problem } from './validate.ts';

/** `content/x.yaml:14:7 tasks.pleegzorg.level: "regionnaal" is geen geldige waarde; ...` */
export function formatProblem(problem: Problem): string {
  const field = problem.field ? ` ${problem.field}:` : '';
  return `${problem.file}:${problem.line}:${problem.column}${field} ${problem.message}`;
}

/** A GitHub Actions workflow command that annotates the pull request at the right line. */
export function githubAnnotation(problem: Problem): string {
  const escape = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (value: string) => escape(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const title = problem.field ? escapeProperty(problem.field) : 'inhoud';
  return `::error file=${escapeProperty(problem.file)},line=${problem.line},col=${problem.column},title=${title}::${escape(problem.message)}`;
}

/** Closing line: how many problems in how many files; in CI also that nothing was published. */
export function summaryLine(problems: readonly Problem[], inCi: boolean): string {
  const files = new Set(problems.map((problem) => problem.file)).size;
  const counted = `${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'} in ${files} ${files === 1 ? 'bestand' : 'bestanden'}`;
  return inCi ? `${counted}; er is niets gepubliceerd.` : `${counted}. Los ze op en controleer opnieuw met npm run validate.`;
}
