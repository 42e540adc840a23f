/**
 * Pure helpers for the MDX components in this folder: everything with a branch, a lookup or a
 * message lives here, where a unit test reaches it (`lookup.test.ts`). No `astro:*` imports.
 */
import type { ActionLine } from '../../../schemas/lookups.ts';
import type { Agenda, AgendaItem, KeyFigure } from '../../../schemas/plans.ts';
import { t } from '../../i18n/index.ts';

/** Heading element for a `level` attribute written in MDX ("4"); only h2-h6, the page owns h1. */
export type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

export function headingTag(level: string | number | undefined, fallback: 2 | 3 | 4 | 5 | 6): HeadingTag {
  if (level === undefined || level === '') return `h${fallback}`;
  const n = Number(level);
  if (!Number.isInteger(n) || n < 2 || n > 6) {
    throw new Error(`level="${level}" is geen geldig kopniveau; kies 2, 3, 4, 5 of 6`);
  }
  return `h${n}` as HeadingTag;
}

// Provenance helpers are shared with the rest of the site.
export { pageNumber, paragraphs, provenanceParts } from '../../lib/provenance.ts';

/** A key figure by id from the structured parts (vision, plan) of one document. */
export function findKeyFigure(
  document: string,
  parts: readonly ({ key_figures: KeyFigure[] } | undefined)[],
  id: string,
): KeyFigure {
  const all = parts.flatMap((part) => part?.key_figures ?? []);
  const figure = all.find((candidate) => candidate.id === id);
  if (!figure) {
    const known = all.map((candidate) => candidate.id);
    throw new Error(
      `<Kerncijfer document="${document}" id="${id}">: dit kerncijfer bestaat niet; ` +
        (known.length > 0 ? `bekend zijn: ${known.join(', ')}` : 'dit document heeft geen kerncijfers (key_figures in visie.yaml of plan.yaml)'),
    );
  }
  return figure;
}

/** An agenda item by id, with a Dutch message that names the known ids. */
export function findAgendaItem(agendaId: string, agenda: Agenda | undefined, id: string): AgendaItem {
  if (!agenda) throw new Error(`agenda "${agendaId}" bestaat niet; verwacht <documentslug>/agenda-<naam>, zoals in content/documenten/<slug>/agenda-<naam>.yaml`);
  const item = agenda.items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`opgave "${id}" staat niet in agenda "${agendaId}"; bekend zijn: ${agenda.items.map((candidate) => candidate.id).join(', ')}`);
  return item;
}

/** Fragment id of an agenda item on a page: `agenda-transformatieopgaven-client-in-positie`. */
export function agendaItemAnchor(agendaId: string, itemId: string): string {
  return `${agendaId.split('/').at(-1)}-${itemId}`;
}

/** The item's action lines as lookup entries, in the order of their national number. */
export function actionLinesOf(item: AgendaItem, actionLines: readonly ActionLine[]): ActionLine[] {
  const byId = new Map(actionLines.map((line) => [line.id, line]));
  return item.action_lines
    .map((id) => {
      const line = byId.get(id);
      if (!line) throw new Error(`actielijn "${id}" bestaat niet in content/actielijnen.yaml`);
      return line;
    })
    .sort((a, b) => a.number - b.number);
}

/** The words shown next to the action lines: what the source's column says. */
export function actionLinesSourceText(item: AgendaItem): string | undefined {
  if (item.action_lines_source === undefined) return undefined;
  return item.action_lines_source.trim() === ''
    ? t('agenda.actionLinesEmpty')
    : t('agenda.actionLinesSource', { text: item.action_lines_source.trim() });
}
