/**
 * The validator's problems as Markdown for the GitHub job summary (`$GITHUB_STEP_SUMMARY`).
 * Annotations are capped per step; the summary lists every problem.
 */
import { formatProblem } from '../../schemas/validator/report.ts';
import type { Problem } from '../../schemas/validator/validate.ts';

const cell = (value: string) => value.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function problemSummary(problems: readonly Problem[], filesChecked: number): string {
  if (problems.length === 0) return `## Controle van de inhoud\n\nInhoud in orde: ${filesChecked} bestanden gecontroleerd.\n`;
  const files = new Set(problems.map((p) => p.file)).size;
  const lines = [
    '## Controle van de inhoud',
    '',
    `${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'} in ${files} ${files === 1 ? 'bestand' : 'bestanden'}:`,
    '',
    '| bestand:regel:kolom | veld | probleem |',
    '| --- | --- | --- |',
    ...problems.map((p) => `| \`${cell(`${p.file}:${p.line}:${p.column}`)}\` | ${p.field ? `\`${cell(p.field)}\`` : ''} | ${cell(p.message)} |`),
    '',
    '<details><summary>Als tekst (zoals <code>npm run validate</code> het meldt)</summary>',
    '',
    '```',
    ...problems.map(formatProblem),
    '```',
    '',
    '</details>',
    '',
  ];
  return lines.join('\n');
}
