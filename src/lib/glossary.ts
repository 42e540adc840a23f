/** The glossary page's entries: abbreviations, the 11 tasks with their matrix abbreviation, levels and statuses. */
import type { Task } from '../../schemas/lookups.ts';
import { LEVELS, STATUSES } from '../../schemas/profile-2013.ts';
import { t, type MessageKey } from '../i18n/index.ts';

export interface GlossaryEntry {
  term: string;
  text: string;
  /** Internal path the term links to, if any. */
  path?: string | undefined;
}

/** Abbreviations used in the sources' and the site's wording, alphabetical. */
export const ABBREVIATIONS = ['AMK', 'CJG', 'GGZ', 'SHG', 'VB'] as const;

export function glossary(tasks: readonly Task[], taskPath: (id: string) => string) {
  return {
    abbreviations: ABBREVIATIONS.map((abbr) => ({ term: abbr, text: t(`glossary.abbr.${abbr}` as MessageKey) })),
    tasks: tasks.map((task) => ({ term: `${task.name} (${t(`task.abbr.${task.id}` as MessageKey)})`, text: task.description, path: taskPath(task.id) })),
    levels: [...LEVELS, 'onduidelijk' as const].map((level) => ({ term: t(`level.${level}`), text: t(`glossary.level.${level}` as MessageKey) })),
    statuses: STATUSES.map((status) => ({ term: t(`status.${status}`), text: t(`glossary.status.${status}` as MessageKey) })),
  };
}
