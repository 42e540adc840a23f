/**
 * Side by side (`/vergelijk/regios/?regio=a,b,c`): per region one small, pre-computed record
 * that the page's script puts in a column. Everything a reader sees in a cell is composed here
 * at build time (words, codes, source wording), so the script only places text.
 */
import { t } from '../i18n/index.ts';
import { answerText, levelCode, levelKeyText, levelStyle, statusText } from './labels.ts';
import { sourceName } from './membership.ts';
import { plansOfRegion, yearSpanText, documentWhen, type PlansModel } from './plans.ts';
import { regionSummary } from './region-summary.ts';
import { formatDate } from '../i18n/index.ts';
import type { SideCell, SideRegion } from './side-by-side-diff.ts';

export const sideRowIds = (taskIds: readonly string[], questionIds: readonly string[]): string[] => [
  'kind',
  'provinces',
  'members',
  'memberList',
  'documents',
  ...taskIds.map((id) => `task:${id}`),
  ...questionIds.map((id) => `gov:${id}`),
];

function whenText(document: Parameters<typeof documentWhen>[0]): string {
  const when = documentWhen(document);
  if (when.kind === 'date') return formatDate(when.date);
  if (when.kind === 'estimated') return `${t('document.undated')}, ${t('document.estimatedShort', { years: yearSpanText(when) })}`;
  return t('document.undated');
}

/** The record of one region; `regionHref` turns a region id into a link (base path applied). */
export function sideRegion(plans: PlansModel, regionId: string, regionHref: (id: string) => string): SideRegion {
  const model = plans.site;
  const region = model.regionById.get(regionId)!;
  const summary = regionSummary(plans, regionId);
  const current = summary.composition.current;
  const cells: Record<string, SideCell> = {};
  const kind = region.parent ? t('side.subregionOf', { region: model.regionById.get(region.parent)!.name }) : t(`region.kind.${region.kind}`);
  cells.kind = { text: kind, compare: region.kind };
  const provinces = region.provinces.map((id) => model.provinceById.get(id)!.name).join(', ');
  cells.provinces = { text: provinces, compare: provinces };
  cells.members = current
    ? { text: t('region.municipalityCount', { count: current.municipalities.length }), note: `${sourceName(current.source)} (${current.year})`, compare: String(current.municipalities.length) }
    : { text: '–', compare: '' };
  const names = current ? current.municipalities.map((m) => m.name).join(', ') : '–';
  cells.memberList = { text: names, compare: names };
  const later = summary.documents.filter((entry) => (entry.year ?? 0) > 2013);
  cells.documents = later.length > 0
    ? { text: later.map((entry) => `${entry.document.short_title ?? entry.document.title} (${whenText(entry.document)})`).join('; '), compare: later.map((entry) => entry.document.id).join() }
    : { text: t('summary.noLaterDocuments'), compare: '' };
  const profile = model.profileById.get(regionId);
  for (const chip of summary.chips) {
    const cell = profile?.tasks?.[chip.task.id];
    cells[`task:${chip.task.id}`] = cell
      ? { code: levelCode(chip.level), style: levelStyle(chip.level), text: `${levelKeyText(chip.level)}, ${statusText(cell.status)}`, note: `“${cell.level_source}” / “${cell.status_source}”`, compare: `${chip.level}|${cell.status}` }
      : { code: levelCode(chip.level), style: levelStyle(chip.level), text: t('matrix.derivedCell', { value: levelKeyText(chip.level) }), compare: chip.level };
  }
  for (const { question, answer } of summary.governance) {
    cells[`gov:${question.id}`] = answer ? { text: answerText(answer), style: answer, compare: answer } : { text: t('compare.noAnswer'), compare: '' };
  }
  return { id: region.id, name: region.name, href: regionHref(region.id), cells };
}

