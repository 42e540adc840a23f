/** Turns a 2013 profile into the rows and sections a region page shows. */
import type { Question2013, Task } from '../../schemas/lookups.ts';
import type { GovernanceItem, Profile2013, TaskCell } from '../../schemas/profile-2013.ts';
import type { Quotation } from '../../schemas/common.ts';
import type { SiteModel } from './model.ts';

/** The yes/no governance questions 1a-1d, which have a normalised answer. */
export const GOVERNANCE_QUESTIONS = ['bestuur-1a', 'bestuur-1b', 'bestuur-1c', 'bestuur-1d'] as const;

export interface TaskRow {
  task: Task;
  cell: TaskCell;
}

/** The task table in the order of the questionnaire (`content/taken.yaml`). */
export function taskRows(model: SiteModel, profile: Profile2013): TaskRow[] {
  const tasks = profile.tasks ?? {};
  return model.tasks.flatMap((task) => (tasks[task.id] ? [{ task, cell: tasks[task.id]! }] : []));
}

export interface AnswerRow {
  question: Question2013;
  answer: Quotation | GovernanceItem | undefined;
}

/**
 * The questions of one part of the questionnaire with the region's answers; unanswered
 * questions are kept (with `answer: undefined`) so the page can say so. Question 1 of part 1
 * is the task table and is left out here. Governance question 1 only appears when answered:
 * not every version of the questionnaire asked it.
 */
export function answerRows(model: SiteModel, profile: Profile2013, part: Question2013['part']): AnswerRow[] {
  const answers = profile.answers as Record<string, Quotation | GovernanceItem | undefined>;
  return model.questions
    .filter((question) => question.part === part && question.id !== 'inhoud-1')
    .map((question) => ({ question, answer: answers[question.id] }))
    .filter((row) => row.answer !== undefined || row.question.id !== 'bestuur-1');
}

export function isGovernanceItem(answer: Quotation | GovernanceItem | undefined): answer is GovernanceItem {
  return answer !== undefined && 'answer' in answer;
}
