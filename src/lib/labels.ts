/** Words for normalised values (levels, statuses, answers), from the i18n module. */
import { t } from '../i18n/index.ts';
import type { GovernanceAnswer, Level, Status } from '../../schemas/profile-2013.ts';

/** One list formatter per build (creating one per call cost 2-3% of a build with 4,000 pages). */
const conjunction = new Intl.ListFormat('nl', { type: 'conjunction' });
/** Level texts by key: there are only a few dozen combinations, asked for on every task cell. */
const levelTexts = new Map<string, string>();

/** `['bovenregionaal', 'regionaal']` -> "bovenregionaal en regionaal". */
export function levelText(levels: readonly (Level | 'onduidelijk')[]): string {
  const key = levels.join('+');
  let text = levelTexts.get(key);
  if (text === undefined) {
    text = conjunction.format(levels.map((level) => t(`level.${level}`)));
    levelTexts.set(key, text);
  }
  return text;
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

/**
 * The visual style of a level key, shared by tiles, matrix cells and legends: a single level
 * has its own colour; every combination shares "gemengd"; plus "onduidelijk" and "verschilt".
 */
export function levelStyle(key: string): string {
  return key.includes('+') ? 'gemengd' : key;
}

/** Styles drawn with a pattern on the tile map as well as a colour (colour is never the only cue). */
const PATTERNED = new Set(['lokaal', 'subregionaal', 'bovenregionaal', 'gemengd']);
export const levelPattern = (key: string): string | undefined => (PATTERNED.has(levelStyle(key)) ? levelStyle(key) : undefined);

/** Words for a level key, including "differs per subregion". */
export function levelKeyText(key: string): string {
  if (key === 'verschilt') return t('level.verschilt');
  return levelText(key.split('+') as (Level | 'onduidelijk')[]);
}
