/** Words for normalised values (levels, statuses, answers), from the i18n module. */
import { t } from '../i18n/index.ts';
import type { GovernanceAnswer, Level, Status } from '../../schemas/profile-2013.ts';

/** `['bovenregionaal', 'regionaal']` -> "bovenregionaal en regionaal". */
export function levelText(levels: readonly (Level | 'onduidelijk')[]): string {
  const words = levels.map((level) => t(`level.${level}`));
  return new Intl.ListFormat('nl', { type: 'conjunction' }).format(words);
}

export const statusText = (status: Status) => t(`status.${status}`);
export const answerText = (answer: GovernanceAnswer) => t(`answer.${answer}`);
