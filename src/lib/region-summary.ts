/**
 * The summary at the top of a region page: members per the most recent source (and before),
 * documents newest first, the 2013 choices per task at a glance, the governance answers at a
 * glance, and which years the data describe. Pure; built from the model's indexes.
 */
import type { GovernanceAnswer } from '../../schemas/profile-2013.ts';
import type { Question2013, Task } from '../../schemas/lookups.ts';
import { compositionOf, type RegionComposition } from './membership.ts';
import type { SiteModel } from './model.ts';
import { plansOfRegion, timelineYear, type PlansModel, type TimelineEntry } from './plans.ts';
import { GOVERNANCE_QUESTIONS } from './profile.ts';
import { tileLevel } from './tasks.ts';

export interface TaskChip {
  task: Task;
  /** Level key (`regionaal`, `bovenregionaal+regionaal`, `onduidelijk`) or `verschilt` (subregions differ). */
  level: string;
}

export interface GovernanceGlance {
  question: Question2013;
  /** Normalised answer; undefined when the region did not answer (or answered per subregion). */
  answer: GovernanceAnswer | undefined;
}

export interface RegionSummary {
  composition: RegionComposition;
  /** The region's sources, newest first (the time line of the region page, reversed). */
  documents: TimelineEntry[];
  /** True when the site holds at least one document for this region from after 2013. */
  hasLaterDocuments: boolean;
  /** First and last year the region's data describe (source years and document periods). */
  dataYears: { from: number; to: number } | undefined;
  chips: TaskChip[];
  /** Governance questions 1a-1d, only for a region that answered the 2013 questionnaire itself (not per subregion). */
  governance: GovernanceGlance[];
}

/** The last year a document describes: the end of its period, else its time-line year. */
const lastYear = (entry: TimelineEntry): number | undefined => entry.document.period?.to ?? entry.document.period?.from ?? entry.year;

export function regionSummary(plans: PlansModel, regionId: string): RegionSummary {
  const model: SiteModel = plans.site;
  const region = model.regionById.get(regionId);
  if (!region) throw new Error(`regionSummary: unknown region "${regionId}"`);
  const composition = compositionOf(model, regionId);
  const documents = [...plansOfRegion(plans, regionId).timeline].reverse();
  const years = [
    ...documents.flatMap((entry) => [timelineYear(entry.document), lastYear(entry)]),
    composition.current?.year,
    ...composition.history.map((h) => h.year),
  ].filter((year): year is number => year !== undefined);
  const chips = model.tasks.flatMap((task) => {
    const level = tileLevel(model, region, task.id);
    return level === undefined ? [] : [{ task, level }];
  });
  const profile = model.profileById.get(regionId);
  const governance = profile && region.subregions.length === 0
    ? GOVERNANCE_QUESTIONS.map((id) => ({ question: model.questionById.get(id)!, answer: profile.answers[id]?.answer }))
    : [];
  return {
    composition,
    documents,
    hasLaterDocuments: documents.some((entry) => (entry.year ?? 0) > 2013),
    dataYears: years.length > 0 ? { from: Math.min(...years), to: Math.max(...years) } : undefined,
    chips,
    governance,
  };
}
