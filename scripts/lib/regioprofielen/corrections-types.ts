/**
 * Shapes of the curated corrections (`corrections.ts`). Every correction names the region by
 * slug and says why, in Dutch; where it overrides a value it also states the source wording
 * it expects, so a correction that no longer fits the source is reported instead of applied.
 */
import type { GovernanceAnswer, Status } from '../../../schemas/profile-2013.ts';
import type { LevelValue } from './normalise.ts';

/** A decision about one task cell. */
export interface TaskDecision {
  /** The "Niveau" cell as parsed; the correction applies only when it matches. */
  level_source: string;
  /** The "Status" cell as parsed, when the status is decided here. */
  status_source?: string;
  level?: LevelValue[];
  status?: Status;
  /** Remark for the site (written by the project, Dutch). */
  remark?: string;
}

/** The decided answer to a governance question 1a-1d, with a remark when not plainly ja/nee. */
export type GovernanceDecision = GovernanceAnswer | [GovernanceAnswer, string];

/** A change to the words of a quotation, e.g. leaving out a private person's name. */
export interface TextEdit {
  region: string;
  /** `answers.<question id>`, `tasks_explanation` or `intro`. */
  field: string;
  /** What to replace; must occur exactly once. */
  find: RegExp;
  replace: string;
  reason: string;
}

/** What to do with a block after the last answer (see `RawProfile.appendices`). */
export interface AppendixDecision {
  region: string;
  /** The start of the block's text. */
  startsWith: string;
  /** `tasks_explanation`: append to the note under the task table. `drop`: leave out. */
  action: 'tasks_explanation' | 'drop';
  reason: string;
}

/** What to do with a footnote found in a region. */
export interface FootnoteDecision {
  region: string;
  startsWith: string;
  action: 'drop';
  reason: string;
}

/** Memberships from another source than the 2013 profiles (added only if that document exists). */
export interface ExtraMembership {
  region: string;
  source: string;
  year: number;
  /** Municipality names as the source spells them. */
  municipalities: string[];
}
