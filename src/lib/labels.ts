/** Words for normalised values (levels, statuses, answers), from the i18n module. */
import { t } from '../i18n/index.ts';
import type { GovernanceAnswer, Level, Status } from '../../schemas/profile-2013.ts';

/** `['bovenregionaal', 'regionaal']` -> "bovenregionaal en regionaal". */
export function levelText(levels: readonly (Level | 'onduidelijk')[]): string {
  const words = levels.map((level) => t(`level.${level}`));
  return new Intl.ListFormat('nl', { type: 'conjunction' }).format(words);
}

export const statusText = (status: Status) => t(`status.${status}`);
/** One-character status code for dense matrices (explained in the legend). */
export const statusCode = (status: Status) => t(`status.code.${status}`);
export const answerText = (answer: GovernanceAnswer) => t(`answer.${answer}`);

/** Short code on a tile: L, S, R, B, combinations like "B+R", "?" for unclear, "≠" for differing subregions. */
export function levelCode(key: string): string {
  if (key === 'onduidelijk') return '?';
  if (key === 'verschilt') return '≠';
  return key.split('+').map((level) => level.charAt(0).toUpperCase()).join('+');
}

/** CSS class of a tile for a level key (combinations share one "gemengd" style). */
export function levelClass(key: string): string {
  if (key.includes('+')) return 'rd-tile--gemengd';
  return `rd-tile--${key}`;
}

/** Words for a level key, including "differs per subregion". */
export function levelKeyText(key: string): string {
  if (key === 'verschilt') return t('level.verschilt');
  return levelText(key.split('+') as (Level | 'onduidelijk')[]);
}
